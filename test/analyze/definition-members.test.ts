/**
 * Terms that name one member of a coordinated phrase, not the list: 以下それぞれ「甲」及び「乙」という,
 * and a list whose last member cites a provision the others could not be the argument of. Also the
 * definition-item forms a 定義 article writes (…をいう。ただし、…; …をいい、…を含む。) and a law's title
 * with an adjective in it after an item's term. Sentences in the style of national statutes and
 * ordinances, written for these tests; each is one article of one document.
 */
import { describe, expect, it } from 'vitest';
import { coordinatedMembers } from '../../src/lib/analyze/definition-members.ts';
import { analyzeText } from './helpers.ts';

function definitionsOf(...sentences: string[]) {
  // a closing article, so that a one-sentence text still reads as articles
  const all = [...sentences, 'この法律は、公布の日から施行する。'];
  const text = `○定義形式試験法\n\n${all.map((s, k) => `第${k + 1}条 ${s}`).join('\n\n')}\n`;
  return analyzeText(text).result.definitions.map((d) => ({
    article: Number(/^art-(\d+)/.exec(d.at)?.[1]),
    term: d.term,
    meaning: d.meaning,
  }));
}

describe('(以下それぞれ「甲」及び「乙」という。)', () => {
  it('gives each term its member, in order, laws included', () => {
    expect(
      definitionsOf(
        '売主及び買主（以下それぞれ「甲」及び「乙」という。）は、信義に従い誠実に契約を履行しなければならない。',
        '第一条の規定による改正前の厚生年金保険法及び同条の規定による改正後の厚生年金保険法（以下それぞれ「旧法」及び「新法」という。）の規定は、施行日以後に支給すべき給付について適用する。',
        '市長、教育委員会及び選挙管理委員会（以下この条においてそれぞれ「甲」、「乙」及び「丙」という。）は、協議しなければならない。',
      ),
    ).toEqual([
      { article: 1, term: '甲', meaning: '売主' },
      { article: 1, term: '乙', meaning: '買主' },
      { article: 2, term: '旧法', meaning: '第一条の規定による改正前の厚生年金保険法' },
      { article: 2, term: '新法', meaning: '同条の規定による改正後の厚生年金保険法' },
      { article: 3, term: '甲', meaning: '市長' },
      { article: 3, term: '乙', meaning: '教育委員会' },
      { article: 3, term: '丙', meaning: '選挙管理委員会' },
    ]);
  });

  it('falls back to the whole phrase for every term when the members do not match the terms', () => {
    const found = definitionsOf(
      '市長、教育委員会及び選挙管理委員会（以下それぞれ「甲」及び「乙」という。）は、協議しなければならない。',
    );
    expect(found.map((d) => d.meaning)).toEqual([
      '市長、教育委員会及び選挙管理委員会',
      '市長、教育委員会及び選挙管理委員会',
    ]);
  });
});

describe('a list whose last member the term names', () => {
  it('reads the member that cites a provision when the others cite nothing', () => {
    expect(
      definitionsOf(
        '国、地方公共団体及び私立学校法第三条に規定する学校法人（以下「学校法人」という。）のみが、これを設置することができる。',
      ),
    ).toEqual([{ article: 1, term: '学校法人', meaning: '私立学校法第三条に規定する学校法人' }]);
  });

  it('keeps the list where it may be the argument of the modifier, or names the list', () => {
    expect(
      definitionsOf(
        '旧法第三十六条又は第四十九条に規定する主務大臣（以下単に「主務大臣」という。）がした処分は、なお従前の例による。',
        '自動車及び原動機付自転車の運転の禁止（以下「仮禁止」という。）をしたときは、その旨を通知する。',
        '法第十一条第三項の介護休業開始予定日及び同項の介護休業終了予定日（以下「介護休業終了予定日」という。）とする日',
        '当該保有個人情報の利用の停止、消去又は提供の停止（以下「利用停止」という。）に関して特別の手続が定められているときは、この限りでない。',
        '国、地方公共団体及び別表に掲げる法人（以下「法人等」という。）は、協力しなければならない。',
        '甲社及び乙社の第三条に規定する子会社（以下「子会社」という。）は、報告しなければならない。',
      ).map((d) => d.meaning),
    ).toEqual([
      '旧法第三十六条又は第四十九条に規定する主務大臣',
      '自動車及び原動機付自転車の運転の禁止',
      '法第十一条第三項の介護休業開始予定日及び同項の介護休業終了予定日',
      '利用の停止、消去又は提供の停止',
      '国、地方公共団体及び別表に掲げる法人',
      '甲社及び乙社の第三条に規定する子会社',
    ]);
  });

  it('never splits a law title at its own 及び', () => {
    const s = '身体障害者及び精神保健及び精神障害者福祉に関する法律第五条に規定する精神障害者';
    expect(coordinatedMembers(s, 0, s.length).map((m) => s.slice(m.start, m.end))).toEqual([
      '身体障害者及び精神保健及び精神障害者福祉に関する法律第五条に規定する精神障害者',
    ]);
    const t = '売主、買主及び仲介業者';
    expect(coordinatedMembers(t, 0, t.length).map((m) => t.slice(m.start, m.end))).toEqual([
      '売主',
      '買主',
      '仲介業者',
    ]);
  });
});

describe('definition items of a 定義 article', () => {
  const items = (...lines: string[]) =>
    definitionsOf(
      `この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n${lines.join('\n')}`,
    );

  it('ends the meaning at をいう when a proviso or an inclusion follows, without parentheticals', () => {
    expect(
      items(
        '一　不利益処分　行政庁が、法令に基づき、特定の者を名あて人として、直接に、これに義務を課し、又はその権利を制限する処分をいう。ただし、次のいずれかに該当するものを除く。',
        '二　道路　一般交通の用に供する道をいい、トンネル、橋その他道路と一体となつてその効用を全うする施設を含む。',
        '三　処分　行政庁の処分その他公権力の行使に当たる行為をいう。',
        '四　車両等　車両及び路面電車（第二号に掲げるものをいい、軌道車両を含む。）',
      ),
    ).toEqual([
      {
        article: 1,
        term: '不利益処分',
        meaning:
          '行政庁が、法令に基づき、特定の者を名あて人として、直接に、これに義務を課し、又はその権利を制限する処分',
      },
      { article: 1, term: '道路', meaning: '一般交通の用に供する道' },
      { article: 1, term: '処分', meaning: '行政庁の処分その他公権力の行使に当たる行為' },
      { article: 1, term: '車両等', meaning: '車両及び路面電車' },
      { article: 1, term: '路面電車', meaning: '第二号に掲げるもの' },
    ]);
  });

  it('reads a law abbreviated in an item from its title, an adjective in it, not from the item term', () => {
    const found = items(
      '一　暴力団　暴力団員による不当な行為の防止等に関する法律（平成三年法律第七十七号。以下「法」という。）第二条第二号に規定する暴力団をいう。',
    );
    expect(found.find((d) => d.term === '法')?.meaning).toBe('暴力団員による不当な行為の防止等に関する法律');
    expect(found.find((d) => d.term === '暴力団')?.meaning).toBe(
      '暴力団員による不当な行為の防止等に関する法律第二条第二号に規定する暴力団',
    );
  });
});
