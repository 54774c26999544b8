import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/parse/index.ts';
import { definedTerms, titleOf } from '../../src/lib/search/build-index.ts';
import { englishLabel, localizeUnit } from '../../src/lib/search/localize.ts';
import { collectSearchUnits } from '../../src/lib/search/records.ts';

const parse = (path: string, style: 'law' | 'page') =>
  parseSource(new VFile({ path, value: readFileSync(path, 'utf8') }), { style, lang: 'ja' });

describe('search units of a law-style text', () => {
  const units = collectSearchUnits(parse('test/fixtures/laws/municipal-style.txt', 'law'));
  const article = (anchor: string) => units.find((unit) => unit.anchor === anchor)!;

  it('are its articles, with everything inside them', () => {
    const second = article('art-2');
    expect(second).toMatchObject({ type: 'article', label: '第2条', caption: '定義', citation: 'art-2' });
    expect(second.parts.map((part) => part.text).join('\n')).toContain('西暦によるもの');
    expect(second.parts.map((part) => part.key)).toContain('art-2-p2');
  });

  it('and the paragraphs of 附則, each under the caption before it', () => {
    const supplements = units.filter((unit) => unit.type === 'supplement');
    expect(supplements.length).toBeGreaterThan(0);
    expect(supplements.every((unit) => unit.anchor.startsWith('suppl-'))).toBe(true);
  });

  it('read 第2条（定義） in Japanese and Article 2 (Definitions) in English', () => {
    const unit = article('art-2');
    expect(titleOf(localizeUnit(unit, 'ja', 'ja'), 'ja')).toBe('第2条（定義）');
    const english = localizeUnit(unit, 'ja', 'en', new Map([['art-2#caption', 'Definitions']]));
    expect(titleOf(english, 'en')).toBe('Article 2 (Definitions)');
    expect(english.complete).toBe(false);
  });

  it('leave untranslated pieces out when asked, so only English is indexed as English', () => {
    const english = localizeUnit(article('art-2'), 'ja', 'en', new Map([['art-2-p2', 'Limited.']]), false);
    expect(english.text).toBe('2 Limited.');
    expect(english.caption).toBe('');
  });
});

describe('search units of a page', () => {
  const units = collectSearchUnits(parse('content/sources/nagareyama/privacy-system.txt', 'page'));

  it('are its sections: a heading with its own blocks and lists, not its sub-headings', () => {
    const method = units.find((unit) => unit.caption === '請求の方法')!;
    expect(method.type).toBe('heading');
    expect(method.context.map((part) => part.text)).toEqual(['請求方法等']);
    expect(method.parts.map((part) => part.text).join('')).toContain('情報公開コーナー');
    expect(units.find((unit) => unit.caption === '請求方法等')).toBeUndefined();
  });
});

describe('English labels of headings', () => {
  it.each([
    ['第3章', 'Chapter 3'],
    ['第一節', 'Section 1'],
    ['第2章の2', 'Chapter 2-2'],
    ['附則', '附則'],
  ])('%s → %s', (label, english) => {
    expect(englishLabel(label)).toBe(english);
  });
});

describe('defined terms', () => {
  it('are read from 以下「…」という and 「…」とは', () => {
    expect(
      definedTerms(
        '次の各号に掲げる情報(以下「不開示情報」という。)のいずれか。この条例において「実施機関」とは、市長をいう。「個人情報」といいます。',
      ),
    ).toEqual(['不開示情報', '実施機関', '個人情報']);
  });
});
