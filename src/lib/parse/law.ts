import type { DocumentNode, Parent, ParentType } from '../tree/types.ts';
import type { TreeBuilder } from './builder.ts';
import { chromeRangeKind } from './chrome.ts';
import { readDateLine, readHistoryLine, readNumberLine } from './dates.ts';
import { detectWrapWidth, type Line } from './lines.ts';
import {
  AMENDMENT_RECORD_LINE,
  APPENDIX_LINE,
  ARTICLE_LINE,
  CAPTION_LINE,
  DIVISION_LINE,
  inferredLabel,
  letterPosition,
  type MarkerFamily,
  type MarkerMatch,
  matchMarkers,
  PAGE_BREAK_LINE,
  PARAGRAPH_LINE,
  SUPPLEMENT_LINE,
} from './markers.ts';
import { parseBranchNumber, parseNumeral } from './numerals.ts';

/** Depth ranks: a node closes every open node of equal or greater rank. */
const RANK = {
  top: 1,
  part: 2,
  chapter: 3,
  section: 4,
  subsection: 5,
  division: 6,
  article: 7,
  paragraph: 8,
  item: 9,
  subitem: 10,
  inner: 40,
} as const;

const DIVISION_TYPES: Record<string, ParentType> = {
  編: 'part',
  章: 'chapter',
  節: 'section',
  款: 'subsection',
  目: 'division',
};

/** What the children of a list-holding unit look like so far. */
interface ListState {
  family: MarkerFamily;
  order: 'aiueo' | 'iroha';
  last: number;
}

interface TableState {
  table: Parent;
  row: Parent | undefined;
  cell: Parent | undefined;
  /** index of the active cell in the row */
  column: number;
  pipes: boolean;
  header: string;
}

/** Ends of sentences: a unit whose text ends here is complete. */
const SENTENCE_END = /[。．.)）」]$/;
/** Connectives that open a sentence of the paragraph after its list of items. */
const AFTER_LIST = /^(?:なお|ただし|また|この場合|前各号|上記)[、,]/;
/** Words that announce a list of items or sub-items. */
const ANNOUNCES_LIST = /次に掲げる|次のいずれか|次の各号|次のとおり|以下に掲げる|次の事項/;

/**
 * Parses law-like texts — ordinances, national laws and privacy policies written as articles —
 * into the tree. Two passes in one: each line is classified by its marker, then placed by the
 * marker's family and sequence. Indentation alone never decides nesting; it only revives
 * sub-item markers an extraction lost.
 */
export function parseLawBody(b: TreeBuilder, root: DocumentNode, lines: Line[]): void {
  const src = b.source;
  const wrapWidth = detectWrapWidth(lines);
  const lists = new WeakMap<Parent, ListState>();
  let mode: 'head' | 'toc' | 'body' | 'trailer' = 'head';
  let tocFirst: string | undefined;
  let supplementCount = 0;
  let appendixCount = 0;
  let lastArticle = 0;
  let table: TableState | undefined;
  let history: Parent | undefined;
  let metadata: Parent | undefined;
  let classificationNext = false;
  /** a caption line waiting for the unit it names */
  let pendingCaption: { line: Line; breaks: Array<[number, number]> } | undefined;
  /** the unit that received the last line of text, for wrapped continuations */
  let lastTextUnit: Parent | undefined;
  let prevLine: Line | undefined;

  const isFull = (line: Line | undefined) =>
    wrapWidth !== undefined && line !== undefined && line.width >= wrapWidth - 10 && !/。\s*$/.test(line.raw);

  const flushCaption = (target: Parent) => {
    if (!pendingCaption) return;
    const { line, breaks } = pendingCaption;
    b.leaf('break', line.start, line.start + line.indent, target);
    b.leaf('caption', line.start + line.indent, line.start + line.raw.trimEnd().length, target);
    b.leaf('break', line.start + line.raw.trimEnd().length, line.end, target);
    b.leaf('break', line.end, line.eolEnd, target);
    for (const [s, e] of breaks) b.leaf('break', s, e, target);
    const m = CAPTION_LINE.exec(line.norm.slice(line.indent));
    if (m)
      target.caption = src.slice(line.start + line.indent + 1, line.start + line.indent + 1 + m[1]!.length);
    pendingCaption = undefined;
  };

  /** Caption that did not name an article: its line is plain text after all. */
  const releaseCaption = () => {
    if (!pendingCaption) return;
    const { line, breaks } = pendingCaption;
    pendingCaption = undefined;
    placeText(line, line.start + line.indent, false);
    for (const [s, e] of breaks) b.leaf('break', s, e);
  };

  const openUnit = (type: ParentType, rank: number, parent: Parent | undefined): Parent => {
    const node: Parent = { type, children: [] };
    if (parent) b.openUnder(parent, node, rank);
    else b.open(node, rank);
    return node;
  };

  /** The innermost paragraph/item/sub-item that is open. */
  const currentUnit = (): Parent | undefined => b.nearest('subitem', 'item', 'paragraph');

  /** The paragraph text goes to, creating the unnumbered first paragraph of an article. */
  const ensureParagraph = (): Parent | undefined => {
    const unit = currentUnit();
    if (unit) return unit;
    const holder = b.nearest('article', 'supplement');
    if (!holder) return undefined;
    if (holder.children.some((c) => c.type === 'paragraph')) return undefined;
    const p = openUnit('paragraph', RANK.paragraph, holder);
    p.num = '1';
    return p;
  };

  /** Places a line of text that has no marker of its own. */
  function placeText(line: Line, from: number, continuation: boolean): void {
    const end = line.start + line.raw.length;
    let target: Parent | undefined;
    if (continuation && lastTextUnit && b.stack.includes(lastTextUnit)) {
      target = lastTextUnit;
      b.closeTo(target);
    } else if (
      mode === 'head' ||
      (!b.nearest('article', 'supplement', 'metadata', 'appendix') && mode === 'body')
    ) {
      const preamble = b.nearest('preamble');
      if (continuation && preamble) target = lastTextUnit ?? preamble;
      else {
        const division = b.nearest('chapter', 'section', 'subsection', 'division', 'part');
        b.closeTo(division ?? b.root);
        target = b.open({ type: division ? 'block' : 'preamble', children: [] }, RANK.inner);
      }
    } else {
      const unit = ensureParagraph();
      if (unit?.children.every((c) => c.type !== 'text' && c.type !== 'marker')) target = unit;
      else {
        const unitNow = currentUnit();
        const afterList =
          unitNow && unitNow.type !== 'paragraph' && AFTER_LIST.test(line.norm.slice(line.indent));
        const holder =
          (afterList ? b.nearest('paragraph') : unitNow) ??
          b.nearest('article', 'supplement', 'metadata', 'appendix') ??
          b.current;
        b.closeTo(holder);
        target = b.open({ type: 'block', children: [] }, RANK.inner);
      }
    }
    b.closeTo(target);
    b.leaf('break', line.start, from);
    b.leaf('text', from, end);
    lastTextUnit = target;
  }

  const position = (reading: MarkerMatch, order: 'aiueo' | 'iroha'): number =>
    reading.letter ? letterPosition(reading.letter, order) : reading.num;

  /** Opens an item or sub-item for a marker line; false when the marker fits nowhere. */
  function placeMarker(line: Line, readings: MarkerMatch[]): boolean {
    const units = b.stack.filter((n) => n.type === 'paragraph' || n.type === 'item' || n.type === 'subitem');
    let choice: { parent: Parent; reading: MarkerMatch; pos: number; order: 'aiueo' | 'iroha' } | undefined;
    // 1. the next marker of a list already open
    for (let i = units.length - 1; i >= 0 && !choice; i--) {
      const state = lists.get(units[i]!);
      if (!state) continue;
      for (const r of readings) {
        if (r.family !== state.family) continue;
        const pos = position(r, state.order);
        if (pos === state.last + 1) {
          choice = { parent: units[i]!, reading: r, pos, order: state.order };
          break;
        }
      }
    }
    // 2. the first marker of a new list under the innermost unit
    if (!choice) {
      let parent = units[units.length - 1];
      if (!parent) parent = ensureParagraph();
      if (parent && !lists.get(parent)) {
        for (const r of readings) {
          const order: 'aiueo' | 'iroha' = r.letter === 'イ' ? 'iroha' : 'aiueo';
          const pos = position(r, order);
          if (pos === 1) {
            choice = { parent, reading: r, pos, order };
            break;
          }
        }
      }
    }
    // 3. a drafting slip: a gap, a repeat or a step back in an open list
    if (!choice) {
      const previous = lastTextUnit?.text ?? b.source.slice(prevLine?.start ?? 0, prevLine?.end ?? 0).trim();
      if (!SENTENCE_END.test(previous.trim()) && !/[もの場合とき]$/.test(previous.trim())) return false;
      for (let i = units.length - 1; i >= 0 && !choice; i--) {
        const state = lists.get(units[i]!);
        if (!state) continue;
        const r = readings.find((x) => x.family === state.family);
        if (!r) continue;
        const pos = position(r, state.order);
        if (Number.isNaN(pos) || pos > state.last + 3) continue;
        choice = { parent: units[i]!, reading: r, pos, order: state.order };
        const rule =
          pos === state.last ? 'duplicate-number' : pos > state.last ? 'numbering-gap' : 'out-of-order';
        const expected = state.last + 1;
        b.message(
          `Unexpected marker \`${r.label}\`, expected number ${expected} of this list`,
          rule,
          line.start + line.indent,
          line.start + line.indent + r.length,
        );
      }
    }
    if (!choice) return false;
    const { parent, reading, pos, order } = choice;
    const type: ParentType = parent.type === 'paragraph' ? 'item' : 'subitem';
    const depth =
      parent.type === 'subitem' ? b.rankOf(parent) + 1 : type === 'item' ? RANK.item : RANK.subitem;
    const node = openUnit(type, depth, parent);
    node.label = reading.label;
    node.num = String(pos);
    lists.set(parent, { family: reading.family, order, last: Math.max(pos, lists.get(parent)?.last ?? 0) });
    b.leaf('break', line.start, line.start + line.indent, node);
    const markerEnd = line.start + line.indent + reading.length;
    b.leaf('marker', line.start + line.indent, markerEnd, node);
    b.leaf('text', markerEnd, line.end, node);
    lastTextUnit = node;
    return true;
  }

  /** A sub-item whose marker the extraction lost: an indented line after a list announcement. */
  function placeInferred(line: Line): boolean {
    const unit = currentUnit();
    if (!unit || line.indent === 0) return false;
    const siblingList = unit.type === 'subitem' ? b.stack[b.stack.indexOf(unit) - 1] : undefined;
    const siblingState = siblingList ? lists.get(siblingList) : undefined;
    let parent: Parent;
    if (siblingState?.family === 'inferred' && unit.inferred) parent = siblingList!;
    else if (
      !lists.get(unit) &&
      ANNOUNCES_LIST.test(b.source.slice(b.spans.get(unit)?.start ?? 0, line.start))
    )
      parent = unit;
    else return false;
    const state = lists.get(parent) ?? { family: 'inferred' as const, order: 'aiueo' as const, last: 0 };
    const pos = state.last + 1;
    const type: ParentType = parent.type === 'paragraph' ? 'item' : 'subitem';
    const depth =
      parent.type === 'subitem' ? b.rankOf(parent) + 1 : type === 'item' ? RANK.item : RANK.subitem;
    const node = openUnit(type, depth, parent);
    node.label = type === 'item' ? `(${pos})` : inferredLabel(pos);
    node.num = String(pos);
    node.inferred = true;
    lists.set(parent, { ...state, last: pos });
    b.leaf('break', line.start, line.start + line.indent, node);
    b.leaf('text', line.start + line.indent, line.end, node);
    b.message(
      `Missing marker: inferred ${type} \`${node.label}\` from the indented line after a list announcement`,
      'inferred-marker',
      line.start,
      line.start + line.indent,
      'info',
    );
    lastTextUnit = node;
    return true;
  }

  function startTable(line: Line, pipes: boolean): void {
    const holder = currentUnit() ?? ensureParagraph() ?? b.current;
    b.closeTo(holder);
    const node = b.open({ type: 'table', children: [] }, RANK.inner);
    table = { table: node, row: undefined, cell: undefined, column: 0, pipes, header: line.norm.trim() };
  }

  function addRow(line: Line, cellRanges: Array<[number, number]>, header: boolean): void {
    if (!table) return;
    b.closeTo(table.table);
    const row = b.open({ type: 'row', children: [] }, RANK.inner + 1);
    if (header) row.header = true;
    let cursor = line.start;
    table.row = row;
    table.cell = undefined;
    cellRanges.forEach(([s, e], i) => {
      b.closeTo(row);
      const cell = b.open({ type: 'cell', children: [] }, RANK.inner + 2);
      b.leaf('break', cursor, s, cell);
      b.leaf('text', s, e, cell);
      cursor = e;
      table!.cell = cell;
      table!.column = i;
    });
    if (table.cell) b.leaf('break', cursor, line.end, table.cell);
    lastTextUnit = table.cell;
  }

  function addToCell(line: Line, column: number): void {
    if (!table?.row) return;
    let cell = table.row.children.filter((c) => c.type === 'cell')[column] as Parent | undefined;
    b.closeTo(table.row);
    if (!cell) cell = b.open({ type: 'cell', children: [] }, RANK.inner + 2);
    else b.stack.push(cell);
    b.leaf('break', line.start, line.start + line.indent, cell);
    b.leaf('text', line.start + line.indent, line.end, cell);
    table.cell = cell;
    table.column = column;
    lastTextUnit = cell;
  }

  /** Splits a table line into cells at runs of whitespace (two-column tables split once). */
  function splitCells(line: Line, max: number): Array<[number, number]> {
    const text = line.norm.trimEnd();
    const out: Array<[number, number]> = [];
    const parts: Array<[number, number]> = [];
    for (const m of text.matchAll(/\S+/g)) parts.push([m.index!, m.index! + m[0].length]);
    if (parts.length === 0) return out;
    if (parts.length <= max) return parts.map(([s, e]) => [line.start + s, line.start + e]);
    const head = parts
      .slice(0, max - 1)
      .map(([s, e]) => [line.start + s, line.start + e] as [number, number]);
    const tail: [number, number] = [
      line.start + parts[max - 1]![0],
      line.start + parts[parts.length - 1]![1],
    ];
    return [...head, tail];
  }

  function tableLine(line: Line): boolean {
    if (!table) return false;
    const body = line.norm.slice(line.indent).trimEnd();
    if (table.pipes) {
      if (!body.includes('|')) return false;
      const ranges: Array<[number, number]> = [];
      let from = line.start + line.indent;
      for (const part of body.split('|')) {
        const lead = part.length - part.trimStart().length;
        const s = from + lead;
        const e = from + part.trimEnd().length;
        if (e > s) ranges.push([s, e]);
        from += part.length + 1;
      }
      addRow(line, ranges, false);
      return true;
    }
    // term/definition and item/purpose tables: a key cell, then the rest of the line
    const columns = 2;
    if (body === table.header) {
      addRow(line, splitCells(line, columns), true);
      return true;
    }
    const circled = /^[\u2460-\u2473\u3251-\u325f]/.test(body);
    const cells = splitCells(line, columns);
    const splitsBeforeCircled = /^\S+\s+[\u2460-\u2473]/.test(body);
    const rowHasRight = (table.row?.children.filter((c) => c.type === 'cell').length ?? 0) >= 2;
    if (circled) {
      addToCell(line, Math.max(1, table.column));
      return true;
    }
    if (
      cells.length >= 2 &&
      (splitsBeforeCircled || !circled) &&
      (rowHasRight || !table.row || table.row.header)
    ) {
      if (!table.row || table.row.header || rowHasRight || splitsBeforeCircled) {
        addRow(line, cells, false);
        return true;
      }
    }
    if (!table.row || table.row.header) {
      addRow(line, [[line.start + line.indent, line.start + line.indent + body.length]], false);
      return true;
    }
    addToCell(line, table.column);
    return true;
  }

  const looksLikeTableHeader = (line: Line): boolean => {
    const body = line.norm.slice(line.indent).trim();
    const tokens = body.split(/\s+/);
    return (
      tokens.length >= 2 &&
      tokens.length <= 4 &&
      tokens.every((t) => t.length <= 8 && !/[、。,.:;()「」]/.test(t) && !/^\d+$/.test(t)) &&
      b.nearest('article') !== undefined
    );
  };

  const endsMainText = (line: Line): boolean => {
    const body = line.norm.trim().replace(/^[○◎●]/, '');
    return (
      (root.title !== undefined && supplementCount > 0 && body === root.title.replace(/\s/g, '')) ||
      body === '沿革情報' ||
      body === '体系情報'
    );
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.blank) {
      if (pendingCaption) pendingCaption.breaks.push([line.start, line.eolEnd]);
      else b.leaf('break', line.start, line.eolEnd);
      continue;
    }
    const body = line.norm.slice(line.indent).trimEnd();
    const at = line.start + line.indent;
    const finishLine = () => {
      if (pendingCaption) pendingCaption.breaks.push([line.end, line.eolEnd]);
      else b.leaf('break', line.end, line.eolEnd);
      prevLine = line;
    };

    const furniture = PAGE_BREAK_LINE.test(body) ? 'page-break' : chromeRangeKind(b, line);
    if (furniture) {
      b.leaf('break', line.start, at);
      b.leaf('chrome', at, line.end, b.current, furniture);
      finishLine();
      continue;
    }

    // reiki trailer: title repeated, dates, classification, amendment history
    if (mode !== 'trailer' && mode !== 'head' && endsMainText(line)) {
      releaseCaption();
      mode = 'trailer';
      metadata = b.open({ type: 'metadata', children: [], data: {} }, RANK.top);
    }
    if (mode === 'trailer' && metadata) {
      metadata.data ??= {};
      const data = metadata.data;
      let target: Parent = metadata;
      const historyEntry = history ? readHistoryLine(body) : undefined;
      if (body === '沿革情報') {
        b.closeTo(metadata);
        history = b.open({ type: 'history', children: [] }, RANK.top + 1);
        target = history;
      } else if (historyEntry && history) {
        b.closeTo(history);
        target = b.open({ type: 'historyEntry', children: [], ...historyEntry }, RANK.top + 2);
      } else if (body === '体系情報') {
        classificationNext = true;
      } else if (classificationNext) {
        data.classification = body;
        classificationNext = false;
      } else if (/^\((.*)施行\)$/.test(body)) {
        const d = readDateLine(body.slice(1, -3));
        data.enforced = body.slice(1, -3);
        if (d) data.enforcedIso = d;
      } else {
        const dateNumber = /^(.*日)\s*(.*号)$/.exec(body);
        if (dateNumber) {
          data.promulgated = dateNumber[1]!;
          data.number = dateNumber[2]!;
        } else if (!data.title) data.title = body.replace(/^[○◎]/, '');
      }
      b.closeTo(target);
      b.leaf('break', line.start, at, target);
      b.leaf('text', at, line.end, target);
      finishLine();
      continue;
    }

    // document head: title, date, number, table of contents
    if (mode === 'head') {
      const isStructure =
        ARTICLE_LINE.test(body) ||
        CAPTION_LINE.test(body) ||
        SUPPLEMENT_LINE.test(body) ||
        DIVISION_LINE.test(body);
      if (body === '目次') {
        mode = 'toc';
        const toc = b.open({ type: 'toc', children: [] }, RANK.top);
        b.leaf('break', line.start, at, toc);
        b.leaf('marker', at, line.end, toc);
        finishLine();
        continue;
      }
      if (!isStructure) {
        if (!root.title && !b.root.children.some((c) => c.type === 'title' || c.type === 'preamble')) {
          const node = b.open({ type: 'title', children: [] }, RANK.top);
          b.leaf('break', line.start, at, node);
          b.leaf('text', at, line.end, node);
          root.title = b.source
            .slice(at, line.end)
            .trim()
            .replace(/^[○◎●]\s*/, '');
          node.title = root.title;
          finishLine();
          continue;
        }
        const date = readDateLine(body);
        const number = readNumberLine(body);
        if ((date || number) && !b.root.children.some((c) => c.type === 'preamble')) {
          const node = b.nearest('enactment') ?? b.open({ type: 'enactment', children: [] }, RANK.top);
          if (date) {
            root.promulgated = body;
            root.promulgatedIso = date;
          }
          if (number) {
            // a national law number carries its year (平成十五年法律第五十七号): that is the number
            root.number =
              number.dateText && !number.date ? `${number.dateText}${number.number}` : number.number;
            if (number.dateText && !root.promulgated) root.promulgated = number.dateText;
            if (number.date && !root.promulgatedIso) root.promulgatedIso = number.date;
          }
          b.leaf('break', line.start, at, node);
          b.leaf('text', at, line.end, node);
          finishLine();
          continue;
        }
        const continuation = isFull(prevLine) && lastTextUnit?.type === 'preamble';
        placeText(line, at, continuation);
        finishLine();
        continue;
      }
      mode = 'body';
      b.closeTo(b.root);
    }

    if (mode === 'toc') {
      const div = DIVISION_LINE.exec(body);
      const isSupplement = SUPPLEMENT_LINE.test(body);
      const key = div ? `${div[2]}${parseNumeral(div[1]!)}` : undefined;
      if ((div && key === tocFirst) || ARTICLE_LINE.test(body) || CAPTION_LINE.test(body)) {
        mode = 'body';
        b.closeTo(b.root);
      } else if (div || isSupplement) {
        tocFirst ??= key;
        const toc = b.nearest('toc')!;
        b.closeTo(toc);
        const entry = b.open({ type: 'tocEntry', children: [] }, RANK.top + 1);
        entry.label = body.split(/\s/)[0]!;
        const entryTitle = (div?.[4] ?? '').replace(/\(第.*\)$/, '').trim();
        if (entryTitle) entry.title = entryTitle;
        b.leaf('break', line.start, at, entry);
        b.leaf('text', at, line.end, entry);
        finishLine();
        if (isSupplement) {
          mode = 'body';
          b.closeTo(b.root);
        }
        continue;
      } else {
        mode = 'body';
        b.closeTo(b.root);
      }
    }

    // body
    if (table?.pipes && body.includes('|') && tableLine(line)) {
      finishLine();
      continue;
    }
    if (pendingCaption && !ARTICLE_LINE.test(body) && !PARAGRAPH_LINE.test(body)) releaseCaption();

    const appendix = APPENDIX_LINE.exec(body);
    if (appendix && (supplementCount > 0 || lastArticle > 0 || appendixCount > 0)) {
      table = undefined;
      releaseCaption();
      appendixCount++;
      const node = b.open({ type: 'appendix', children: [] }, RANK.top);
      node.label = src.slice(at, at + appendix[1]!.length + (appendix[2]?.length ?? 0));
      node.num = String(appendixCount);
      if (appendix[3]) node.title = appendix[3].slice(1, -1);
      b.leaf('break', line.start, at, node);
      b.leaf('marker', at, line.end, node);
      lastTextUnit = undefined;
      finishLine();
      continue;
    }

    const supplement = SUPPLEMENT_LINE.exec(body);
    if (supplement) {
      table = undefined;
      supplementCount++;
      const node = b.open({ type: 'supplement', children: [] }, RANK.top);
      node.label = src.slice(at, line.end).trim();
      node.num = String(supplementCount);
      if (supplement[1]) node.amendment = supplement[1];
      b.leaf('break', line.start, at, node);
      b.leaf('marker', at, line.end, node);
      lastArticle = 0;
      lastTextUnit = undefined;
      finishLine();
      continue;
    }

    const division = DIVISION_LINE.exec(body);
    if (division?.[4] && !/^[のにをはがでと]/.test(division[4])) {
      table = undefined;
      releaseCaption();
      const kind = division[2]!;
      const type = DIVISION_TYPES[kind]!;
      const node = b.open({ type, children: [] }, RANK[type as 'part']);
      const num = parseBranchNumber(division[1]!, division[3] ?? '');
      if (num) node.num = num;
      const labelEnd = at + division[1]!.length + 2 + (division[3]?.length ?? 0);
      node.label = src.slice(at, labelEnd);
      node.title = src.slice(line.start + line.norm.indexOf(division[4]), line.end).trim();
      b.leaf('break', line.start, at, node);
      b.leaf('marker', at, labelEnd, node);
      b.leaf('text', labelEnd, line.end, node);
      lastTextUnit = undefined;
      finishLine();
      continue;
    }

    if (CAPTION_LINE.test(body) && !AMENDMENT_RECORD_LINE.test(body)) {
      let next: Line | undefined;
      for (let k = index + 1; k < lines.length && !next; k++) if (!lines[k]!.blank) next = lines[k];
      const nextBody = next ? next.norm.slice(next.indent) : '';
      if (
        next &&
        (ARTICLE_LINE.test(nextBody) || (b.nearest('supplement') && PARAGRAPH_LINE.test(nextBody)))
      ) {
        releaseCaption();
        pendingCaption = { line, breaks: [] };
        prevLine = line;
        continue;
      }
    }

    const article = ARTICLE_LINE.exec(body);
    if (article && !(isFull(prevLine) && lastTextUnit)) {
      table = undefined;
      const num = parseBranchNumber(article[1]!, article[2] ?? '');
      const inSupplement = b.nearest('supplement') !== undefined;
      const node: Parent = { type: 'article', children: [] };
      b.open(node, RANK.article);
      flushCaption(node);
      if (num) node.num = num;
      const markerEnd =
        at + article[0].trimEnd().length - (article[5] !== undefined ? article[5].length + 2 : 0);
      node.label = src.slice(at, markerEnd);
      if (article[3]) {
        const through = parseBranchNumber(article[3], article[4] ?? '');
        if (through) node.through = through;
      }
      const head = num ? Number(num.split('_')[0]) : Number.NaN;
      if (!inSupplement && !Number.isNaN(head) && head < lastArticle) {
        b.message(
          `Unexpected article \`${node.label}\` after article ${lastArticle}, expected a higher number`,
          'out-of-order',
          at,
          markerEnd,
        );
      }
      if (!Number.isNaN(head)) lastArticle = Math.max(lastArticle, head);
      b.leaf('break', line.start, at, node);
      b.leaf('marker', at, markerEnd, node);
      if (article[5] !== undefined) {
        const capStart = markerEnd;
        const capEnd = capStart + article[5].length + 2;
        b.leaf('caption', capStart, capEnd, node);
        node.caption = src.slice(capStart + 1, capEnd - 1);
      }
      const textStart = at + article[0].length;
      const rest = src.slice(textStart, line.end);
      if (rest.trim()) {
        if (/^削\s*除\s*$/.test(rest.trim())) node.deleted = true;
        b.leaf('break', at + article[0].trimEnd().length, textStart, node);
        const p = openUnit('paragraph', RANK.paragraph, node);
        p.num = '1';
        b.leaf('text', textStart, line.end, p);
        lastTextUnit = p;
      } else {
        b.leaf('break', at + article[0].trimEnd().length, line.end, node);
        lastTextUnit = undefined;
      }
      finishLine();
      continue;
    }

    if (table && tableLine(line)) {
      finishLine();
      continue;
    }

    const paragraph = PARAGRAPH_LINE.exec(body);
    const holder = b.nearest('article', 'supplement');
    if (paragraph && holder && !(isFull(prevLine) && lastTextUnit)) {
      const n = Number(paragraph[1]);
      const paragraphs = holder.children.filter((c) => c.type === 'paragraph') as Parent[];
      const lastNum = paragraphs.length ? Number(paragraphs[paragraphs.length - 1]!.num) : 0;
      const labelled = paragraphs.length === 1 && !paragraphs[0]!.label && n === 1;
      const previous = (lastTextUnit ? b.source.slice(prevLine?.start ?? 0, prevLine?.end ?? 0) : '').trim();
      const complete = SENTENCE_END.test(previous) || /[もの場合とき者]$/.test(previous) || !lastTextUnit;
      let accept = n === lastNum + 1 || (n === 1 && paragraphs.length === 0);
      if (!accept && complete && n > lastNum + 1 && n <= lastNum + 3) {
        accept = true;
        // an extract (抄) prints only some paragraphs: its gaps are expected, not slips
        const extract = /抄/.test(b.nearest('supplement')?.label ?? '');
        b.message(
          `Unexpected paragraph number ${n}, expected ${lastNum + 1}`,
          'numbering-gap',
          at,
          at + paragraph[1]!.length,
          extract ? 'info' : 'warning',
        );
      } else if (!accept && complete && n === lastNum && n > 1) {
        accept = true;
        b.message(
          `Unexpected repeated paragraph number ${n}, expected ${lastNum + 1}`,
          'duplicate-number',
          at,
          at + paragraph[1]!.length,
        );
      }
      if (accept && !labelled) {
        table = undefined;
        const p = openUnit('paragraph', RANK.paragraph, holder);
        flushCaption(p);
        p.num = String(n);
        p.label = src.slice(at, at + paragraph[1]!.length);
        b.leaf('break', line.start, at, p);
        b.leaf('marker', at, at + paragraph[0].length, p);
        b.leaf('text', at + paragraph[0].length, line.end, p);
        lastTextUnit = p;
        finishLine();
        continue;
      }
    }
    releaseCaption();

    const readings = matchMarkers(body, src.slice(at, line.end));
    const wrapped = isFull(prevLine) && lastTextUnit !== undefined;
    if (readings.length && !wrapped && b.nearest('article', 'supplement')) {
      table = undefined;
      if (placeMarker(line, readings)) {
        finishLine();
        continue;
      }
    }

    if (
      !wrapped &&
      body.includes(' | ') &&
      b.nearest('article', 'supplement', 'chapter', 'part', 'block', 'appendix')
    ) {
      startTable(line, true);
      tableLine(line);
      finishLine();
      continue;
    }
    if (!wrapped && (body === '[表]' || body === '〔表〕')) {
      startTable(line, true);
      b.leaf('break', line.start, at);
      b.leaf('marker', at, line.end);
      finishLine();
      continue;
    }
    if (!wrapped && !table && looksLikeTableHeader(line)) {
      startTable(line, false);
      addRow(line, splitCells(line, 4), true);
      finishLine();
      continue;
    }

    if (!wrapped && placeInferred(line)) {
      finishLine();
      continue;
    }

    const trailingDate =
      /^(?:\d{4}|(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2}))年\d{1,2}月\d{1,2}日\s*(制定|改定|改正|施行)$/.exec(
        body,
      );
    if (trailingDate && !wrapped) {
      metadata = b.open({ type: 'metadata', children: [], data: {} }, RANK.top);
      const date = readDateLine(body.replace(/\s*(制定|改定|改正|施行)$/, ''));
      metadata.data![trailingDate[1] === '制定' ? 'enacted' : 'amended'] = date ?? body;
      b.leaf('break', line.start, at, metadata);
      b.leaf('text', at, line.end, metadata);
      finishLine();
      continue;
    }

    placeText(line, at, wrapped);
    finishLine();
  }
  releaseCaption();
}
