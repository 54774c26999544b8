import { beforeAll, describe, expect, it } from 'vitest';
import { decodeKey } from '../../src/lib/search/encode.ts';
import { definitionAsked, planQuery } from '../../src/lib/search/query.ts';
import { englishStem, findAlternatives, type RelatedGroup } from '../../src/lib/search/related.ts';
import { glossaryGroups, parseSynonymTable, readRelatedGroups } from '../../src/lib/search/related-source.ts';
import type { Vocabulary } from '../../src/lib/search/vocabulary.ts';
import { loadGlossary } from '../../src/lib/translate/index.ts';
import { seedVocabulary } from './corpus-vocabulary.ts';

let vocab: Vocabulary;
beforeAll(async () => {
  const seeds = await seedVocabulary();
  // the seeds' words with the project's related groups, as the browser receives them
  vocab = Object.assign(Object.create(Object.getPrototypeOf(seeds)), seeds, { related: readRelatedGroups() });
});

const shown = (terms: string) =>
  terms
    .split(' ')
    .map((word) => decodeKey(word) ?? word)
    .join(' ');

describe('definition questions', () => {
  it.each([
    ['個人情報とは', '個人情報'],
    ['個人情報とは何ですか', '個人情報'],
    ['実施機関って何', '実施機関'],
    ['不開示情報の意味', '不開示情報'],
    ['個人情報ってどういう意味', '個人情報'],
    ['要配慮個人情報とはどんなものですか', '要配慮個人情報'],
    ['what is personal information', 'personal information'],
    ['What is an implementing agency?', 'implementing agency'],
    ['definition of personal information', 'personal information'],
    ['personal information meaning', 'personal information'],
  ])('%s asks about %s', (query, term) => {
    expect(definitionAsked(query)).toBe(term);
  });

  it.each(['開示請求', 'disclosure deadline', 'とは'])('%s asks about nothing', (query) => {
    expect(definitionAsked(query)).toBeUndefined();
  });

  it('become definition words, in English by the glossary', () => {
    expect(planQuery('個人情報とは', 'ja', vocab).definitions?.map(shown)).toEqual(['§def:個人情報']);
    expect(planQuery('what is personal information', 'en', vocab).definitions?.map(shown)).toContain(
      '§def:個人情報',
    );
  });
});

describe('related readings', () => {
  it('read 手数料 as 費用 too, from the synonym table', () => {
    expect(planQuery('手数料', 'ja', vocab).related.map((r) => shown(r.terms))).toContain('費用');
  });

  it('read an English query in the Japanese of the glossary and the table, whole first', () => {
    const related = planQuery('disclosure deadline', 'en', vocab).related.map((r) => shown(r.terms));
    expect(related[0]).toBe('開示 期限');
    expect(related).toContain('disclosure due date');
  });

  it('leave stopwords out and do not take "how to request" for "request"', () => {
    const plan = planQuery('fee for copies', 'en', vocab);
    expect(shown(plan.readings[0]!.terms)).toBe('fee copies');
    expect(planQuery('request', 'en', vocab).related.map((r) => shown(r.terms))).not.toContain('請求 方法');
  });

  it('are none for a citation', () => {
    expect(planQuery('第26条', 'ja', vocab).related).toEqual([]);
  });

  it('match English by stem, longest stretch first', () => {
    const groups: RelatedGroup[] = [
      { ja: ['期限'], en: ['due date', 'deadline'] },
      { ja: ['日'], en: ['date'] },
    ];
    const found = findAlternatives(['due', 'dates'], groups, vocab, { english: true });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, length: 2 });
    expect(found[0]!.replacements.map((r) => r.keys.join(' '))).toEqual(['期限', 'deadline']);
    expect(englishStem('penalties')).toBe('penalty');
  });
});

describe('amounts in words', () => {
  it('read a sum of yen in English as the keys the Japanese text holds', () => {
    const related = planQuery('fine of one million yen or less', 'en', vocab).related.map((r) =>
      shown(r.terms),
    );
    expect(related).toContain('100 万 円');
    expect(planQuery('one million people', 'en', vocab).related.map((r) => shown(r.terms))).not.toContain(
      '100 万 円',
    );
  });
});

describe('the synonym table', () => {
  it('is read with the glossary, and a bad table is reported with its place', () => {
    expect(readRelatedGroups().length).toBeGreaterThan(100);
    const bad = parseSynonymTable('- ja: 手数料\n  en: [fee]\n');
    expect(bad.groups).toEqual([]);
    expect(String(bad.messages[0])).toMatch(/search-synonyms\.yaml:1:\d+: 0\.ja: /);
    const groups = glossaryGroups(loadGlossary().entries);
    expect(groups.find((group) => group.ja[0] === '開示決定等の期限')?.en).toEqual([
      'due date of decisions on disclosure',
    ]);
    expect(groups.some((group) => group.ja[0] === 'と認められる')).toBe(false);
  });
});

describe('questions in a resident’s words', () => {
  it('read "how long" as a deadline and "how much" as a fee, in English only', async () => {
    const { readQuestion } = await import('../../src/lib/search/query.ts');
    expect(readQuestion('how long does the city have')).toBe('deadline does the city have');
    expect(readQuestion('How many days for a disclosure decision?')).toBe(
      'deadline for a disclosure decision?',
    );
    expect(readQuestion('how much does a copy cost')).toBe('fee does a copy cost');
    expect(readQuestion('longing')).toBe('longing');
    expect(readQuestion('how soon will I hear')).toBe('deadline will I hear');
  });

  it('read "how many members" as a body’s size and "will not be disclosed" as what is withheld', async () => {
    const { readQuestion } = await import('../../src/lib/search/query.ts');
    expect(readQuestion('how many people sit on the council')).toBe(
      'members organization sit on the council',
    );
    expect(readQuestion('how many days')).toBe('deadline');
    expect(readQuestion('what information will not be disclosed')).toBe(
      'what information non-disclosure information',
    );
    expect(readQuestion("records that can't be released")).toBe('records that non-disclosure information');
    // a negation of something else stays
    expect(readQuestion('the city did not correct my records')).toBe('the city did not correct my records');
  });

  it('read 何人 as a body’s size and a negated 開示 as what is withheld, but keep 何人も', async () => {
    const { readQuestion } = await import('../../src/lib/search/query.ts');
    expect(readQuestion('審議会の委員は何人')).toBe('審議会の委員は 組織');
    expect(readQuestion('何人も請求できる')).toBe('何人も請求できる');
    expect(readQuestion('開示されない情報')).toBe('非開示 情報');
    expect(readQuestion('開示してもらえないのはどんなとき')).toBe('非開示 のはどんなとき');
    // the city's decision not to disclose is no question about withheld information
    expect(readQuestion('開示をしない旨の決定')).toBe('開示をしない旨の決定');
  });

  it('read いつ and 何日 as a deadline and drop the verbs a Japanese question is framed with', async () => {
    const { readQuestion } = await import('../../src/lib/search/query.ts');
    expect(readQuestion('開示 何日')).toBe('開示 期限');
    expect(readQuestion('開示請求の返事はいつ来ますか')).toBe('開示請求の返事は 期限');
    expect(readQuestion('開示請求 何日かかる')).toBe('開示請求 期限');
    expect(readQuestion('苦情はどこに言えばいい')).toBe('苦情はどこに');
    expect(readQuestion('開示請求に行くときの持ち物')).toBe('開示請求に ときの持ち物');
    // 行う is what the texts say
    expect(readQuestion('開示を行う')).toBe('開示を行う');
    // いつから asks when a text takes effect, not a deadline
    expect(readQuestion('この条例はいつから施行')).toBe('この条例は 施行 施行');
    expect(readQuestion('いつから始まった')).not.toMatch(/期限/);
    // a verb that is the whole query stays: there is nothing else to search
    expect(readQuestion('来る')).toBe('来る');
    expect(shown(planQuery('開示請求の返事はいつ来ますか', 'ja', vocab).readings[0]!.terms)).not.toMatch(
      /来/,
    );
  });

  it('read the words residents type for a term as the term, never search them for themselves', () => {
    const related = planQuery('開示を断られた', 'ja', vocab).related.map((r) => shown(r.terms));
    expect(related).toContain('開示 審査 請求');
    // 断られた is asked, not a member: 審査請求 is never read as it
    expect(
      planQuery('審査請求', 'ja', vocab)
        .related.map((r) => shown(r.terms))
        .join(' '),
    ).not.toMatch(/断/);
    const groups: RelatedGroup[] = [{ ja: ['決定'], en: ['decision'], asked: ['返事', 'reply'] }];
    const english = findAlternatives(['reply'], groups, vocab, { english: true });
    expect(english[0]!.replacements.map((r) => r.keys.join(' '))).toEqual(['決定', 'decision']);
    expect(findAlternatives(['決定'], groups, vocab, { english: false })).toEqual([]);
  });

  it('read "I don\'t want the city to use my information" as a request to stop using it', async () => {
    const { readQuestion } = await import('../../src/lib/search/query.ts');
    expect(readQuestion("I don't want the city to use my information")).toBe('I stop using my information');
    expect(readQuestion('I dont want them to keep my data')).toBe('I stop using my data');
    expect(readQuestion('I want to use the library')).toBe('I want to use the library');
  });

  it('read words residents use for what the texts say otherwise', () => {
    const related = (query: string, lang: 'ja' | 'en' = 'ja') =>
      planQuery(query, lang, vocab).related.map((r) => shown(r.terms));
    expect(related('パスポート')).toContain('旅券');
    expect(related('黒塗り')).toContain('部分 開示');
    expect(related('redacted', 'en')).toContain('partial disclosure');
    expect(related('cross-border transfer', 'en')[0]).toBe('外国 提供');
    expect(related('neither confirm nor deny', 'en')).toContain('存否');
  });

  it('read a short question without each word no related term stands for', () => {
    const loose = (query: string, lang: 'ja' | 'en') => planQuery(query, lang, vocab).loose?.map(shown);
    // "people" is dropped, with the rest read in Japanese too
    expect(loose('notify people about a data breach', 'en')).toEqual(['notify data breach', '通知 漏']);
    // "annual" is read as 毎年: it is the question, never dropped
    expect(loose('annual report on operation', 'en')?.every((terms) => /annual|毎年/.test(terms))).toBe(true);
    // マイナンバー is asked for 特定個人情報: read so without 他
    expect(loose('マイナンバーを他に提供', 'ja')).toContain('特定 個人 情報 提供');
    expect(loose('開示請求', 'ja')).toBeUndefined();
  });

  it('read romaji on the Japanese site as Japanese first', () => {
    const plan = planQuery('kaiji seikyu', 'ja', vocab);
    expect(shown(plan.readings[0]!.terms)).toBe('開示 請求');
    expect(shown(plan.readings[1]!.terms)).toBe('kaiji seikyu');
    expect(shown(planQuery('SSL', 'ja', vocab).readings[0]!.terms)).toBe('ssl');
  });

  it('read a citation naming its law with the law’s words, to find that law’s article first', () => {
    const plan = planQuery('個人情報保護法第27条', 'ja', vocab);
    expect(plan.citation?.article).toBe('art-27');
    expect(plan.scopedCitations?.map(shown)).toContain('§art-27 個人 情報 保護 法');
    expect(planQuery('第27条', 'ja', vocab).scopedCitations).toBeUndefined();
    // 「の」 between the law and its article, as people write it
    const spoken = planQuery('個人情報保護法の第35条', 'ja', vocab);
    expect(spoken.citation?.article).toBe('art-35');
    expect(spoken.scopedCitations?.map(shown)).toContain('§art-35 個人 情報 保護 法');
    expect(planQuery('条例の33条', 'ja', vocab).citation?.within).toBe('条例');
  });

  it('read an English slip as the word it slipped from, after the words as typed', () => {
    const plan = planQuery('persnal informaton definition', 'en', vocab);
    expect(shown(plan.readings[0]!.terms)).toBe('persnal informaton');
    expect(shown(plan.related[0]!.terms)).toBe('personal information');
    // the definition asked is read from the corrected words: 個人情報's definition word
    expect(plan.definitions?.map(shown)).toContain('§def:個人情報');
    expect(shown(planQuery('apeal', 'en', vocab).related[0]!.terms)).toBe('appeal');
    // on the Japanese site Latin letters may be romaji: no correction
    expect(planQuery('kaiji', 'ja', vocab).related.map((r) => shown(r.terms))).not.toContain('kaiji');
    expect(planQuery('personal information', 'en', vocab).related.map((r) => shown(r.terms))).not.toContain(
      'personal information',
    );
  });
});
