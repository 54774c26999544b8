import { isHeaderLine } from '../dates.ts';
import type { Line } from '../lines.ts';
import type { LineClass } from './classify.ts';

/** A table of contents: line indexes [start, end), and whether no label announced it. */
interface TocRange {
  start: number;
  end: number;
  inferred: boolean;
}

/**
 * Labels stand alone on their lines (第一条 / 　sentence), as in laws copied from a web page:
 * then a line break says little, and a sentence goes on wherever the page had a link.
 */
export function labelsStandAlone(classes: LineClass[]): boolean {
  let articles = 0;
  let alone = 0;
  // an index loop: this runs once per text, mostly before it is optimised, and a for…of there
  // made an iterator result object per line
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    if (c.kind !== 'article') continue;
    articles++;
    // 第１条（適用関係） with the sentence below is a policy's heading style, not a web copy's
    if (c.alone && c.caption === undefined) alone++;
  }
  return alone >= 2 && alone * 2 >= articles;
}

const isHeading = (c: LineClass) => c.kind === 'division' || c.kind === 'supplement';

/**
 * Finds the table of contents by its content: before the first article, a run of headings
 * (with or without article ranges, labelled 目次, ○○法目次 or not at all) that ends where its
 * first heading is printed again — the real one. A 目次 label without a repeat ends at the
 * last heading of its run.
 */
export function findToc(lines: Line[], classes: LineClass[]): TocRange | undefined {
  let firstArticle = classes.findIndex((c) => c.kind === 'article');
  if (firstArticle < 0) firstArticle = classes.length;
  let start = -1;
  let labelled = false;
  for (let i = 0; i < firstArticle; i++) {
    const c = classes[i]!;
    if (c.kind === 'toc-label') {
      start = i;
      labelled = true;
      break;
    }
    if (isHeading(c)) {
      start = i;
      break;
    }
  }
  if (start < 0) return undefined;
  let firstKey: string | undefined;
  let lastHeading = labelled ? start : -1;
  let runEnded = false;
  for (let i = labelled ? start + 1 : start; i < firstArticle; i++) {
    const c = classes[i]!;
    const key = c.kind === 'division' ? c.key : c.kind === 'supplement' ? '附則' : undefined;
    // the contents end with their run of headings: what stands between them and the first
    // heading printed again (a 前文) is text
    if (key !== undefined && key === firstKey && i > start)
      return { start, end: Math.min(i, runEnd(lines, classes, lastHeading, i)), inferred: !labelled };
    firstKey ??= key;
    if (lines[i]!.blank || c.kind === 'page-break') continue;
    if (c.kind === 'caption' || c.kind === 'paragraph' || c.kind === 'marker') runEnded = true;
    if (!runEnded && isHeading(c)) {
      lastHeading = i;
      // 附則 is the last entry of a table of contents
      if (c.kind === 'supplement') runEnded = true;
    } else if (!runEnded && !wrapsTocEntry(lines, i)) runEnded = true;
  }
  // a label with no heading after it (条項目次 over a list of articles) is no table of contents
  if (!labelled || lastHeading <= start) return undefined;
  return { start, end: runEnd(lines, classes, lastHeading, firstArticle), inferred: false };
}

/** The line after a TOC's last heading and the wrapped rest of its entry, before `limit`. */
function runEnd(lines: Line[], classes: LineClass[], lastHeading: number, limit: number): number {
  let end = lastHeading + 1;
  while (end < limit && !isHeading(classes[end]!) && wrapsTocEntry(lines, end)) end++;
  return end;
}

/** How far into a text its title may stand below a copied page's furniture. */
const TITLE_SEARCH_LINES = 40;

/**
 * Lines above a 例規集 title (○南山市行政手続条例, the ○ the 例規集 print before every title) that
 * its date or number line follows: the name of the 例規集, breadcrumbs, 前の例規・次の例規, 沿革を
 * 表示 of a page copied from the browser. Empty when the text starts with its title, or has none.
 */
export function findPageAboveTitle(lines: Line[], classes: LineClass[]): number[] {
  const limit = Math.min(lines.length, TITLE_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const kind = classes[i]!.kind;
    if (kind === 'article' || kind === 'division' || kind === 'supplement' || kind === 'caption') return [];
    const line = lines[i]!;
    const first = line.norm[line.indent];
    if (line.blank || (first !== '○' && first !== '◎')) continue;
    let next = i + 1;
    while (next < lines.length && lines[next]!.blank) next++;
    if (next >= lines.length || !isHeaderLine(lines[next]!.norm.slice(lines[next]!.indent))) continue;
    const above: number[] = [];
    for (let k = 0; k < i; k++) if (!lines[k]!.blank && classes[k]!.kind !== 'page-break') above.push(k);
    return above;
  }
  return [];
}

/**
 * The rest of a TOC entry a narrow page wrapped: 務(第17条―第40条), or the end of an article range
 * wrapped inside its parentheses (第四節 …(第二百五十二条の十七の二―第二百五十二条の / 十七の四)).
 */
function wrapsTocEntry(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.blank || /\(第[^()]*[条條][^()]*\)\s*$/.test(line.norm)) return true;
  let before = i - 1;
  while (before >= 0 && lines[before]!.blank) before--;
  if (before < 0 || !/\)\s*$/.test(line.norm) || line.norm.includes('(')) return false;
  const above = lines[before]!.norm;
  return above.lastIndexOf('(') > above.lastIndexOf(')') && /[条條][^()]*$/.test(above);
}

/**
 * Where the provisions of a law of paragraphs only start (a short ordinance or a 告示: 1, 2, 3
 * or a first unnumbered paragraph and ２, ３, then 附則; no 第N条 before its 附則). The numbering
 * is the signal: a run of at least two paragraph numbers in sequence from 1, or a ２ after the
 * unnumbered first paragraph of the national style (a sentence just before it), each at a line's start. Undefined for
 * a law of articles and for a text without such a run.
 */
export function findParagraphProvisions(lines: Line[], classes: LineClass[]): number | undefined {
  let end = classes.findIndex((c) => c.kind === 'supplement' || c.kind === 'appendix');
  if (end < 0) end = classes.length;
  let first = -1;
  let last = 0;
  let count = 0;
  for (let i = 0; i < end; i++) {
    const c = classes[i]!;
    if (c.kind === 'article' || c.kind === 'division') return undefined;
    if (c.kind !== 'paragraph' || c.prefixLength > 0 || c.circled) continue;
    if (first < 0) {
      if (c.num !== 1 && c.num !== 2) continue;
      first = i;
      last = c.num;
      count = 1;
    } else if (c.num === last + 1) {
      last = c.num;
      count++;
    }
  }
  if (first < 0) return undefined;
  const firstNum = (classes[first] as Extract<LineClass, { kind: 'paragraph' }>).num;
  if (firstNum === 1) return count >= 2 ? first : undefined;
  // ２ after an unnumbered first paragraph: the sentence just before it, when it is one
  return unnumberedFirst(lines, classes, first);
}

/** An enactment statement (…次のように定める。) or a signature is no paragraph of the provisions. */
const ENACTING = /(?:次のように|次のとおり|ここに|をここに).*(?:定める|制定する|公布する|告示する)。$/;

function unnumberedFirst(lines: Line[], classes: LineClass[], numbered: number): number | undefined {
  let i = numbered - 1;
  while (i >= 0 && lines[i]!.blank) i--;
  if (i <= 0 || classes[i]!.kind !== 'text') return undefined;
  const body = lines[i]!.norm.slice(lines[i]!.indent).trim();
  if (!/。$/.test(body) || ENACTING.test(body) || isHeaderLine(body)) return undefined;
  return i;
}

/**
 * The first line, printed again above a later page, is the running head of page 1 as well (a
 * 例規集's volume and chapter, 第３編　行政通則) rather than the law's title when a title follows
 * it: a line that is no header, then the law's date or number.
 */
function headsFirstPage(lines: Line[], first: number): boolean {
  const next: string[] = [];
  for (let i = first + 1; i < lines.length && next.length < 2; i++)
    if (!lines[i]!.blank) next.push(lines[i]!.norm.slice(lines[i]!.indent));
  return next.length === 2 && !isHeaderLine(next[0]!) && isHeaderLine(next[1]!);
}

/**
 * A line from the margin (a hanging indent aside) as wide as the text's wrap width, or a
 * character short of it (a line may not start with 。).
 */
function runsToWidth(line: Line, wrapWidth: number | undefined): boolean {
  return wrapWidth !== undefined && line.indent <= 2 && line.width >= wrapWidth - 2;
}

/** Label kinds a running header never has: they open units of the text. */
const UNIT_KINDS = new Set<LineClass['kind']>([
  'article',
  'paragraph',
  'marker',
  'supplement',
  'appendix',
  'caption',
  'page-break',
]);

/**
 * Running headers and footers of a PDF extraction: a line printed again and again at the same
 * place beside the page breaks (the law's name first on each page, a ministry's name last).
 * The place is the first or second line of text before or after a page-number line (or a form
 * feed); the line must recur there beside at least two breaks and most of them, and be no
 * sentence (a header ends with no 。), so a sentence that happens to repeat stays text; the
 * law's own name (its first line) printed again beside a break is a header even once.
 */
export function findRunningHeads(lines: Line[], classes: LineClass[], wrapWidth?: number): number[] {
  const breaks: number[] = [];
  // a form feed (pdftotext's page break) may stand alone or open the next page's first line
  for (let i = 0; i < classes.length; i++)
    if (classes[i]!.kind === 'page-break' || lines[i]!.raw.includes('\f')) breaks.push(i);
  if (breaks.length < 2) return [];
  const beside = new Map<string, number[]>();
  const note = (i: number, place: number) => {
    if (UNIT_KINDS.has(classes[i]!.kind)) return;
    const key = lines[i]!.norm.replace(/\s+/g, '');
    if (key.length < 2 || key.length > 60 || key.endsWith('。')) return;
    const at = beside.get(`${place} ${key}`);
    if (!at) beside.set(`${place} ${key}`, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  for (const p of breaks) {
    const opensPage = !lines[p]!.blank && classes[p]!.kind !== 'page-break';
    if (opensPage) note(p, 1);
    for (const step of [-1, 1]) {
      let seen = step === 1 && opensPage ? 1 : 0;
      for (let i = p + step; i >= 0 && i < lines.length && seen < 2; i += step) {
        if (lines[i]!.blank) continue;
        if (classes[i]!.kind === 'page-break') break;
        seen++;
        note(i, step * seen);
      }
    }
  }
  // the law's name printed again above a page is a header even on the one break of two pages
  const titleLine = lines.findIndex((l) => !l.blank);
  const title = titleLine >= 0 ? lines[titleLine]!.norm.replace(/\s+/g, '') : undefined;
  const found = new Set<number>();
  // a header prints on every page but the first: beside all breaks but one, so most of them
  const needed = Math.max(2, Math.ceil(breaks.length * 0.6));
  for (const [key, at] of beside) {
    const place = Number(key.slice(0, key.indexOf(' ')));
    // a page's first line is where headers print; a line above the page number or second from
    // a break repeats by chance more easily (the short rest of a wrapped sentence, an item's
    // tail): it needs three pages to agree. A line that runs from the margin to the wrap width
    // is a wrapped sentence's middle wherever it stands (a law repeating its provisions repeats
    // their wrapped lines too); a header is set apart, short or pushed aside by spaces.
    const recurs =
      at.length >= needed &&
      (place === 1 || at.length >= 3) &&
      !at.some((i) => runsToWidth(lines[i]!, wrapWidth));
    if (recurs || key.slice(key.indexOf(' ') + 1) === title) for (const i of at) found.add(i);
  }
  if (
    titleLine >= 0 &&
    [...found].some((i) => i !== titleLine && lines[i]!.norm.replace(/\s+/g, '') === title)
  )
    if (headsFirstPage(lines, titleLine)) found.add(titleLine);
  return [...found].sort((a, b) => a - b);
}

/** Lines a page holds at least: page numbers closer than this are numbers of something else. */
const MIN_PAGE_LINES = 10;

/**
 * Page numbers a PDF extraction printed bare (3, ３) at the foot or head of each page: lines of a
 * number alone that count up by one, a page's length apart, in a text wrapped at a width. A
 * paragraph number alone (a web copy's ２) is never in a wrapped text, and counts up within an
 * article, lines apart; two pages at least must agree.
 */
export function findBarePageNumbers(lines: Line[], wrapWidth: number | undefined): number[] {
  if (wrapWidth === undefined) return [];
  const chains: Array<Array<{ i: number; n: number }>> = [];
  for (const line of lines) {
    const body = line.norm.trim();
    if (!/^\d{1,4}$/.test(body)) continue;
    const at = { i: line.index, n: Number(body) };
    const chain = chains.find((c) => {
      const last = c[c.length - 1]!;
      return last.n + 1 === at.n && at.i - last.i >= MIN_PAGE_LINES;
    });
    if (chain) chain.push(at);
    else chains.push([at]);
  }
  return chains.filter((c) => c.length >= 2).flatMap((c) => c.map((p) => p.i));
}
