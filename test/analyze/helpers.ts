import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { analyzeReferences } from '../../src/lib/analyze/index.ts';
import { normalizeForMatching } from '../../src/lib/analyze/normalize.ts';
import type { Reference, RefsResult } from '../../src/lib/analyze/types.ts';
import { type ParseOptions, parseSource } from '../../src/lib/parse/index.ts';

/** The project root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** ../shared beside the project: seeds, gold samples, the scorer. Absent on some machines. */
export const SHARED = resolve(ROOT, '../shared');
export const HAS_SHARED = existsSync(join(SHARED, 'eval'));

/** Fixtures of this suite. */
export const FIXTURES = join(ROOT, 'test/fixtures/refs');

/** Parses and analyses a text; returns the result and the messages the analysis added. */
export function analyzeText(text: string, options: ParseOptions = {}, path = 'fixture.txt') {
  const file = new VFile({ path, value: text });
  const tree = parseSource(file, options);
  const before = file.messages.length;
  const result = analyzeReferences(tree, file);
  return { tree, file, result, messages: file.messages.slice(before) };
}

/** Parses and analyses a file from disk. */
export function analyzeFile(path: string, options: ParseOptions = {}) {
  return analyzeText(readFileSync(path, 'utf8'), options, path);
}

const SEEDS = {
  hyuga: ['content/sources/hyuga/personal-information-protection-ordinance.txt', '003_c43405dea882d69b.txt'],
  odawara: ['content/sources/odawara/smart-city-privacy-policy.txt', '004_9e708aca96b36c7f.txt'],
} as const;

/** A seed document: from content/sources when imported there, else from ../shared/seeds. */
export function seedPath(name: keyof typeof SEEDS): string | undefined {
  const [imported, seed] = SEEDS[name];
  const inContent = join(ROOT, imported);
  if (existsSync(inContent)) return inContent;
  const shared = join(SHARED, 'seeds', seed);
  return existsSync(shared) ? shared : undefined;
}

/** A printed reference compared without regard to numeral style: 第十一条 and 第11条 are the same. */
export function sameText(a: string, b: string): boolean {
  return normalizeForMatching(a).text === normalizeForMatching(b).text;
}

/** The references of a unit whose printed text reads `text` (in either numeral style). */
export function refsAt(result: RefsResult, from: string, text: string): Reference[] {
  return result.references.filter((r) => r.from === from && sameText(r.text, text));
}

/** The one reference of a unit reading `text`; throws with what was found when there is not exactly one. */
export function refAt(result: RefsResult, from: string, text: string): Reference {
  const found = refsAt(result, from, text);
  if (found.length !== 1) {
    const here = result.references.filter((r) => r.from === from).map((r) => r.text);
    throw new Error(
      `expected one reference \`${text}\` in ${from}, found ${found.length}; ${from} has ${here.join(' | ')}`,
    );
  }
  return found[0]!;
}
