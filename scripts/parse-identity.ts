/**
 * Guards parser speed work: parses every source under content/sources, the APPI texts and the web
 * samples of ../shared/eval, and a generated ordinance, in every style, and records a digest of
 * each result (the tree as JSON with its positions, the messages, the extracted HTML text and its
 * furniture, and each unit's repaired text view). Run it on the code before a change and after,
 * and compare: any tree, message or view that differs is named.
 *
 *   npx tsx scripts/parse-identity.ts --write .cache/identity/new.json
 *   npx tsx scripts/parse-identity.ts --src .cache/identity/base/src --write .cache/identity/old.json
 *   npx tsx scripts/parse-identity.ts --compare .cache/identity/old.json .cache/identity/new.json
 *
 * `--src` reads the parser from another copy of `src` (e.g. `git archive main src | tar -x -C DIR`)
 * placed inside the project, so its packages resolve from the same node_modules.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { VFile } from 'vfile';
import type * as ReadSource from '../src/lib/ingest/read-source.ts';
import type * as Finalize from '../src/lib/parse/finalize.ts';
import type * as Parse from '../src/lib/parse/index.ts';
import type { Node, Parent } from '../src/lib/tree/types.ts';
import { listSourceFiles } from './lib/source-files.ts';
import { createRandom, generateOrdinance } from './lib/synth/ordinance.ts';

const { values: options, positionals } = parseArgs({
  options: {
    src: { type: 'string', default: 'src' },
    write: { type: 'string' },
    compare: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

if (options.compare) {
  const [before, after] = positionals;
  if (!before || !after) throw new Error('--compare needs two digest files');
  process.exit(compareDigests(before, after));
}

const src = resolve(options.src);
const load = <T>(path: string): Promise<T> => import(pathToFileURL(join(src, path)).href) as Promise<T>;
const { finishSource } = await load<typeof ReadSource>('lib/ingest/read-source.ts');
const { parseSource } = await load<typeof Parse>('lib/parse/index.ts');
const { textViewOf } = await load<typeof Finalize>('lib/parse/finalize.ts');

const STYLES = [undefined, 'law', 'policy', 'page'] as const;

const shared = '../shared/eval';
if (!existsSync(shared))
  console.warn(`${shared} is absent: only content/sources and the generated text are read`);
const inputs: Array<{ path: string; bytes: Uint8Array }> = [
  ...listSourceFiles('content/sources'),
  ...listSourceFiles(shared),
].map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) }));
const hyuga = readFileSync('content/sources/hyuga/personal-information-protection-ordinance.txt', 'utf8');
inputs.push({
  path: 'generated.txt',
  bytes: new TextEncoder().encode(generateOrdinance(hyuga, 1024 * 1024, createRandom(7))),
});

const digests: Record<string, string> = {};
for (const input of inputs) {
  for (const style of STYLES) {
    const file = finishSource(input.bytes, input.path);
    const tree = parseSource(file, style ? { style } : {});
    const hash = createHash('sha256');
    hash.update(JSON.stringify(tree));
    hash.update(JSON.stringify(describeFile(file)));
    for (const view of textViews(tree, (node) => textViewOf(node, tree))) hash.update(view);
    digests[`${input.path} ${style ?? 'guessed'}`] = hash.digest('hex');
  }
}

const out = options.write ?? '.cache/identity/digest.json';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(digests, null, 1)}\n`);
console.log(
  `${Object.keys(digests).length} parses (${inputs.length} inputs × ${STYLES.length} styles) → ${out}`,
);

function describeFile(file: VFile) {
  return {
    value: String(file.value),
    data: file.data,
    messages: file.messages.map((m) => ({
      reason: m.reason,
      ruleId: m.ruleId,
      source: m.source,
      fatal: m.fatal,
      place: m.place,
    })),
  };
}

function* textViews(node: Node, viewOf: (node: Parent) => unknown): Generator<string> {
  if (!('children' in node)) return;
  const view = viewOf(node) as { text: string; origin: Int32Array; originEnd: Int32Array } | undefined;
  if (view)
    yield `${view.text}\u0000${Array.from(view.origin).join()}\u0000${Array.from(view.originEnd).join()}`;
  for (const child of node.children) yield* textViews(child, viewOf);
}

function compareDigests(beforePath: string, afterPath: string): number {
  const before = JSON.parse(readFileSync(beforePath, 'utf8')) as Record<string, string>;
  const after = JSON.parse(readFileSync(afterPath, 'utf8')) as Record<string, string>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const differing = [...keys].filter((key) => before[key] !== after[key]);
  for (const key of differing) console.log(`differs: ${key}`);
  console.log(`${keys.size - differing.length} of ${keys.size} parses identical`);
  return differing.length === 0 ? 0 : 1;
}
