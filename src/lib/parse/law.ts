import type { DocumentNode } from '../tree/types.ts';
import type { TreeBuilder } from './builder.ts';
import { chromeRangeKind } from './chrome.ts';
import { findCellRuns } from './law/cell-lines.ts';
import { classifyLine, type LineClass } from './law/classify.ts';
import { findColumnTables } from './law/column-tables.ts';
import { citationHeads, continuesSentence, opensInSequence } from './law/continuation.ts';
import {
  findBarePageNumbers,
  findPageAboveTitle,
  findParagraphProvisions,
  findRunningHeads,
  findToc,
  labelsStandAlone,
} from './law/layout.ts';
import { articleRule } from './law/rules/article.ts';
import { captionAhead, captionRule, releaseCaption } from './law/rules/caption.ts';
import { headRule } from './law/rules/head.ts';
import { placeInferred, placeMarker } from './law/rules/items.ts';
import { markedTableRow } from './law/rules/marked-table.ts';
import { paragraphRule } from './law/rules/paragraph.ts';
import { appendixRule, divisionRule, supplementRule } from './law/rules/structure.ts';
import {
  addRow,
  cellLine,
  looksLikeTableHeader,
  splitCells,
  startTable,
  tableLine,
} from './law/rules/table.ts';
import { placeText } from './law/rules/text.ts';
import { tocRule } from './law/rules/toc.ts';
import { endsMainText, startTrailer, trailerRule, trailingDateRule } from './law/rules/trailer.ts';
import {
  createState,
  isFull,
  isFullAtSentenceEnd,
  type LawState,
  paragraphHolder,
  parenDepth,
} from './law/state.ts';
import { detectWrapWidth, type Line } from './lines.ts';
import { findMarkedRows } from './marked-tables.ts';
import type { MarkerMatch } from './markers.ts';

/**
 * Parses law-like texts — ordinances, national laws (as published or as copied from a web
 * page) and privacy policies written as articles — into the tree. Each line is classified by
 * itself (`classifyLine`); the layout of the whole text is read once (labels alone on their
 * lines, a table of contents); then rules per node kind place each line by the state so far.
 * Indentation alone never decides nesting; numbering in sequence does.
 */
export function parseLawBody(b: TreeBuilder, root: DocumentNode, lines: Line[]): void {
  const classes = lines.map((line) =>
    line.blank ? TEXT : classifyLine(line.body, line.raw.slice(line.indent)),
  );
  const labelsAlone = labelsStandAlone(classes);
  // a web copy's lines end where its paragraphs and links do, never at a wrap width
  const wrapWidth = labelsAlone ? undefined : detectWrapWidth(lines);
  const reclassify = (
    indices: Iterable<number>,
    cls: (typeof classes)[number],
    reason: string,
    rule: string,
  ) => {
    for (const i of indices) {
      classes[i] = cls;
      const line = lines[i]!;
      b.message(reason, rule, line.start + line.indent, line.end, 'info');
    }
  };
  // 　第一条 / の規定は…: a citation opening a sentence, broken at its link, is text
  reclassify(
    citationHeads(lines, classes, labelsAlone),
    TEXT,
    'Label-shaped line followed by the rest of its citation (…/の規定…): read as the start of the sentence',
    'label-in-sentence',
  );
  reclassify(
    findBarePageNumbers(lines, wrapWidth),
    PAGE_HEAD,
    'Numbers alone on their lines counting up a page apart in a wrapped text: kept as page numbers',
    'bare-page-number',
  );
  reclassify(
    findRunningHeads(lines, classes, wrapWidth),
    PAGE_HEAD,
    'Line repeated beside page breaks (a running header or footer): kept as page furniture',
    'running-head',
  );
  reclassify(
    // lines an HTML page marked as its furniture keep the kind the page gave them
    findPageAboveTitle(lines, classes).filter((i) => !chromeRangeKind(b, lines[i]!)),
    PAGE_ABOVE_TITLE,
    'Line above the law’s ○ title and its date or number (the page’s name, links, breadcrumbs of a copied page): kept as page furniture',
    'page-furniture',
  );
  const columnTables = findColumnTables(lines, classes);
  for (const i of columnTables.starts) {
    const line = lines[i]!;
    b.message(
      'Table laid out in columns: read as rows of cells, a column left blank under a cell as that cell spanning the row',
      'column-table',
      line.start + line.indent,
      line.end,
      'info',
    );
  }
  const toc = findToc(lines, classes);
  const articleAhead = articlesAhead(classes);
  const paragraphsFrom = toc ? undefined : findParagraphProvisions(lines, classes);
  const s = createState(b, root, lines, classes, {
    wrapWidth,
    labelsAlone,
    toc,
    articleAhead,
    paragraphsFrom,
    cellRuns: findCellRuns(lines, classes),
    markedRows: new Map([...findMarkedRows(lines, b.file.data.tableCells), ...columnTables.rows]),
  });
  if (paragraphsFrom !== undefined) {
    const first = lines[paragraphsFrom]!;
    b.message(
      'No article labels: the numbered paragraphs from here are read as the provisions (a law of paragraphs only)',
      'paragraphs-only',
      first.start + first.indent,
      first.end,
      'info',
    );
  }
  if (toc?.inferred) {
    const first = lines[toc.start]!;
    b.message(
      'Table of contents found by its content: a run of headings printed again below',
      'toc-by-content',
      first.start + first.indent,
      first.end,
      'info',
    );
  }
  for (let index = 0; index < lines.length; index++) {
    index = readLine(s, index, classes[index]!);
  }
  releaseCaption(s);
}

const TEXT: LineClass = { kind: 'text' };
/** The readings of a line that is no marker: shared, not an empty array per line. */
const NO_READINGS: readonly MarkerMatch[] = Object.freeze([]);
const PAGE_HEAD: LineClass = { kind: 'page-break' };
const PAGE_ABOVE_TITLE: LineClass = { kind: 'page-break', furniture: 'navigation' };

/** Line kinds that open a unit of their own when not read as a wrapped sentence's rest. */
const LABELLED = new Set<LineClass['kind']>(['article', 'paragraph', 'marker']);

/**
 * For each line, whether the next article or 附則 line after it is an article: an appended
 * table (別表) is never followed by more articles of the provisions, so a 別表第一 line there is
 * a cell of a flattened table.
 */
function articlesAhead(classes: LineClass[]): Uint8Array {
  const ahead = new Uint8Array(classes.length);
  let next = 0;
  for (let i = classes.length - 1; i >= 0; i--) {
    ahead[i] = next;
    const kind = classes[i]!.kind;
    if (kind === 'article') next = 1;
    else if (kind === 'supplement') next = 0;
  }
  return ahead;
}

/** A line that opens a parenthesis it does not close: perhaps a caption a web page broke. */
function opensParenthesis(line: Line): boolean {
  return line.norm[line.indent] === '(' && parenDepth(line.norm) > 0;
}

/** Places one line (or a caption spanning lines); returns the index of the last line used. */
function readLine(s: LawState, index: number, cls: LineClass): number {
  const { b } = s;
  const line = s.lines[index]!;
  if (line.blank) {
    if (s.pendingCaption) s.pendingCaption.breaks.push([line.start, line.eolEnd]);
    else b.leaf('break', line.start, line.eolEnd);
    return index;
  }
  const at = line.start + line.indent;
  const furniture = cls.kind === 'page-break' ? (cls.furniture ?? 'page-break') : chromeRangeKind(b, line);
  if (furniture) {
    if (s.pendingCaption) s.pendingCaption.breaks.push([line.start, at], [at, line.end, furniture]);
    else {
      b.leaf('break', line.start, at);
      b.leaf('chrome', at, line.end, b.current, furniture);
    }
    // a sentence wrapped across the page goes on after the page's furniture: the line before
    // the break is still the one the next line continues
    const before = s.prevLine;
    finishLine(s, line);
    s.prevLine = before;
    return index;
  }
  if (s.mode !== 'trailer' && s.mode !== 'head' && s.mode !== 'toc' && endsMainText(s, line)) startTrailer(s);
  if (s.mode === 'trailer' && s.metadata) {
    trailerRule(s, line);
    finishLine(s, line);
    return index;
  }
  if (s.toc && index >= s.toc.start && index < s.toc.end) {
    if (s.mode !== 'toc') {
      s.mode = 'toc';
      b.closeTo(b.root);
    }
    tocRule(s, line, cls);
    finishLine(s, line);
    return index;
  }
  if (s.mode === 'toc' || (s.mode === 'head' && isStructure(s, index, cls))) {
    s.mode = 'body';
    b.closeTo(b.root);
  }
  if (s.mode === 'head') {
    headRule(s, line);
    finishLine(s, line);
    return index;
  }
  return bodyLine(s, index, cls);
}

/** The provisions start at a label, a heading, or a caption naming an article. */
function isStructure(s: LawState, index: number, cls: LineClass): boolean {
  if (index === s.paragraphsFrom) return true;
  if (cls.kind === 'caption' || opensParenthesis(s.lines[index]!))
    return captionAhead(s, index) !== undefined;
  return cls.kind === 'article' || cls.kind === 'supplement' || cls.kind === 'division';
}

/** A line of the provisions: the rules in the order a label's strength asks for. */
function bodyLine(s: LawState, index: number, cls: LineClass): number {
  const { b } = s;
  const line = s.lines[index]!;
  const at = line.start + line.indent;
  const body = line.body;
  if ((s.cellRun || s.cellRuns.has(index)) && cellLine(s, index, line)) return finish(s, line, index);
  // a page that lays out its provisions in tables (a label cell, a text cell) still prints
  // articles, paragraphs and items; in a 別表 the page's table is the 別表's own
  const marked = s.markedRows.get(index);
  if (marked && (!LABELLED.has(cls.kind) || b.nearest('appendix'))) {
    releaseCaption(s);
    markedTableRow(s, line, marked);
    return finish(s, line, index);
  }
  if (s.table?.pipes && body.includes('|') && tableLine(s, line)) return finish(s, line, index);

  const wrapped =
    s.lastTextUnit !== undefined &&
    ((isFull(s, s.prevLine) && !opensInSequence(s, index, cls)) ||
      (isFullAtSentenceEnd(s, s.prevLine, cls) && !opensParenthesis(line)));
  if (!wrapped) {
    const names = (cls.kind === 'caption' || opensParenthesis(line)) && captionAhead(s, index) !== undefined;
    const joins = continuesSentence(s, index, cls, names);
    if (joins !== 'no') {
      releaseCaption(s);
      placeText(s, line, at, true);
      b.message(
        joins === 'joined'
          ? 'Line continues the sentence before it (broken where the page had a link): joined'
          : 'Label out of sequence after an unfinished sentence: read as part of the sentence',
        joins === 'joined' ? 'joined-line' : 'label-in-sentence',
        at,
        line.end,
        'info',
      );
      return finish(s, line, index);
    }
  }
  if (s.pendingCaption && cls.kind !== 'article' && cls.kind !== 'paragraph') releaseCaption(s);
  if (wrapped && LABELLED.has(cls.kind))
    b.message(
      'Label-shaped line after a line that ran to the wrap width: read as the rest of its sentence',
      'label-after-wrap',
      at,
      line.end,
      'info',
    );

  switch (cls.kind) {
    case 'appendix':
      if ((s.supplementCount > 0 || !s.articleAhead[index]) && appendixRule(s, line, cls))
        return finish(s, line, index);
      break;
    case 'supplement':
      supplementRule(s, line, cls);
      return finish(s, line, index);
    case 'division':
      if (cls.title) {
        divisionRule(s, line, cls);
        return finish(s, line, index);
      }
      break;
    case 'caption':
    case 'text': {
      if (cls.kind === 'text' && !opensParenthesis(line)) break;
      const last = captionRule(s, index);
      if (last >= 0) return last;
      break;
    }
    case 'article':
      if (!wrapped) {
        articleRule(s, line, cls);
        return finish(s, line, index);
      }
      break;
  }

  // ２　前項の表に… after a table printed in columns: the next paragraph's sentence ends the table
  if (
    s.table &&
    !s.table.pipes &&
    cls.kind === 'paragraph' &&
    !cls.alone &&
    !wrapped &&
    /。$/.test(body) &&
    paragraphRule(s, line, cls)
  )
    return finish(s, line, index);
  if (s.table && tableLine(s, line)) return finish(s, line, index);
  if (cls.kind === 'paragraph' && !wrapped && paragraphRule(s, line, cls)) return finish(s, line, index);
  releaseCaption(s);

  const readings =
    cls.kind === 'paragraph' || cls.kind === 'marker' || cls.kind === 'caption' ? cls.readings : NO_READINGS;
  if (readings.length && !wrapped && paragraphHolder(s)) {
    s.table = undefined;
    if (placeMarker(s, line, readings)) return finish(s, line, index);
  }
  if (
    !wrapped &&
    body.includes(' | ') &&
    b.nearest('article', 'supplement', 'chapter', 'part', 'block', 'appendix')
  ) {
    startTable(s, line, true);
    tableLine(s, line);
    return finish(s, line, index);
  }
  if (!wrapped && (body === '[表]' || body === '〔表〕')) {
    startTable(s, line, true);
    b.leaf('break', line.start, at);
    b.leaf('marker', at, line.end);
    return finish(s, line, index);
  }
  if (!wrapped && !s.table && looksLikeTableHeader(s, line)) {
    startTable(s, line, false);
    addRow(s, line, splitCells(line, 4), true);
    return finish(s, line, index);
  }
  if (!wrapped && placeInferred(s, line)) return finish(s, line, index);
  if (cls.kind === 'trailing-date' && !wrapped) {
    trailingDateRule(s, line, cls.enacted);
    return finish(s, line, index);
  }
  placeText(s, line, at, wrapped);
  return finish(s, line, index);
}

function finish(s: LawState, line: Line, index: number): number {
  finishLine(s, line);
  return index;
}

/** The line's break goes with a waiting caption, or where the line's text went. */
function finishLine(s: LawState, line: Line): void {
  if (s.pendingCaption) s.pendingCaption.breaks.push([line.end, line.eolEnd]);
  else s.b.leaf('break', line.end, line.eolEnd);
  s.prevLine = line;
}
