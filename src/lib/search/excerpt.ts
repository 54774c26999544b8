/**
 * The excerpt of a result: the stretch of its text where the query's words sit closest together,
 * with those words marked. Japanese words are found with the tokenizer (so 取り扱い is marked for
 * 取扱い, 十四日 for 14日), English words by their beginning (deleted for delete).
 */
import { tokenize } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A piece of an excerpt: text, marked or not. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** What to mark: keys of Japanese words, English words. */
interface Highlight {
  keys: readonly string[];
  words: readonly string[];
}

/** About this many characters around the matches (Japanese text is dense; English gets twice as many). */
const WINDOW = 90;

/** The excerpt of `text` for `highlight`: at most about WINDOW characters (×2 for Latin text), with ellipses. */
export function makeExcerpt(text: string, highlight: Highlight, vocab: Vocabulary): ExcerptPiece[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const latin = (flat.match(/[a-z]/gi)?.length ?? 0) > flat.length / 2;
  const width = latin ? WINDOW * 2 : WINDOW;
  const spans = findSpans(flat, highlight, vocab);
  if (spans.length === 0) return [{ text: clip(flat, 0, width), mark: false }];
  const bestStart = focusOf(flat, spans, highlight, vocab, width);
  const from = Math.max(0, Math.min(bestStart - Math.floor(width / 4), flat.length - width));
  const to = Math.min(flat.length, from + width);
  const pieces: ExcerptPiece[] = [];
  if (from > 0) pieces.push({ text: '…', mark: false });
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, at);
    if (s > at) pieces.push({ text: flat.slice(at, s), mark: false });
    if (end > s) pieces.push({ text: flat.slice(s, Math.min(end, to)), mark: true });
    at = Math.max(at, Math.min(end, to));
  }
  if (at < to) pieces.push({ text: flat.slice(at, to), mark: false });
  if (to < flat.length) pieces.push({ text: '…', mark: false });
  return pieces;
}

/**
 * Where the excerpt starts: at the first place the query's words stand in order (the phrase),
 * else where the most different query words fall within one window.
 */
function focusOf(
  text: string,
  spans: ReadonlyArray<[number, number]>,
  highlight: Highlight,
  vocab: Vocabulary,
  width: number,
): number {
  const keys = highlight.keys;
  if (keys.length > 1) {
    const tokens = tokenize(text, vocab);
    for (let i = 0; i + keys.length <= tokens.length; i++) {
      if (keys.every((key, k) => tokens[i + k]!.key === key)) return tokens[i]!.start;
    }
  }
  let best = spans[0]![0];
  let bestCount = 0;
  for (const [start] of spans) {
    const inside = new Set(
      spans.filter(([s, e]) => s >= start && e <= start + width).map(([s, e]) => text.slice(s, e)),
    );
    if (inside.size > bestCount) {
      bestCount = inside.size;
      best = start;
    }
  }
  return best;
}

/** Sorted, non-overlapping [start, end) of the query's words in `text`. */
function findSpans(text: string, highlight: Highlight, vocab: Vocabulary): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (highlight.keys.length > 0) {
    const keys = new Set(highlight.keys);
    // A last word the vocabulary does not know is probably still being typed: mark its completions.
    const last = highlight.keys.at(-1)!;
    const partial = !vocab.words.has(last) && !vocab.kana.has(last) && !/^[0-9]+$/.test(last);
    for (const token of tokenize(text, vocab)) {
      if (keys.has(token.key) || (partial && token.key.startsWith(last)))
        spans.push([token.start, token.end]);
    }
  }
  for (const word of highlight.words) {
    const stem = word.toLowerCase().replace(/(?:ing|ed|es|s|ion|ions)$/, '');
    if (stem.length < 2) continue;
    const pattern = new RegExp(`\\b${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\w*`, 'giu');
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    if (previous && span[0] <= previous[1]) previous[1] = Math.max(previous[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

function clip(text: string, from: number, width: number): string {
  return text.length > from + width ? `${text.slice(from, from + width)}…` : text.slice(from);
}
