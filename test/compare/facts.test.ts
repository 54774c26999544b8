import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { extractFacts, FACT_KEYS, type Fact } from '../../src/lib/compare/facts.ts';
import { collectAnchors, findNode } from '../../src/lib/compare/units.ts';
import { loadCorpus } from '../../src/lib/ingest/index.ts';
import { loadSeeds, seed } from './seeds.ts';

/** [value, anchor, counting?] — read from content/sources/{city}/*.txt by hand. */
type Expected = Partial<Record<(typeof FACT_KEYS)[number], readonly [Fact['value'], string, string?]>>;

const EXPECTED: Record<string, Expected> = {
  hyuga: {
    // 第19条 何人も…開示を請求することができる / 2 法定代理人は、本人に代わって…
    'disclosure.right': [true, 'art-19-p1'],
    'request.anyone': [true, 'art-19-p1'],
    'request.by_representative': [true, 'art-19-p2'],
    // 第20条 書面(開示請求書)を実施機関に提出 / 2 本人であることを示す書類を提示し、又は提出
    'request.in_writing': [true, 'art-20-p1'],
    'request.id_required': [true, 'art-20-p2'],
    // 第26条 開示請求があった日から起算して14日以内 / 2 起算して60日を限度として延長
    'disclosure.decision_days': [14, 'art-26-p1', 'request-day'],
    'disclosure.extension_max_days': [60, 'art-26-p2', 'request-day'],
    // 第27条 著しく大量であるため…相当の期間内に開示決定等をすれば足りる (the special extension)
    'disclosure.special_extension': [true, 'art-27-p1'],
    // 第31条 口頭により開示請求をすることができる (あらかじめ定めた保有個人情報)
    'request.oral': [true, 'art-31-p1'],
    // 第33条 写しの交付に要する費用を負担 (amounts left to 規則: not stated)
    'fee.copy_cost_borne': [true, 'art-33-p1'],
    // 第34条 訂正を請求することができる / 3 開示を受けた日から90日以内
    'correction.right': [true, 'art-34-p1'],
    'correction.request_within_days': [90, 'art-34-p3', 'next-day-civil-code'],
    // 第38条 訂正請求があった日から起算して30日以内 / 2 30日以内に限り延長
    'correction.decision_days': [30, 'art-38-p1', 'request-day'],
    'correction.extension_max_days': [30, 'art-38-p2', 'added'],
    // 第42条 利用停止請求権 / 3 開示を受けた日から90日以内
    'suspension.right': [true, 'art-42-p1'],
    'suspension.request_within_days': [90, 'art-42-p3', 'next-day-civil-code'],
    // 第46条 利用停止請求があった日から起算して30日以内 / 2 30日以内に限り延長
    'suspension.decision_days': [30, 'art-46-p1', 'request-day'],
    'suspension.extension_max_days': [30, 'art-46-p2', 'added'],
    // 第48条 行政不服審査法による審査請求 → 日向市情報公開・個人情報保護審査会に諮問
    'appeal.review_request': [true, 'art-48-p1'],
    'appeal.review_board': ['日向市情報公開・個人情報保護審査会', 'art-48-p1'],
    // 第51条 日向市個人情報保護審議会を置く / 第52条 委員8人以内
    'council.name': ['日向市個人情報保護審議会', 'art-51-p1'],
    'council.max_members': [8, 'art-52-p1'],
    // 第2条 「実施機関」とは、市長、教育委員会、選挙管理委員会、公平委員会、監査委員、農業委員会及び固定資産評価審査委員会
    agencies: [
      [
        '市長',
        '教育委員会',
        '選挙管理委員会',
        '公平委員会',
        '監査委員',
        '農業委員会',
        '固定資産評価審査委員会',
      ],
      'art-2-p1',
    ],
    // 第61条 2年以下の懲役又は100万円以下の罰金 (第62条・第63条 1年/50万円) / 第64条 5万円以下の過料
    'penalty.max_prison_years': [2, 'art-61-p1'],
    'penalty.max_fine_yen': [1_000_000, 'art-61-p1'],
    'penalty.max_administrative_fine_yen': [50_000, 'art-64-p1'],
  },
  mutsu: {
    // 保有個人情報とは: この条例で開示、訂正、利用停止を請求することができる個人情報の対象
    'disclosure.right': [true, 'h-3-b1'],
    'correction.right': [true, 'h-3-b1'],
    'suspension.right': [true, 'h-3-b1'],
    // 実施機関とは: (市長、教育委員会、選挙管理委員会、監査委員、農業委員会、固定資産評価審査委員会、公営企業管理者、議会)
    agencies: [
      [
        '市長',
        '教育委員会',
        '選挙管理委員会',
        '監査委員',
        '農業委員会',
        '固定資産評価審査委員会',
        '公営企業管理者',
        '議会',
      ],
      'h-4-b1',
    ],
  },
  nagareyama: {
    // この制度の対象となる市の機関: 市長、…、消防長および土地開発公社並びに議会
    agencies: [
      [
        '市長',
        '教育委員会',
        '選挙管理委員会',
        '監査委員',
        '農業委員会',
        '固定資産評価審査委員会',
        '水道事業管理者',
        '消防長',
        '土地開発公社',
        '議会',
      ],
      'h-3-b1',
    ],
    'disclosure.right': [true, 'h-8-b1'],
    'correction.right': [true, 'h-9-b1'],
    'suspension.right': [true, 'h-10-b1'],
    // 請求できる人: 本人であれば、だれでも請求することができます
    'request.anyone': [true, 'h-12-b1'],
    // 請求の方法: 情報公開コーナーで…所定の請求書に…提出 / 運転免許証や旅券など / 郵送による受付はできません
    'request.in_writing': [true, 'h-13-b1'],
    'request.where': ['市役所第1庁舎2階の情報公開コーナー', 'h-13-b1'],
    'request.id_required': [true, 'h-13-b2'],
    'request.by_mail': [false, 'h-13-b3'],
    // 請求に対する決定: 提出した日の翌日から起算して14日以内 / 提出した日から30日以内
    'disclosure.decision_days': [14, 'h-14-b1', 'next-day'],
    'correction.decision_days': [30, 'h-14-b2', 'next-day-civil-code'],
    // 費用: 手数料は、無料 / 写し1枚につき単色刷り10円、カラー50円等の実費
    'fee.request_yen': [0, 'h-16-b1'],
    'fee.copy_cost_borne': [true, 'h-16-b1'],
    'fee.copy_mono_yen': [10, 'h-16-b1'],
    'fee.copy_color_yen': [50, 'h-16-b1'],
  },
  odawara: {
    // 第9条 ご本人またはその代理人から開示、訂正・追加・削除、利用停止・消去…の請求をすることができます
    'disclosure.right': [true, 'art-9-p1'],
    'correction.right': [true, 'art-9-p1'],
    'suspension.right': [true, 'art-9-p1'],
    'request.by_representative': [true, 'art-9-p1'],
    // 請求の手続きについては、以下のリンク
    'request.procedure_url': [
      'https://www.city.odawara.kanagawa.jp/field/municipality/disclosure/hogo/p07546.html',
      'art-9-p1-b2',
    ],
    // 2 代理人からの請求であることを当市が確認できた後…遅滞なく…応じます (no document named: no request.id_required)
    'decision.without_delay': [true, 'art-9-p2'],
  },
  // The website privacy policy states none of these facts.
  minato: {},
};

describe('facts of the five seeds', () => {
  let corpus: CompareCorpus;
  let facts: Fact[];
  beforeAll(async () => {
    corpus = await loadSeeds();
    facts = extractFacts(corpus.documents);
  });

  describe.each(Object.entries(EXPECTED))('%s', (city, expected) => {
    it('states exactly the expected facts, at the expected clauses', () => {
      const actual = Object.fromEntries(
        facts
          .filter((fact) => fact.city === city)
          .map((fact) => [fact.key, [fact.value, fact.anchor, ...(fact.counting ? [fact.counting] : [])]]),
      );
      expect(actual).toEqual(expected);
    });

    it('leaves the facts the text does not state absent', () => {
      const stated = new Set(facts.filter((fact) => fact.city === city).map((fact) => fact.key));
      const absent = FACT_KEYS.filter((key) => !(key in expected));
      expect(absent.filter((key) => stated.has(key))).toEqual([]);
    });

    it('quotes the clause each fact cites, and the anchor exists', () => {
      const tree = seed(corpus, city).tree;
      const anchors = collectAnchors(tree);
      for (const fact of facts.filter((candidate) => candidate.city === city)) {
        expect(anchors.has(fact.anchor), `${fact.key} → #${fact.anchor}`).toBe(true);
        expect(fact.quote).toBe(findNode(tree, fact.anchor)?.text?.trim());
      }
    });
  });

  it('reads the nagareyama fee sentence with its units: yen per sheet', () => {
    const mono = facts.find((fact) => fact.city === 'nagareyama' && fact.key === 'fee.copy_mono_yen');
    expect(mono?.unit).toBe('yen-per-sheet');
    expect(mono?.quote).toContain('写し1枚につき単色刷り10円、カラー50円');
  });

  it('accepts sources as loadCorpus returns them (for /api/facts.json)', async () => {
    const { documents } = await loadCorpus('content/sources');
    const fromSources = extractFacts(documents);
    expect(fromSources.map((fact) => `${fact.city} ${fact.key} ${fact.anchor}`)).toEqual(
      facts.map((fact) => `${fact.city} ${fact.key} ${fact.anchor}`),
    );
  });
});
