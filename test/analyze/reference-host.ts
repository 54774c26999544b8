/**
 * Host documents for labelled reference sentences (test/fixtures/refs/sentences.json): a sentence is
 * placed as article 21 of a small law whose shape every gold target was decided against — three
 * chapters (arts. 1–5, 6–15, 16–22), articles 1–20 each with five items in paragraph 1 and three
 * paragraphs, 第十一条の二 with items in paragraph 2 (and a ただし書), article 22, supplementary
 * provisions with three articles and two appended tables.
 */

export type HostKind = 'act' | 'order' | 'ordinance';

export interface Placement {
  /** the paragraph of article 21 the sentence is (1 when absent) */
  paragraph?: number;
  /** the sentence is this item of that paragraph, after items of filler */
  item?: number;
  /** the sentence leads that paragraph and three items follow it */
  lead?: boolean;
}

const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const kanji = (n: number): string =>
  n <= 10 ? KANJI[n]! : `${n >= 20 ? KANJI[Math.floor(n / 10)] : ''}十${n % 10 ? KANJI[n % 10] : ''}`;
const paragraphLabel = (p: number): string => String.fromCharCode(0xff10 + p);

const HEADS: Record<HostKind, string> = {
  act: '架空地域振興法\n（平成二十年法律第九十九号）\n',
  order: '架空地域振興法施行令\n（平成二十一年政令第五十号）\n',
  ordinance: '架空市地域振興条例\n平成二十年三月三十一日\n条例第十号\n',
};

/** Article 1 says what 法 is where the host is an order (the act it implements) or an ordinance (the APPI). */
const FIRST_SENTENCE: Record<HostKind, string> = {
  act: '甲は、次に掲げる事項を定めるものとする。',
  order:
    '架空地域振興法（平成二十年法律第九十九号。以下「法」という。）の施行に関し、甲は、次に掲げる事項を定めるものとする。',
  ordinance:
    '個人情報の保護に関する法律（平成十五年法律第五十七号。以下「法」という。）の施行に関し、甲は、次に掲げる事項を定めるものとする。',
};

function article(n: number, first: string): string {
  const items = [1, 2, 3, 4, 5].map((i) => `${kanji(i)}　事項の${kanji(i)}\n`).join('');
  return `第${kanji(n)}条　${first}\n${items}２　乙は、前項の事項を公表するものとする。\n３　丙は、前二項の規定による公表に協力するものとする。\n`;
}

function testArticle(sentence: string, at: Placement): string {
  const paragraph = at.paragraph ?? 1;
  let out = '第二十一条　';
  for (let p = 1; p < paragraph; p++)
    out += `${p === 1 ? '' : `${paragraphLabel(p)}　`}丁は、報告するものとする。\n`;
  const label = paragraph === 1 ? '' : `${paragraphLabel(paragraph)}　`;
  if (at.lead) {
    out += `${label}${sentence}\n`;
    for (let i = 1; i <= 3; i++) out += `${kanji(i)}　場合の${kanji(i)}\n`;
  } else if (at.item) {
    out += `${label}戊は、次に掲げる事項を報告しなければならない。\n`;
    for (let i = 1; i < at.item; i++) out += `${kanji(i)}　報告事項の${kanji(i)}\n`;
    out += `${kanji(at.item)}　${sentence}\n`;
  } else out += `${label}${sentence}\n`;
  return out;
}

/** The host document holding `sentence` as article 21. */
export function hostDocument(kind: HostKind, sentence: string, at: Placement = {}): string {
  let out = HEADS[kind];
  for (let n = 1; n <= 20; n++) {
    if (n === 1) out += '第一章　総則\n';
    if (n === 6) out += '第二章　計画\n';
    if (n === 16) out += '第三章　雑則\n';
    out += article(n, n === 1 ? FIRST_SENTENCE[kind] : '甲は、次に掲げる事項を定めるものとする。');
    if (n === 11)
      out +=
        '第十一条の二　甲は、計画を定めるものとする。\n２　乙は、次に掲げる場合には、届け出なければならない。ただし、軽微なものは、この限りでない。\n一　場合の一\n二　場合の二\n三　場合の三\n';
  }
  out += testArticle(sentence, at);
  out += '第二十二条　この法律の実施に関し必要な事項は、政令で定める。\n';
  out +=
    '附　則\n（施行期日）\n第一条　この法律は、公布の日から施行する。\n（経過措置）\n第二条　この法律の施行前にした行為については、なお従前の例による。\n第三条　前条に定めるもののほか、必要な経過措置は、政令で定める。\n';
  out += '別表第一（第三条関係）\n区分　金額\n甲　千円\n別表第二（第五条関係）\n上欄　下欄\n乙　二千円\n';
  return out;
}

/** The anchor of the unit that holds the sentence. */
export function sentenceUnit(at: Placement): string {
  const p = `art-21-p${at.paragraph ?? 1}`;
  return at.item ? `${p}-i${at.item}` : p;
}
