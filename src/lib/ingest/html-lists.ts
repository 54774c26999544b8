import { toRomanNumeral } from '../text/numerals.ts';
import { type Element, getAttribute, isElement } from './html-dom.ts';

/** Numbering of the list being walked. */
export interface ListState {
  ordered: boolean;
  /** the number the next item shows */
  next: number;
  /** +1, or -1 for `<ol reversed>` */
  step: 1 | -1;
  /** `type` attribute of an ordered list: 1, a, A, i, I */
  style: string;
}

/** Numbering state for a `<ul>`, `<ol>` or `<menu>`, honouring `start`, `reversed` and `type`. */
export function startList(list: Element): ListState {
  const ordered = list.tagName === 'ol';
  const reversed = ordered && getAttribute(list, 'reversed') !== undefined;
  const items = list.childNodes.filter((child) => isElement(child) && child.tagName === 'li').length;
  const start = parseInteger(getAttribute(list, 'start')) ?? (reversed ? items : 1);
  return { ordered, next: start, step: reversed ? -1 : 1, style: getAttribute(list, 'type') ?? '1' };
}

/**
 * The marker a browser shows before a list item, indented two spaces per nesting level:
 * "  1. " for ordered lists, "  • " (then ◦, ▪ when nested) for the others. Advances the numbering.
 */
export function formatListMarker(list: ListState | undefined, item: Element, depth: number): string {
  const indent = '  '.repeat(depth);
  if (!list?.ordered) return `${indent}${['•', '◦', '▪'][Math.min(Math.max(depth, 1), 3) - 1]} `;
  const value = parseInteger(getAttribute(item, 'value')) ?? list.next;
  list.next = value + list.step;
  return `${indent}${formatNumber(value, list.style)}. `;
}

function parseInteger(value: string | undefined): number | undefined {
  const number = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : undefined;
}

function formatNumber(value: number, style: string): string {
  if (value > 0 && (style === 'a' || style === 'A')) {
    const letters = toAlphabetic(value);
    return style === 'A' ? letters.toUpperCase() : letters;
  }
  if (value > 0 && value < 4000 && (style === 'i' || style === 'I')) {
    const roman = toRomanNumeral(value);
    return style === 'I' ? roman.toUpperCase() : roman;
  }
  return String(value);
}

function toAlphabetic(value: number): string {
  let letters = '';
  for (let rest = value; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
