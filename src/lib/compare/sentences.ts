import { parseNumeral } from '../text/numerals.ts';

/**
 * Sentence-level reading shared by the fact rules: splitting, numbers as printed, and which
 * request procedure a sentence is about.
 */

const OPEN = new Set(['(', '（', '「', '『', '[', '［', '【', '〔']);
const CLOSE = new Set([')', '）', '」', '』', ']', '］', '】', '〕']);

/**
 * Split text into sentences at 。 (and `. ` in English), but never inside brackets: the
 * 。 of (以下「開示決定等」という。) does not end the sentence around it.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char)) depth = Math.max(0, depth - 1);
    const english =
      char === '.' && /\s/.test(text[index + 1] ?? ' ') && /[a-z)]/i.test(text[index - 1] ?? '');
    if (depth === 0 && (char === '。' || english)) {
      sentences.push(text.slice(start, index + 1).trim());
      start = index + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

/**
 * A sentence without its parentheticals, so that patterns read the main clause:
 * 法定代理人(保有特定個人情報にあっては、…以下同じ。)は、本人に代わって → 法定代理人は、本人に代わって.
 * Quotes 「」 are kept: they hold defined terms.
 */
export function stripParentheticals(sentence: string): string {
  let out = '';
  let depth = 0;
  for (const char of sentence) {
    if (char === '(' || char === '（') depth++;
    else if ((char === ')' || char === '）') && depth > 0) depth--;
    else if (depth === 0) out += char;
  }
  return out;
}

/**
 * A number as printed: `１４` → 14, `1,000` → 1000, and kanji numerals as statutes print them:
 * `三十` → 30, `一三〇` → 130, `零` → 0, `二万一千` → 21000.
 */
export function toNumber(printed: string): number {
  return parseNumeral(printed.replace(/[,，]/g, ''));
}

/** An amount of yen as printed: `100万` → 1000000, `5,000` → 5000, `二万一千` → 21000. */
export function toYen(amount: string, man: string | undefined): number {
  return toNumber(amount) * (man ? 10_000 : 1);
}

/** The request procedures the guide explains. */
export type Procedure = 'disclosure' | 'correction' | 'suspension';

/** Words naming each procedure, in the order they are tried (利用停止 before 開示, which it may mention). */
const PROCEDURE_WORDS: ReadonlyArray<[Procedure, RegExp]> = [
  ['suspension', /利用停止|利用の停止|suspension/iu],
  ['correction', /訂正|correction/iu],
  ['disclosure', /開示|disclosure/iu],
];

/**
 * The procedure a sentence is about: the one named first in it, else the one its caption or
 * heading names (訂正決定等の期限 for 「同項に規定する期間を30日以内に限り延長」), else none.
 */
export function procedureOf(sentence: string, captions: readonly string[]): Procedure | undefined {
  for (const text of [sentence, ...captions]) {
    let best: { procedure: Procedure; at: number } | undefined;
    for (const [procedure, pattern] of PROCEDURE_WORDS) {
      const at = text.search(pattern);
      if (at >= 0 && (!best || at < best.at)) best = { procedure, at };
    }
    if (best) return best.procedure;
  }
  return undefined;
}

/** Every procedure a sentence names (開示、訂正、利用停止を求める …), else those of its captions. */
export function proceduresIn(sentence: string, captions: readonly string[]): Procedure[] {
  for (const text of [sentence, ...captions]) {
    const found = PROCEDURE_WORDS.filter(([, pattern]) => pattern.test(text)).map(([procedure]) => procedure);
    if (found.length > 0)
      return (['disclosure', 'correction', 'suspension'] as const).filter((p) => found.includes(p));
  }
  return [];
}
