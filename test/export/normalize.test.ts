import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { toEgovXml } from '../../src/lib/egov/export/index.ts';
import { checkEgovXml } from '../../src/lib/egov/schema.ts';
import { parseSource } from '../../src/lib/parse/index.ts';

describe('e-Gov XML of a text whose divisions do not nest cleanly', () => {
  it('wraps a section printed before the first chapter, and articles after sections, into valid structure', () => {
    const text = [
      '○テスト条例',
      '第1節 通則',
      '第1条 目的。',
      '第1章 総則',
      '第2条 定義。',
      '第2章 雑則',
      '第1節 細則',
      '第3条 委任。',
      '第4条 罰。',
      '',
    ].join('\n\n');
    const xml = toEgovXml(parseSource(new VFile({ path: 't.txt', value: text })), { title: 'テスト条例' });
    expect(checkEgovXml(xml)).toEqual([]);
    for (const n of [1, 2, 3, 4]) expect(xml).toContain(`<Article Num="${n}">`);
  });
});
