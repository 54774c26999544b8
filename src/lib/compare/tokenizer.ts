import { appendAll } from '../arrays.ts';
import type { JapaneseTokenizer } from '../kuromoji/index.ts';

export { getTokenizer, type JapaneseTokenizer } from '../kuromoji/index.ts';

/** One token: what is written, and its dictionary form. */
interface Token {
  surface: string;
  /** dictionary form (開示し → 開示, あっ → ある); the surface when kuromoji has none */
  lemma: string;
  /** part of speech (名詞, 動詞, 助詞, 記号 …) */
  pos: string;
}

/**
 * Split text into tokens: Japanese by kuromoji; Latin letters and digits in words, so that English
 * text diffs word by word. Every character of the text is in exactly one token's surface: where
 * kuromoji loses characters (it can drop text after a surrogate pair such as 𠮷), the missing
 * text becomes a token of its own.
 */
export function tokenize(tokenizer: JapaneseTokenizer, text: string): readonly Token[] {
  const known = remembered.get(text);
  if (known?.tokenizer === tokenizer) return known.tokens;
  const tokens = tokenizeAnew(tokenizer, text);
  if (remembered.size >= REMEMBERED_TEXTS) remembered.clear();
  remembered.set(text, { tokenizer, tokens });
  return tokens;
}

/**
 * The compare pages tokenize the same clause again and again (for topics, for each pair it is
 * aligned in, for its word diff, on the Japanese and the English page): the tokens of recent texts
 * are kept, up to this many texts.
 */
const REMEMBERED_TEXTS = 20_000;
const remembered = new Map<string, { tokenizer: JapaneseTokenizer; tokens: readonly Token[] }>();

function tokenizeAnew(tokenizer: JapaneseTokenizer, text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const fill = (end: number) => {
    if (end > position) appendAll(tokens, splitLatin(text.slice(position, end), '未知語'));
    position = Math.max(position, end);
  };
  for (const token of tokenizer.tokenize(text)) {
    const surface = token.surface_form;
    const at = text.indexOf(surface, position);
    if (!surface || at < 0) continue;
    fill(at);
    const lemma = token.basic_form && token.basic_form !== '*' ? token.basic_form : surface;
    appendAll(tokens, splitLatin(surface, token.pos, lemma));
    position = at + surface.length;
  }
  fill(text.length);
  return tokens;
}

/** A token with Latin letters split into words and spaces; others as they are. */
function splitLatin(surface: string, pos: string, lemma = surface): Token[] {
  if (!/[A-Za-z]/.test(surface) || surface.length < 2) return [{ surface, lemma, pos }];
  return (surface.match(/[A-Za-z0-9'’]+|\s+|[^A-Za-z0-9'’\s]/gu) ?? []).map((part) => ({
    surface: part,
    lemma: part.toLowerCase(),
    pos: /\s/.test(part) ? '空白' : '名詞',
  }));
}

/** The dictionary forms of a text's content words (no particles, auxiliaries or symbols). */
export function toLemmas(tokenizer: JapaneseTokenizer, text: string): string[] {
  return tokenize(tokenizer, text)
    .filter((token) => !FUNCTION_POS.has(token.pos))
    .map((token) => token.lemma);
}

const FUNCTION_POS: ReadonlySet<string> = new Set(['助詞', '助動詞', '記号', '空白']);
