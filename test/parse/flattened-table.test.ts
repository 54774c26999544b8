import fc from 'fast-check';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { isValueCell, planFlattenedTable } from '../../src/lib/parse/flattened-table.ts';
import type { Parent } from '../../src/lib/tree/types.ts';
import { leafText, nodesOf, parseFile, parseText } from './helpers.ts';

const cellsOf = (row: Parent) => nodesOf(row, 'cell').map((cell) => cell.text);
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
      rows: [0, 1, 2, 3].map((i) => ({ lines: [i], header: false })),
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

describe("Mutsu's 運用状況 tables", () => {
  const { tree, file } = parseFile('content/sources/mutsu/privacy-system.txt');
  const tables = nodesOf(tree, 'table');

  it('put the header cells printed one per line into one row', () => {
    expect(tables).toHaveLength(3);
    const fy2020 = nodesOf(tables[2]!, 'row');
    expect(fy2020.map(cellsOf)).toEqual([
      ['開示', '請求', '処理の状況', '訂正', '請求', '利用', '停止', '苦情', '相談', '審査', '請求'],
      ['開示', '一部開示', '不開示', '不存在', '取下げ'],
      ['1', '0', '1', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(fy2020.map((row) => row.header === true)).toEqual([true, true, false]);
    expect(nodesOf(tables[0]!, 'row').map((row) => row.header)).toEqual([true, true]);
  });

  it('report the inference where each table starts', () => {
    expect(rulesOf(file, 'inferred-table-rows')).toEqual([76, 102, 129]);
  });
});
