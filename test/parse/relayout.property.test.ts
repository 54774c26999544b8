import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/lib/tree/types.ts';
import { leafText, parseText } from './helpers.ts';

/**
 * The same law as web pages copy it — labels alone on their line, with blank lines or none,
 * sentences broken right after each link — must read as the same tree: the same units with the
 * same numbers and the same text, whitespace aside.
 *
 * Sentences mark with | the places a page broke them: right after a link (a law's name, a
 * pointer), so a broken line never starts with a label.
 */
const SENTENCES = [
  'この政令は、架空法|（令和五年法律第九十九号。以下「法」という。）第三条第一項|及び第四条|の規定に基づき、必要な事項を定めるものとする。',
  '法第五条|第二項の規定による届出は、書面でしなければならない。',
  '法第十二条第一項|に規定する事業者は、同条第二項|の規定により報告しなければならない。',
  '都道府県知事は、地方自治法|（昭和二十二年法律第六十七号）第二百五十二条の十九第一項|の指定都市の長とする。',
  '前項の規定は、法第八条|、第九条第三項|又は第十条|の規定による届出について準用する。',
];
const LEAD = '前項の書面には、次に掲げる事項を記載しなければならない。';
const ITEMS = [
  '氏名及び住所',
  '法第七条|に規定する事項',
  '道路運送法|第九条|の許可の年月日',
  'その他必要な事項',
];
const CAPTIONS = ['（趣旨）', '（届出）', '（報告）', '（準用）'];

const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const FULL = ['０', '１', '２', '３', '４', '５', '６', '７', '８', '９'];

interface Paragraph {
  sentence: number;
  items: number[];
}
interface Article {
  caption: boolean;
  paragraphs: Paragraph[];
}

const paragraphArb: fc.Arbitrary<Paragraph> = fc.oneof(
  fc.record({ sentence: fc.nat(SENTENCES.length - 1), items: fc.constant<number[]>([]) }),
  fc.record({
    sentence: fc.constant(-1),
    items: fc.array(fc.nat(ITEMS.length - 1), { minLength: 1, maxLength: 3 }),
  }),
);
const lawArb = fc.array(
  fc.record({ caption: fc.boolean(), paragraphs: fc.array(paragraphArb, { minLength: 1, maxLength: 3 }) }),
  { minLength: 2, maxLength: 4 },
);

interface Layout {
  alone: boolean;
  blankAfterLabel: boolean;
  blankBetween: boolean;
  /** which | marks become line breaks, by their position in the text (labels alone only) */
  breaks: boolean[];
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  alone: fc.boolean(),
  blankAfterLabel: fc.boolean(),
  blankBetween: fc.boolean(),
  breaks: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
});

/**
 * The reference layout: labels alone, blank lines around them, no sentence broken. Labels
 * inline print each unit on one line, so the text is uniform enough to look wrapped at a width:
 * the numbering in sequence must still open each unit, article 1 after the wide number line too.
 */
const REFERENCE: Layout = {
  alone: true,
  blankAfterLabel: true,
  blankBetween: true,
  breaks: [false],
};

/**
 * A word that makes each unit's text its own (甲子, 甲丑 …): a line printed again word for word
 * further down reads as a running header or a table of contents, which is another property.
 */
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉';
const uniqueWord = (n: number) => `${STEMS[Math.floor(n / 10) % 10]}${BRANCHES[n % 10]}`;

function render(law: Article[], layout: Layout): string {
  let mark = 0;
  let units = 0;
  const sentence = (text: string) =>
    `${uniqueWord(units++)}、${text}`.replace(/\|/g, () =>
      layout.alone && layout.breaks[mark++ % layout.breaks.length] ? '\n' : '',
    );
  const unit = (label: string, text: string) =>
    layout.alone
      ? `${label}\n${layout.blankAfterLabel ? '\n' : ''}　${sentence(text)}`
      : `${label}　${sentence(text)}`;
  const lines = ['架空法施行令', '（令和六年三月一日政令第一号）最終改正：令和七年三月一日政令第二号'];
  for (const [a, article] of law.entries()) {
    if (layout.blankBetween) lines.push('');
    if (article.caption) lines.push(CAPTIONS[a % CAPTIONS.length]!);
    for (const [p, paragraph] of article.paragraphs.entries()) {
      const text = paragraph.sentence >= 0 ? SENTENCES[paragraph.sentence]! : LEAD;
      const label = p === 0 ? `第${KANJI[a + 1]}条` : FULL[p + 1]!;
      if (p > 0 && layout.blankBetween) lines.push('');
      lines.push(unit(label, text));
      for (const [i, item] of paragraph.items.entries()) lines.push(unit(KANJI[i + 1]!, ITEMS[item]!));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Units in document order with their type, anchor and own text (whitespace removed). */
function units(text: string): string[] {
  const { tree } = parseText(text, { style: 'law' });
  expect(leafText(tree)).toBe(text);
  const out: string[] = [];
  const walk = (n: Node) => {
    if (!('children' in n)) return;
    if (n.type === 'article' || n.type === 'paragraph' || n.type === 'item') {
      const own = n.children
        .filter((c) => (!('children' in c) && c.type !== 'chrome') || c.type === 'block')
        .map(leafText)
        .join('')
        .replace(/[\s\u3000]/g, '');
      out.push(`${n.type} ${n.id} ${n.type === 'article' ? (n.caption ?? '') : ''} ${own}`);
    }
    n.children.forEach(walk);
  };
  walk(tree);
  return out;
}

describe('the same law in other layouts', () => {
  it('reads labels inline or alone, blank lines or none and sentences broken at links as the same law', () => {
    fc.assert(
      fc.property(lawArb, layoutArb, (law, layout) => {
        const printed = units(render(law, REFERENCE));
        expect(units(render(law, layout))).toEqual(printed);
      }),
      { numRuns: 60 },
    );
  });
});

interface PdfLayout {
  /** characters per line (full-width) */
  width: number;
  /** physical lines per page */
  page: number;
  footer: 'dash' | 'centred' | 'fraction' | 'form-feed';
  header: boolean;
  /** continuation lines indented under the label (hanging indent) or flush */
  hanging: boolean;
}

const pdfArb: fc.Arbitrary<PdfLayout> = fc.record({
  width: fc.integer({ min: 20, max: 34 }),
  page: fc.integer({ min: 6, max: 16 }),
  footer: fc.constantFrom<PdfLayout['footer'][]>('dash', 'centred', 'fraction', 'form-feed'),
  header: fc.boolean(),
  hanging: fc.boolean(),
});

/**
 * Laws long enough to show their wrap width (a dozen lines, several of them full): two lines
 * of a one-page text say nothing about where a printer wrapped them.
 */
const pdfLawArb = fc.array(
  fc.record({
    caption: fc.boolean(),
    paragraphs: fc.array(
      fc.record({
        sentence: fc.nat(SENTENCES.length - 1),
        items: fc.array(fc.nat(ITEMS.length - 1), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  { minLength: 3, maxLength: 5 },
);

const fullWidth = (n: number) => [...String(n)].map((d) => FULL[Number(d)]).join('');

/**
 * The law as a PDF extraction prints it: every line wrapped at a width (mid-word, a sentence's
 * 。 may fall on the last column), a page number after every few lines (- 3 -, －３－ centred,
 * ３／１２, a form feed), the law's name repeated above each page, and the wrapped rest of a
 * sentence carried over the page's furniture.
 */
function renderPdf(law: Article[], pdf: PdfLayout): string {
  const [title, ...body] = render(law, {
    ...REFERENCE,
    alone: false,
    blankAfterLabel: false,
    blankBetween: false,
  })
    .trimEnd()
    .split('\n');
  const physical: string[] = [];
  for (const line of body) {
    if (line.startsWith('（令和')) {
      physical.push(line);
      continue;
    }
    const item = /^[一二三四五六七八九]　/.test(line);
    const lead = item ? '　' : '';
    const rest = pdf.hanging ? (item ? '　　' : '　') : '';
    let text = line;
    for (let first = true; text; first = false) {
      const prefix = first ? lead : rest;
      const take = pdf.width - prefix.length;
      physical.push(prefix + text.slice(0, take));
      text = text.slice(take);
    }
  }
  const pages = Math.ceil(physical.length / pdf.page);
  const out = [title!];
  for (let p = 0; p < pages; p++) {
    if (p > 0 && pdf.header) out.push(title!);
    out.push(...physical.slice(p * pdf.page, (p + 1) * pdf.page));
    const n = p + 1;
    out.push(
      pdf.footer === 'dash'
        ? `- ${n} -`
        : pdf.footer === 'centred'
          ? `${'　'.repeat(12)}－${fullWidth(n)}－`
          : pdf.footer === 'fraction'
            ? `${fullWidth(n)}／${fullWidth(pages)}`
            : '\f',
    );
  }
  return `${out.join('\n')}\n`;
}

describe('the same law as a PDF extraction', () => {
  it('reads lines wrapped at a width, page numbers, running headers and sentences carried over a page as the same law', () => {
    fc.assert(
      fc.property(pdfLawArb, pdfArb, (law, pdf) => {
        const printed = units(render(law, REFERENCE));
        expect(units(renderPdf(law, pdf))).toEqual(printed);
      }),
      { numRuns: 60 },
    );
  });
});
