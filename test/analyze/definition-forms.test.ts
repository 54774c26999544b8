/**
 * The 「X」とは…をいう forms as statutes write them beyond the plain one: two terms defined in one
 * sentence, and the older unquoted term at a sentence's head. Sentences in the style of national
 * statutes (農地法, 所得税法, 消防法), written for these tests; each is one article of one document.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.ts';

function definitionsOf(...sentences: string[]) {
  const text = `○定義形式試験法\n\n${sentences.map((s, k) => `第${k + 1}条 ${s}`).join('\n\n')}\n`;
  return analyzeText(text).result.definitions.map((d) => ({
    article: Number(/^art-(\d+)/.exec(d.at)?.[1]),
    term: d.term,
    meaning: d.meaning,
  }));
}

describe('「X」とは…をいい、「Y」とは…をいう', () => {
  it('ends the first meaning where the second term is introduced', () => {
    expect(
      definitionsOf(
        'この法律で「農地」とは、耕作の目的に供される土地をいい、「採草放牧地」とは、農地以外の土地で、主として採草の目的に供されるものをいう。',
        'この条例において「施設」とは、市が設置する集会所をいい、「利用者」とは、施設を利用する者（団体を含む。）をいい、「使用料」とは、施設の使用の対価をいう。',
      ),
    ).toEqual([
      { article: 1, term: '農地', meaning: '耕作の目的に供される土地' },
      { article: 1, term: '採草放牧地', meaning: '農地以外の土地で、主として採草の目的に供されるもの' },
      { article: 2, term: '施設', meaning: '市が設置する集会所' },
      { article: 2, term: '利用者', meaning: '施設を利用する者' },
      { article: 2, term: '使用料', meaning: '施設の使用の対価' },
    ]);
  });

  it('keeps one meaning whole when what follows をいい、 is no second term', () => {
    expect(
      definitionsOf(
        'この法律において「道路」とは、一般交通の用に供する道をいい、トンネル、橋その他道路と一体となつてその効用を全うする施設を含むものとする。',
        'この法律において「道」とは、道路をいう。',
      ).filter((d) => d.article === 1),
    ).toEqual([{ article: 1, term: '道路', meaning: '一般交通の用に供する道' }]);
  });
});

describe('an unquoted term opening a sentence that ends in をいう', () => {
  it('reads the noun as the term and the rest up to をいう as its meaning', () => {
    expect(
      definitionsOf(
        '給与所得とは、俸給、給料及び賞与並びにこれらの性質を有する給与（以下この条において「給与等」という。）に係る所得をいう。',
        '防火対象物とは、山林又は舟車、建築物その他の工作物若しくはこれらに属する物をいう。',
        '甲は、届け出なければならない。雑所得とは、前条までのいずれにも該当しない所得をいう。',
      ),
    ).toEqual([
      {
        article: 1,
        term: '給与所得',
        meaning: '俸給、給料及び賞与並びにこれらの性質を有する給与に係る所得',
      },
      { article: 1, term: '給与等', meaning: '俸給、給料及び賞与並びにこれらの性質を有する給与' },
      {
        article: 2,
        term: '防火対象物',
        meaning: '山林又は舟車、建築物その他の工作物若しくはこれらに属する物',
      },
      { article: 3, term: '雑所得', meaning: '前条までのいずれにも該当しない所得' },
    ]);
  });

  it('reads no term where the sentence does not say what the noun is, or the head is a clause', () => {
    expect(
      definitionsOf(
        '児童福祉施設とは、助産施設、乳児院及び保育所とする。',
        '市長が認める者とは、職員をいう。前項に規定する場合とは、次に掲げる場合をいう。',
        '甲は、「手数料とは、使用の対価をいう。」と表示しなければならない。',
      ),
    ).toEqual([]);
  });
});

describe('X(…ことをいう。) after Yの', () => {
  it('names an action with its object, but not with who acts', () => {
    const found = definitionsOf(
      '甲は、定時性の確保（設定された時刻に従って運行することをいう。以下同じ。）に努める。',
      '申請をした者は、行政庁の不作為（法令に基づく申請に対して何らの処分をもしないことをいう。以下同じ。）について審査請求をすることができる。',
      '市長は、事業者の違反行為（この条例の規定に違反することをいう。）を公表する。',
    );
    expect(found.map((d) => d.term)).toEqual(['定時性の確保', '不作為', '違反行為']);
  });

  it('names a thing with its modifier when the unit quotes the longer noun', () => {
    const found = definitionsOf(
      'この法律において「土砂災害」とは、急傾斜地の崩壊（傾斜度が三十度以上である土地が崩壊する自然現象をいう。）又は土石流（土石等が水と一体となって流下する自然現象をいう。）（以下「急傾斜地の崩壊等」と総称する。）による被害をいう。',
      '市長は、地域の崩壊（住民の生活が維持できなくなる状態をいう。）を防ぐ。',
    );
    expect(found.map((d) => d.term).sort()).toEqual(
      ['土砂災害', '土石流', '崩壊', '急傾斜地の崩壊', '急傾斜地の崩壊等'].sort(),
    );
  });
});

describe('…を X という: a sentence that names phrases outside any parenthesis', () => {
  it('reads each term with the phrase its を closes, quoted or bare', () => {
    expect(
      definitionsOf(
        '前項の施設のうち、市の設置する施設を公立施設といい、社会福祉法人の設置する施設を私立施設という。',
        '第五条第一項の規定により市長が指定した区域を「重点区域」という。',
      ),
    ).toEqual([
      { article: 1, term: '公立施設', meaning: '市の設置する施設' },
      { article: 1, term: '私立施設', meaning: '社会福祉法人の設置する施設' },
      { article: 2, term: '重点区域', meaning: '第五条第一項の規定により市長が指定した区域' },
    ]);
  });

  it('reads nothing from a pointer back, a replacement or a parenthesis another form reads', () => {
    expect(
      definitionsOf(
        '市長は、計画を定め、これを「地域計画」という。',
        '同条中「市長」とあるのは「町長」と読み替えるものとする。',
      ),
    ).toEqual([]);
    expect(
      definitionsOf(
        '市は、高齢者の見守りを行う事業（以下この条において「見守り事業」といい、当該事業を行う者を「見守り事業者」という。）に補助する。',
      ).map((d) => d.term),
    ).toEqual(['見守り事業', '見守り事業者']);
  });
});

describe('definition items whose term lists nouns', () => {
  it('reads 高齢者、障害者等 as one term, and no clause before a 、 as a term', () => {
    const found = definitionsOf(
      'この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n一　高齢者、障害者等　高齢者又は障害者で日常生活に制限を受ける者をいう。\n二　施設等　旅客施設及び建築物をいう。',
      'この法律において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n一　市が、別に定める　基準により指定する区域をいう。',
    );
    expect(found).toEqual([
      { article: 1, term: '高齢者、障害者等', meaning: '高齢者又は障害者で日常生活に制限を受ける者' },
      { article: 1, term: '施設等', meaning: '旅客施設及び建築物' },
    ]);
  });
});

describe('the sentence forms on a line of a million characters', () => {
  it('reads every naming and gloss of a huge unit without reading it once per definition', () => {
    const piece = '市が指定した区域を指定区域といい、急傾斜地の崩壊（土地が崩壊する現象をいう。）又は';
    const text = `○巨大条例\n\n第1条 この条例において、${piece.repeat(25_000)}地滑り（以下「急傾斜地の崩壊等」という。）をいう。\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const { result } = analyzeText(text);
    expect(result.definitions.filter((d) => d.term === '指定区域')).toHaveLength(25_000);
    expect(result.definitions.filter((d) => d.term === '急傾斜地の崩壊')).toHaveLength(25_000);
  });
});
