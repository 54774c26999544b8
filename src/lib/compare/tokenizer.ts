import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';

/** A kuromoji tokenizer with the IPA dictionary. */
export type JapaneseTokenizer = Tokenizer<IpadicFeatures>;

let tokenizer: Promise<JapaneseTokenizer> | undefined;

/**
 * The kuromoji tokenizer, built once per process (building reads the dictionary, ~2 s).
 * The dictionary is found beside the installed package, whatever the working directory.
 */
export function getTokenizer(): Promise<JapaneseTokenizer> {
  tokenizer ??= new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, built) => {
      if (error) {
        tokenizer = undefined;
        reject(new Error(`Cannot build the kuromoji tokenizer (${String(error)}); is kuromoji installed?`));
      } else resolve(built);
    });
  });
  return tokenizer;
}

function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** One token: what is written, and its dictionary form. */
export interface Token {
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
export function tokenize(tokenizer: JapaneseTokenizer, text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  const fill = (end: number) => {
    if (end > position) tokens.push(...splitLatin(text.slice(position, end), '未知語'));
    position = Math.max(position, end);
  };
  for (const token of tokenizer.tokenize(text)) {
    const surface = token.surface_form;
    const at = text.indexOf(surface, position);
    if (!surface || at < 0) continue;
    fill(at);
    const lemma = token.basic_form && token.basic_form !== '*' ? token.basic_form : surface;
    tokens.push(...splitLatin(surface, token.pos, lemma));
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
