import type { PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx';
import type { Leaf } from '../tree/types.ts';
import { LEAF_COMPONENTS } from './components.ts';
import type { InlineMark } from './marks.ts';

const WHITESPACE = /^\s*$/;
const LINE_ENDING = /[\r\n]/;
/** Japanese characters: kanji, kana, CJK and full-width punctuation and forms. */
const WIDE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\u30fc\uff01-\uff60\uffe0-\uffe6]/u;
/** Characters no MDX text can hold: markdown turns U+0000 into U+FFFD, files cannot store lone surrogates. */
const UNREPRESENTABLE = /\0|\p{Cs}/gu;

/** Whitespace-only leaves of any kind are layout: a marker or caption of spaces says nothing. */
export function isBlank(leaf: Leaf): boolean {
  return WHITESPACE.test(leaf.value);
}

/** True when a string holds a line ending. */
export function hasLineEnding(value: string): boolean {
  return LINE_ENDING.test(value);
}

/** Text as MDX can carry it: U+0000 and lone surrogates become U+FFFD, as any reader would make them. */
export function representable(value: string): string {
  return value.replace(UNREPRESENTABLE, '\uFFFD');
}

/** A piece of a leaf: the whole leaf, or the part of a text leaf inside or outside one mark. */
interface Piece {
  leaf: Leaf;
  value: string;
  mark: InlineMark | undefined;
}

/**
 * Leaves as phrasing content: text and the breaks between leaves merge into one text node, as
 * markdown would read them back. In `prose`, a line break between two Japanese characters was a
 * line wrap of the source (PDF, fixed-width text) and is dropped: browsers would show a space.
 *
 * `marks` (source offsets, sorted, not overlapping) wrap the text they cover in an inline element
 * (`<Ref>`, `<Term>`, `<Dfn>`): text leaves are split at mark boundaries, breaks inside a mark stay
 * inside it, and whitespace between a mark and the text around it stays outside, so no text moves.
 */
export function toPhrasing(
  leaves: Leaf[],
  prose: boolean,
  marks: readonly InlineMark[] = [],
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let container = out;
  let open: InlineMark | undefined;
  let pending = '';
  const flushPending = (into: PhrasingContent[], next: string) => {
    if (pending !== '' && !(prose && isLineWrap(pending, lastCharacter(into), next)))
      appendText(into, pending);
    pending = '';
  };
  for (const piece of splitAtMarks(leaves, marks)) {
    const { leaf, value } = piece;
    // An empty leaf holds no source text; as an empty element it would read back as a block.
    if (value === '') continue;
    // Whitespace in an element of its own would make the line read as a block of tags.
    if (leaf.type === 'break' || WHITESPACE.test(value)) {
      pending += value;
      continue;
    }
    if (piece.mark !== open) {
      // Whitespace between a mark and its surroundings belongs to neither: it stays outside.
      flushPending(out, value);
      open = piece.mark;
      if (open) {
        const element = textElement(open.name, markAttributes(open), []);
        out.push(element);
        container = element.children;
      } else container = out;
    } else flushPending(container, value);
    if (leaf.type === 'text') appendText(container, value);
    else {
      const attributes = leaf.kind === undefined ? [] : [attribute('kind', leaf.kind)];
      container.push(textElement(LEAF_COMPONENTS[leaf.type], attributes, [{ type: 'text', value }]));
    }
  }
  if (pending !== '') appendText(out, pending);
  return out;
}

/**
 * Split text leaves at the boundaries of the marks that cover them. Only text leaves take a mark
 * (breaks inside one stay inside, see {@link toPhrasing}), and only leaves whose position spans
 * exactly their value, so an offset that does not fit can never cut a word.
 */
function splitAtMarks(leaves: Leaf[], marks: readonly InlineMark[]): Piece[] {
  const pieces: Piece[] = [];
  for (const leaf of leaves) {
    const value = representable(leaf.value);
    const start = leaf.position?.start.offset;
    const end = leaf.position?.end.offset;
    const located = start !== undefined && end !== undefined && end - start === leaf.value.length;
    if (marks.length === 0 || !located || leaf.type !== 'text') {
      pieces.push({ leaf, value, mark: undefined });
      continue;
    }
    let at = start;
    for (const mark of marks) {
      if (mark.end <= at || mark.start >= end) continue;
      const from = Math.max(mark.start, at);
      const to = Math.min(mark.end, end);
      if (from > at) pieces.push({ leaf, value: value.slice(at - start, from - start), mark: undefined });
      pieces.push({ leaf, value: value.slice(from - start, to - start), mark });
      at = to;
    }
    if (at < end) pieces.push({ leaf, value: value.slice(at - start), mark: undefined });
  }
  return pieces;
}

function markAttributes(mark: InlineMark): MdxJsxAttribute[] {
  return Object.entries(mark.attributes).map(([name, value]) => attribute(name, value));
}

function appendText(into: PhrasingContent[], value: string): void {
  const last = into.at(-1);
  if (last?.type === 'text') last.value += value;
  else into.push({ type: 'text', value });
}

function isLineWrap(whitespace: string, before: string, after: string): boolean {
  return LINE_ENDING.test(whitespace) && WIDE.test(before) && WIDE.test([...after][0] ?? '');
}

/** The last character of phrasing content, looking into the last element (a mark, a marker). */
function lastCharacter(phrasing: PhrasingContent[]): string {
  const last = phrasing.at(-1);
  if (last === undefined) return '';
  if (last.type === 'text') return [...last.value].at(-1) ?? '';
  return 'children' in last ? lastCharacter(last.children as PhrasingContent[]) : '';
}

/** Attribute values written as JSX strings; anything else becomes a JS string literal expression. */
const PLAIN_ATTRIBUTE = /^[^&"\p{Cc}\p{Cs}\u2028\u2029]*$/u;

/**
 * One JSX attribute. Values a JSX string can hold verbatim are written as strings; others (with `&`,
 * quotes, line breaks, control characters) as a JS string literal, since JSX strings decode entities.
 */
export function attribute(name: string, value: string): MdxJsxAttribute {
  if (PLAIN_ATTRIBUTE.test(value)) return { type: 'mdxJsxAttribute', name, value };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: { type: 'mdxJsxAttributeValueExpression', value: toJsString(value) },
  };
}

/** A JS string literal that no brace-counting or HTML-sniffing reader can mistake for anything else. */
function toJsString(value: string): string {
  return JSON.stringify(value).replace(
    /[{}<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** An inline MDX element. */
export function textElement(
  name: string,
  attributes: MdxJsxAttribute[],
  children: PhrasingContent[],
): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children };
}
