import { describe, expect, it } from 'vitest';
import type { Parent } from '../../../src/lib/tree/types.ts';
import { leafText, nodesOf, parseText } from '../helpers.ts';

/** Rows of a table as [text, colspan, rowspan] per cell, header rows marked. */
function rowsOf(table: Parent) {
  return nodesOf(table, 'row').map((row) => ({
    header: row.header === true && nodesOf(row, 'cell').every((c) => c.header === true),
    cells: nodesOf(row, 'cell').map((c) => [c.text, c.colspan ?? 1, c.rowspan ?? 1]),
  }));
}

const law = (appendix: string[]) =>
  [
    '北杜原市手数料条例',
    '(趣旨)',
    '第1条　この条例は、手数料に関し必要な事項を定めるものとする。',
    '(手数料の額)',
    '第2条　手数料の額は、別表のとおりとする。',
    '附 則',
    'この条例は、令和5年4月1日から施行する。',
    ...appendix,
  ].join('\n');

describe('a 別表 a PDF extraction laid out in columns', () => {
  it('is read as rows of cells: a column left blank under a cell is that cell over the row, a piece running past a column spans it', () => {
    const text = law([
      '別表(第2条関係)',
      '  区分                      種別              単位                  金額',
      '  用紙による写しの交付      白黒              A3判まで1枚につき     10円',
      '                            カラー            A3判まで1枚につき     50円',
      '  電磁的記録の写しの交付    光ディスク        1枚につき             100円',
      '  その他                    市長が別に定める額',
    ]);
    const { tree, file } = parseText(text);
    expect(leafText(tree)).toBe(text);
    const [table] = nodesOf(nodesOf(tree, 'appendix')[0]!, 'table');
    expect(rowsOf(table!)).toEqual([
      {
        header: true,
        cells: [
          ['区分', 1, 1],
          ['種別', 1, 1],
          ['単位', 1, 1],
          ['金額', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['用紙による写しの交付', 1, 2],
          ['白黒', 1, 1],
          ['A3判まで1枚につき', 1, 1],
          ['10円', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['カラー', 1, 1],
          ['A3判まで1枚につき', 1, 1],
          ['50円', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['電磁的記録の写しの交付', 1, 1],
          ['光ディスク', 1, 1],
          ['1枚につき', 1, 1],
          ['100円', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['その他', 1, 1],
          ['市長が別に定める額', 2, 1],
        ],
      },
    ]);
    expect(file.messages.filter((m) => m.ruleId === 'column-table').map((m) => m.line)).toEqual([9]);
  });

  it('reads a header of two levels: a heading over the columns its parts name below it', () => {
    const text = law([
      '別表(第2条関係)',
      '  区分                  保存期間',
      '                        起算日                    期間',
      '  条例に関する文書      翌年度の4月1日            30年',
      '  予算に関する文書      翌年度の4月1日            10年',
    ]);
    const { tree } = parseText(text);
    expect(leafText(tree)).toBe(text);
    const [table] = nodesOf(nodesOf(tree, 'appendix')[0]!, 'table');
    expect(rowsOf(table!)).toEqual([
      {
        header: true,
        cells: [
          ['区分', 1, 2],
          ['保存期間', 2, 1],
        ],
      },
      {
        header: true,
        cells: [
          ['起算日', 1, 1],
          ['期間', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['条例に関する文書', 1, 1],
          ['翌年度の4月1日', 1, 1],
          ['30年', 1, 1],
        ],
      },
      {
        header: false,
        cells: [
          ['予算に関する文書', 1, 1],
          ['翌年度の4月1日', 1, 1],
          ['10年', 1, 1],
        ],
      },
    ]);
  });

  it('ends where a line’s pieces leave the columns, and leaves a 別表 of sentences as it was', () => {
    const text = law([
      '別表(第2条関係)',
      '  区分              金額',
      '  住民票の写し      300円',
      '住民票の写しの交付を受ける者は、1通につき300円を納付しなければならない。',
      '別表第2(第2条関係)',
      '一　厚生労働大臣　健康保険法による保険給付の支給に関する事務',
      '二　全国健康保険協会　健康保険法による保険給付の支給に関する事務',
    ]);
    const { tree } = parseText(text);
    expect(leafText(tree)).toBe(text);
    const [first, second] = nodesOf(tree, 'appendix');
    expect(rowsOf(nodesOf(first!, 'table')[0]!).map((r) => r.cells.length)).toEqual([2, 2]);
    expect(nodesOf(first!, 'block').map((b) => b.text)).toEqual([
      '住民票の写しの交付を受ける者は、1通につき300円を納付しなければならない。',
    ]);
    expect(nodesOf(second!, 'table')).toHaveLength(0);
  });

  it('reads a line longer than any page (a PDF extracted without breaks) as text, not as a row', () => {
    const long = '  区分  金額'.repeat(50_000);
    const text = law(['別表(第2条関係)', long, long]);
    const { tree, file } = parseText(text);
    expect(leafText(tree)).toBe(text);
    expect(nodesOf(tree, 'table')).toHaveLength(0);
    expect(file.messages.some((m) => m.ruleId === 'column-table')).toBe(false);
  });
});
