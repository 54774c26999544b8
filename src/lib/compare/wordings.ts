import type { TermDefinition } from './definitions.ts';
import { type DiffPart, diffWords, similarity } from './diff.ts';
import { MAX_PAIRED } from './pairs.ts';
import type { JapaneseTokenizer } from './tokenizer.ts';

/** One wording of a term's definition, and every document that defines the term in those words. */
export interface DefinitionWording {
  /** `wording-{term index}-{n}`, usable as an HTML id */
  id: string;
  text: string;
  lang: 'ja' | 'en';
  definitions: TermDefinition[];
}

/** Two wordings compared word by word. */
export interface WordingDiff {
  a: DefinitionWording;
  b: DefinitionWording;
  parts: DiffPart[];
  /** text in common, 0–100 */
  percent: number;
}

/**
 * The distinct wordings of a term's definitions (the same words, whatever the spacing: see
 * wordingKey), the most
 * widely used first. Municipalities copy model ordinances, so a thousand definitions of 個人情報
 * come down to a few wordings; the page shows each once, with the documents that use it.
 */
export function groupWordings(
  definitions: readonly TermDefinition[],
  langOf: (definition: TermDefinition) => 'ja' | 'en',
  idPrefix: string,
): DefinitionWording[] {
  const groups = new Map<string, { text: string; lang: 'ja' | 'en'; definitions: TermDefinition[] }>();
  for (const definition of definitions) {
    const lang = langOf(definition);
    const key = `${lang}\0${wordingKey(definition.text)}`;
    const group = groups.get(key) ?? { text: definition.text, lang, definitions: [] };
    group.definitions.push(definition);
    groups.set(key, group);
  }
  // a stable sort: wordings used equally often keep the order of their first document
  return [...groups.values()]
    .sort((x, y) => y.definitions.length - x.definitions.length)
    .map((group, index) => ({ id: `${idPrefix}-${index + 1}`, ...group }));
}

/**
 * Word differences between the wordings of one language: every pair while there are at most
 * MAX_PAIRED wordings (as on the topic pages), beyond that each wording against the most widely
 * used one of its language, so the work grows with the wordings, not their square.
 */
export function diffWordings(
  tokenizer: JapaneseTokenizer,
  wordings: readonly DefinitionWording[],
): WordingDiff[] {
  const diff = (a: DefinitionWording, b: DefinitionWording): WordingDiff => {
    const parts = diffWords(tokenizer, a.text, b.text);
    return { a, b, parts, percent: Math.round(similarity(parts) * 100) };
  };
  const out: WordingDiff[] = [];
  for (const lang of ['ja', 'en'] as const) {
    const same = wordings.filter((wording) => wording.lang === lang);
    if (same.length <= MAX_PAIRED) {
      same.forEach((a, i) => {
        for (const b of same.slice(i + 1)) out.push(diff(a, b));
      });
    } else {
      const [common, ...others] = same;
      for (const other of others) out.push(diff(common!, other));
    }
  }
  return out;
}

/** The text without the spacing that does not change its words: spaces around anything but Latin letters and digits, runs of spaces. */
function wordingKey(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[^A-Za-z0-9])|(?<=[^A-Za-z0-9]) /gu, '')
    .trim();
}
