import { describe, expect, it } from 'vitest';
import { analyzeFile, refAt, seedPath } from './helpers.ts';

/**
 * 小田原市スマートシティサービス・プライバシーポリシー (seed 004): a PDF extraction with
 * full-width digits, a definition table (用語 | 定義) whose first row names a law, definitions in
 * the polite form (以下「当市」といいます), and 第 4 章 printed with spaces.
 */
const path = seedPath('odawara');
if (!path)
  console.warn('Odawara seed tests skipped: neither content/sources/odawara nor ../shared/seeds is present');

const APPI = '415AC0000000057';

describe.skipIf(!path)('seed 004, Odawara policy', () => {
  const { result, messages } = analyzeFile(path!);

  it('reads the definition table row by row, with document scope', () => {
    const table = result.definitions.filter((d) => d.at === 'art-2-p1-t1');
    expect(table.map((d) => d.term)).toEqual([
      '個人情報保護法',
      '法施行条例',
      '法令',
      '個人情報',
      '保有個人情報',
      '会員等',
      '地域アプリ',
      '加盟店',
      '図書館',
    ]);
    expect(new Set(table.map((d) => d.scope))).toEqual(new Set(['document']));
    expect(table.find((d) => d.term === '図書館')?.meaning).toBe('小田原市が管理又は管轄する図書館');
  });

  it('reads a table row naming a law as an abbreviation of that law', () => {
    const appi = result.definitions.find((d) => d.term === '個人情報保護法');
    expect(appi?.law).toMatchObject({
      lawId: APPI,
      lawNum: '平成15年法律第57号',
      url: `https://laws.e-gov.go.jp/law/${APPI}`,
    });
    const ordinance = result.definitions.find((d) => d.term === '法施行条例');
    expect(ordinance?.law?.lawId).toBe('ordinance:令和4年12月16日条例第28号');
  });

  it('reads 以下、「当市」といいます and the unbracketed 以下、利用者等といいます', () => {
    const preamble = result.definitions
      .filter((d) => d.at === 'preamble')
      .map((d) => [d.term, d.scope, d.meaning]);
    expect(preamble).toEqual([
      ['当市', 'following', '小田原市'],
      ['利用者等', 'following', '取引先や会員等など'],
      ['本ポリシー', 'following', expect.stringContaining('本プライバシーポリシー')],
    ]);
  });

  it.each([
    ['art-2-p1-t1-r5-c2', '個人情報保護法第２条第１項', 'art-2-p1'],
    ['art-2-p1-t1-r6-c2', '個人情報保護法第６０条第１項', 'art-60-p1'],
    // printed 第\n\n4 章 across a PDF line break
    ['art-6-p1-i3', '個人情報保護法第4 章第２節', 'ch-4-sec-2'],
    // the policy has no article 16: in a sentence that has just cited the Act, it is the Act's
    ['art-6-p1-i3', '第１６条第２項', 'art-16-p2'],
    ['art-6-p1-i4', '同法第６９条第２項第４号', 'art-69-p2-i4'],
  ])('%s: %s is the Act on the Protection of Personal Information, %s', (from, text, anchor) => {
    const ref = refAt(result, from, text);
    expect(ref.targets).toEqual([]);
    expect(ref.external).toMatchObject({ lawId: APPI, anchor });
  });

  it('deep-links into e-Gov', () => {
    expect(refAt(result, 'art-6-p1-i4', '同法第６９条第２項第４号').external?.url).toBe(
      `https://laws.e-gov.go.jp/law/${APPI}#Mp-At_69-Pr_2-It_4`,
    );
  });

  it.each([
    ['art-9-p2', '前項', ['art-9-p1']],
    ['art-10-p2', '前項', ['art-10-p1']],
    ['art-10-p3', '前２項', ['art-10-p1', 'art-10-p2']],
  ])('%s: %s → %s (full-width numerals)', (from, text, targets) => {
    expect(refAt(result, from, text).targets).toEqual(targets);
  });

  it('resolves every reference and reports nothing', () => {
    expect(result.references.filter((r) => !r.resolved)).toEqual([]);
    expect(messages.filter((m) => m.source === 'reiki-refs')).toEqual([]);
  });

  it('links term uses to the table, the longest term first', () => {
    const uses = (at: string) =>
      result.termRefs.filter((u) => u.at === at).map((u) => [u.term, u.definition]);
    expect(uses('art-3-p1')).toEqual([
      ['当市', 'preamble'],
      ['個人情報', 'art-2-p1-t1'],
    ]);
    expect(uses('art-5-p1')).toEqual([
      ['当市', 'preamble'],
      ['個人情報保護法', 'art-2-p1-t1'],
      ['法令', 'art-2-p1-t1'],
      ['保有個人情報', 'art-2-p1-t1'],
    ]);
  });
});
