import fc from 'fast-check';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { emitDocument } from '../../src/lib/emit/index.ts';
import {
  evenGroups,
  isValueCell,
  planFlattenedTable,
  planFlattenedTables,
} from '../../src/lib/parse/flattened-table.ts';
import type { Parent } from '../../src/lib/tree/types.ts';
import { leafText, nodesOf, parseFile, parseText } from './helpers.ts';

const cellsOf = (row: Parent) => nodesOf(row, 'cell').map((cell) => cell.text);
/** A cell as text with its spans: 処理の状況/c5, 開示請求/r2. */
const spannedCellsOf = (row: Parent) =>
  nodesOf(row, 'cell').map(
    (cell) =>
      `${cell.text}${cell.colspan ? `/c${cell.colspan}` : ''}${cell.rowspan ? `/r${cell.rowspan}` : ''}`,
  );
const flat = (text: string) => text.split('\n').map((line) => ({ cells: line.split(' ') }));
/** Columns a rebuilt table's rows fill, spans counted (a cell spanning rows fills the rows below). */
function columnCounts(table: Parent): number[] {
  const carried: number[] = [];
  return nodesOf(table, 'row').map((row, r) => {
    let count = carried[r] ?? 0;
    for (const cell of nodesOf(row, 'cell')) {
      count += cell.colspan ?? 1;
      for (let below = 1; below < (cell.rowspan ?? 1); below++)
        carried[r + below] = (carried[r + below] ?? 0) + (cell.colspan ?? 1);
    }
    return count;
  });
}
const rulesOf = (file: VFile, rule: string) =>
  file.messages.filter((m) => m.ruleId === rule).map((m) => m.line);

describe('a table flattened one cell per line', () => {
  it('is read as columns when the header period repeats exactly', () => {
    const text = '窓口の利用状況\n\n窓口\n件数\n割合\n本庁\n12\n60%\n支所\n8\n40%\n';
    // 本庁/支所 are words, not values: the period must not be cut there
    expect(
      planFlattenedTable(
        text
          .split('\n')
          .slice(2, -1)
          .map((l) => ({ cells: [l] })),
      ).inferred,
    ).toBeUndefined();
    const values = '窓口の利用状況\n\n開示請求\n訂正請求\n利用停止\n12\n0\n3\n8\n1\n―\n';
    const { tree, file } = parseText(values, { style: 'page' });
    const [table] = nodesOf(tree, 'table');
    const rows = nodesOf(table!, 'row');
    expect(rows.map(cellsOf)).toEqual([
      ['開示請求', '訂正請求', '利用停止'],
      ['12', '0', '3'],
      ['8', '1', '―'],
    ]);
    expect(rows.map((row) => row.header === true)).toEqual([true, false, false]);
    expect(rows.map((row) => row.id)).toEqual(['doc-t1-r1', 'doc-t1-r2', 'doc-t1-r3']);
    expect(rulesOf(file, 'inferred-table-rows')).toEqual([3]);
    expect(leafText(tree)).toBe(values);
  });

  it('stays one cell per line when the period does not repeat exactly', () => {
    const text = '窓口の利用状況\n\n開示請求\n訂正請求\n利用停止\n12\n0\n3\n8\n';
    const { tree, file } = parseText(text, { style: 'page' });
    const rows = nodesOf(nodesOf(tree, 'table')[0]!, 'row');
    expect(rows.map(cellsOf)).toEqual([
      ['開示請求'],
      ['訂正請求'],
      ['利用停止'],
      ['12'],
      ['0'],
      ['3'],
      ['8'],
    ]);
    expect(rows.some((row) => row.header)).toBe(false);
    expect(rulesOf(file, 'inferred-table-rows')).toEqual([]);
    expect(rulesOf(file, 'flattened-table')).toEqual([3]);
    expect(leafText(tree)).toBe(text);
  });

  it('keeps words after the header as rows of their own (no period of values)', () => {
    const lines = ['区分', '件数', '本庁', '支所'].map((l) => ({ cells: [l] }));
    expect(planFlattenedTable(lines)).toEqual({
      rows: [0, 1, 2, 3].map((line) => ({ cells: [{ tokens: [{ line, token: 0 }] }], header: false })),
    });
  });

  it('tells values from words', () => {
    for (const value of ['0', '12', '1,234', '３', '60%', '―', '○', '-'])
      expect(isValueCell(value)).toBe(true);
    for (const word of ['開示', '処理の状況', '令和4年度', 'A']) expect(isValueCell(word)).toBe(false);
  });

  it('loses nothing, whatever the period and the values', () => {
    const word = fc.constantFrom('開示', '請求', '処理の状況', '訂正', '不存在', '取下げ');
    const value = fc.constantFrom('0', '1', '12', '―', '1,234');
    const gap = fc.constantFrom('\n', '\n\n', '\r\n', '\n\u3000\n');
    const tableArb = fc
      .record({
        header: fc.array(word, { minLength: 2, maxLength: 6 }),
        values: fc.array(value, { maxLength: 20 }),
        gaps: fc.array(gap, { minLength: 30, maxLength: 30 }),
      })
      .map(({ header, values, gaps }) =>
        ['運用状況', ...header, ...values].map((line, i) => line + gaps[i]).join(''),
      );
    fc.assert(
      fc.property(tableArb, (text) => {
        const { tree } = parseText(text, { style: 'page' });
        expect(leafText(tree)).toBe(text);
        for (const table of nodesOf(tree, 'table')) {
          const rows = nodesOf(table, 'row');
          const widths = new Set(rows.map((row) => nodesOf(row, 'cell').length));
          // read as columns only when every row has the header's width
          if (rows[0]!.header) expect(widths.size).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a header stacked one line per piece over rows of figures', () => {
  it('groups broken header cells by the columns the figures fix', () => {
    const text = '保有個人情報の開示請求等の件数の推移\n\n開示\n請求\n訂正\n請求\n相談\n12 3 40\n8 0 31\n';
    const { tree, file } = parseText(text, { style: 'page' });
    const rows = nodesOf(nodesOf(tree, 'table')[0]!, 'row');
    expect(rows.map(cellsOf)).toEqual([
      ['開示請求', '訂正請求', '相談'],
      ['12', '3', '40'],
      ['8', '0', '31'],
    ]);
    expect(rows.map((row) => row.header === true)).toEqual([true, false, false]);
    expect(nodesOf(rows[0]!, 'cell').every((cell) => cell.header)).toBe(true);
    expect(rulesOf(file, 'inferred-table-rows')).toEqual([3]);
    expect(leafText(tree)).toBe(text);
  });

  it('spans a second header row with the cell printed unbroken', () => {
    const plan = planFlattenedTable(flat('区分\n件数\n処理の内訳\n備考\n欄\n承認 却下 保留\n5 3 1 1 0 2'));
    expect(
      plan.rows.map((row) =>
        row.cells.map((cell) => [cell.tokens.length, cell.colspan ?? 1, cell.rowspan ?? 1]),
      ),
    ).toEqual([
      [
        [1, 1, 2],
        [1, 1, 2],
        [1, 3, 1],
        [2, 1, 2],
      ],
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
    ]);
    expect(plan.rows.map((row) => row.header)).toEqual([true, true, false]);
  });

  it('keeps a row that lost figures as printed, in one cell across the table', () => {
    const plan = planFlattenedTable(flat('開示\n請求\n訂正\n請求\n1 2\n3'));
    expect(plan.rows.at(-1)!.cells).toEqual([{ tokens: [{ line: 5, token: 0 }], colspan: 2 }]);
    expect(plan.misfits).toEqual([{ line: 5, reason: '1 figures in a row of 2 columns' }]);
  });

  it('reads a table without figures as its siblings with the same header', () => {
    const header = '開示\n請求\n処理の状況\n訂正\n請求\n開示 不開示';
    const [bare, short, full] = planFlattenedTables([
      flat(header),
      flat(`${header}\n1 0`),
      flat(`${header}\n4 3 1 0`),
    ]);
    for (const plan of [bare!, short!, full!])
      expect(plan.rows[0]!.cells.map((cell) => cell.tokens.length)).toEqual([2, 1, 2]);
    expect(short!.misfits).toHaveLength(1);
    expect(full!.misfits).toBeUndefined();
  });

  it('splits into the most even groups', () => {
    expect(evenGroups([2, 2, 5, 2, 2], 3)).toEqual([[0, 1], [2], [3, 4]]);
    expect(evenGroups([1, 1, 1], 3)).toEqual([[0], [1], [2]]);
    // 開示/請求/訂正/請求/相談: 請求 ends cells
    expect(evenGroups([2, 2, 2, 2, 2], 3, [false, true, false, true, false])).toEqual([[0, 1], [2, 3], [4]]);
    expect(evenGroups([2, 2, 2, 2, 2], 3, [false, false, true, false, true])).toEqual([[0], [1, 2], [3, 4]]);
  });

  it('fills every row to the same number of columns, and loses nothing', () => {
    const word = fc.constantFrom('開示', '請求', '処理の状況', '訂正', '不存在', '取下げ', '苦情');
    const value = fc.constantFrom('0', '1', '12', '―', '1,234');
    const tableArb = fc
      .record({
        stacked: fc.array(word, { minLength: 2, maxLength: 9 }),
        sub: fc.option(fc.array(word, { minLength: 2, maxLength: 4 }), { nil: undefined }),
        rows: fc.array(fc.array(value, { minLength: 1, maxLength: 9 }), { maxLength: 3 }),
      })
      .map(({ stacked, sub, rows }) =>
        ['運用状況', '', ...stacked, ...(sub ? [sub.join(' ')] : []), ...rows.map((r) => r.join(' '))].join(
          '\n',
        ),
      );
    fc.assert(
      fc.property(tableArb, (text) => {
        const { tree } = parseText(text, { style: 'page' });
        expect(leafText(tree)).toBe(text);
        for (const table of nodesOf(tree, 'table')) {
          // rebuilt with spans: every row fills the same columns
          if (nodesOf(table, 'cell').some((cell) => cell.colspan || cell.rowspan))
            expect(new Set(columnCounts(table)).size).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("Mutsu's 運用状況 tables", () => {
  const { tree, file } = parseFile('content/sources/mutsu/privacy-system.txt');
  const tables = nodesOf(tree, 'table');

  it('put every figure under its header: 処理の状況 over its five columns, the others over two rows', () => {
    expect(tables).toHaveLength(3);
    const fy2020 = nodesOf(tables[2]!, 'row');
    expect(fy2020.map(spannedCellsOf)).toEqual([
      ['開示請求/r2', '処理の状況/c5', '訂正請求/r2', '利用停止/r2', '苦情相談/r2', '審査請求/r2'],
      ['開示', '一部開示', '不開示', '不存在', '取下げ'],
      ['1', '0', '1', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(fy2020.map((row) => row.header === true)).toEqual([true, true, false]);
    for (const table of tables) expect(new Set(columnCounts(table))).toEqual(new Set([10]));
  });

  it('read the table without figures (令和4年度) as the others', () => {
    expect(nodesOf(tables[0]!, 'row').map(spannedCellsOf)[0]).toEqual([
      '開示請求/r2',
      '処理の状況/c5',
      '訂正請求/r2',
      '利用停止/r2',
      '苦情相談/r2',
      '審査請求/r2',
    ]);
  });

  it('keep 令和3年度 (8 figures for 10 columns) as printed, with a warning', () => {
    expect(nodesOf(tables[1]!, 'row').map(spannedCellsOf).at(-1)).toEqual(['1 0 0 0 0 0 0 0/c10']);
    expect(rulesOf(file, 'table-row-misfit')).toEqual([125]);
  });

  it('end where the page goes on: the share links after the last table are not in its last row', () => {
    const leafTypes = (node: Parent): string[] =>
      node.children.flatMap((child) => ('children' in child ? leafTypes(child) : [child.type]));
    for (const table of tables) expect(leafTypes(table)).not.toContain('chrome');
  });

  it('print a header cell broken over lines as one word (開示 / 請求 → 開示請求)', () => {
    const { mdx } = emitDocument(tree);
    expect(mdx).toMatch(/<Cell id="h-19-t1-r1-c1" header="true" rowspan="2">\s*開示請求\s*<\/Cell>/);
    expect(mdx).toMatch(/<Cell id="h-19-t1-r1-c2" header="true" colspan="5">\s*処理の状況\s*<\/Cell>/);
  });

  it('report the inference where each table starts', () => {
    expect(rulesOf(file, 'inferred-table-rows')).toEqual([76, 102, 129]);
  });
});
