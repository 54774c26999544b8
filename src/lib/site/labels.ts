import { parseNumeral, toRomanNumeral } from '../parse/numerals.ts';
import { eraNamed, gregorianYear } from '../text/era.ts';
import { CONTAINER_COUNTERS, containerOfCounter, LEVELS } from '../tree/levels.ts';
import type { Parent } from '../tree/types.ts';

/**
 * Structural labels and citations, in the conventions of the official English translations of
 * Japanese laws (Japanese Law Translation): "Chapter II", "Section 1", "Article 11-2",
 * "paragraph (2)", "item (i)", "(a)", "Supplementary Provisions"; and in Japanese as the
 * ordinances print them (第11条の2第2項第1号).
 */

/** 2 → "ii", 14 → "xiv" (lower case, as item numbers are written). */
export function romanNumeral(n: number): string {
  return toRomanNumeral(n);
}

/** 1 → "a", 26 → "z", 27 → "aa": the letters of sub-items. */
export function letterNumeral(n: number): string {
  let rest = n;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** "11_2" → "11-2" (Article 11-2); "3" stays "3". */
export function branchNumber(num: string): string {
  return num.replace(/_/g, '-');
}

/** "11_2" → "11条の2" pieces for Japanese: 第11条の2. */
function japaneseArticle(num: string): string {
  const [main, ...branches] = num.split('_');
  return `第${main}条${branches.map((b) => `の${b}`).join('')}`;
}

function numberOf(node: Parent): number {
  return Number.parseInt(node.num ?? '', 10);
}

/**
 * The English label of a unit, without its caption or title: "Chapter II", "Section 1",
 * "Article 11-2", "Articles 29 to 31", "(2)" (a paragraph), "(i)" (an item), "(a)" (a sub-item,
 * "1." one level down, "(i)" below that), "Supplementary Provisions". Undefined for units that
 * have no printed number.
 */
export function englishLabel(node: Parent, subitemDepth = 1): string | undefined {
  const n = numberOf(node);
  const num = node.num ?? '';
  switch (node.type) {
    case 'part':
    case 'chapter':
    case 'section':
    case 'subsection':
    case 'division': {
      // JLT numbers parts and chapters in roman (Chapter IV-2), the levels below in arabic (Section 4-2)
      const { english, numbering } = LEVELS[node.type];
      if (numbering === 'roman')
        return Number.isFinite(n)
          ? `${english} ${romanNumeral(n).toUpperCase()}${branchSuffix(num)}`
          : undefined;
      return num ? `${english} ${branchNumber(num)}` : undefined;
    }
    case 'article':
      if (!num) return undefined;
      return node.through
        ? `Articles ${branchNumber(num)} to ${branchNumber(node.through)}`
        : `Article ${branchNumber(num)}`;
    case 'paragraph':
      return num ? `(${branchNumber(num)})` : undefined;
    case 'item':
      return Number.isFinite(n) ? `(${romanNumeral(n)})` : undefined;
    case 'subitem':
      if (!Number.isFinite(n)) return undefined;
      if (subitemDepth === 1) return `(${letterNumeral(n)})`;
      if (subitemDepth === 2) return `${n}.`;
      return `(${romanNumeral(n)})`;
    case 'supplement':
      return 'Supplementary Provisions';
    case 'appendix':
      return num ? `Appended Table ${num}` : 'Appended Table';
    default:
      return undefined;
  }
}

/** Chapter 4-2 is "Chapter IV-2". */
function branchSuffix(num: string): string {
  const [, ...branches] = num.split('_');
  return branches.map((b) => `-${b}`).join('');
}

/** One step of a citation: the unit and whether it is the only paragraph of its article. */
export interface CitationStep {
  node: Parent;
  /** paragraphs only: the article has this one paragraph (its number is then not cited) */
  only?: boolean;
}

/**
 * The chain of units from the outermost citable one down to `anchor`'s unit: the article (or
 * supplement), paragraph, item and sub-items. `ancestors` lists the unit's ancestors from the
 * root, the unit last.
 */
export function citationSteps(ancestors: readonly Parent[]): CitationStep[] {
  const start = ancestors.findLastIndex((node) => node.type === 'article' || node.type === 'supplement');
  if (start === -1) return [];
  const chain = ancestors.slice(start);
  // An article inside a supplement (附則第2条) cites from the supplement.
  const supplement = ancestors.findLastIndex((node) => node.type === 'supplement');
  const from = supplement !== -1 && supplement < start ? ancestors.slice(supplement) : chain;
  return from
    .filter((node) => ['article', 'supplement', 'paragraph', 'item', 'subitem'].includes(node.type))
    .map((node, index, steps) => {
      if (node.type !== 'paragraph') return { node };
      const parent = steps[index - 1];
      const siblings = parent?.children.filter((c) => 'children' in c && c.type === 'paragraph') ?? [];
      return { node, only: siblings.length === 1 };
    });
}

/**
 * A provision as Japanese texts cite it: 第26条第1項, 第8条第2項第6号, 第21条第1項第2号エ, 附則第3項,
 * 附則(平成19年10月1日条例第24号)第1項. The number of an article's only paragraph is left out
 * (第7条第2号), as the texts themselves do.
 */
export function citeJapanese(steps: readonly CitationStep[]): string {
  let out = '';
  for (const { node, only } of steps) {
    const num = node.num ?? '';
    switch (node.type) {
      case 'supplement':
        out += node.amendment ? `附則(${node.amendment})` : '附則';
        break;
      case 'article':
        out += japaneseArticle(num);
        break;
      case 'paragraph':
        if (!only) out += `第${num}項`;
        break;
      case 'item':
        out += `第${num}号`;
        break;
      case 'subitem':
        out += (node.label ?? num).replace(/[()（）\s]/g, '');
        break;
    }
  }
  return out;
}

/**
 * A provision in English, compactly: "Art. 26(1)", "Art. 8(2)(vi)", "Art. 7(ii)" (an article with
 * one paragraph), "Art. 21(1)(ii)(d)", "Suppl. Prov. (3)", "Suppl. Prov. (Ordinance No. 24 of
 * October 1, 2007) (1)". `amendment` renders a supplement's amendment label in English.
 */
export function citeEnglish(
  steps: readonly CitationStep[],
  amendment: (supplement: Parent) => string | undefined = () => undefined,
): string {
  let out = '';
  let depth = 0;
  for (const { node, only } of steps) {
    const num = node.num ?? '';
    switch (node.type) {
      case 'supplement': {
        const label = node.amendment ? amendment(node) : undefined;
        out += label ? `Suppl. Prov. (${label}) ` : 'Suppl. Prov. ';
        break;
      }
      case 'article':
        out += `Art. ${branchNumber(num)}`;
        break;
      case 'paragraph':
        if (!only) out += `(${branchNumber(num)})`;
        break;
      case 'item':
        out += `(${romanNumeral(Number.parseInt(num, 10))})`;
        break;
      case 'subitem':
        depth++;
        out += depth === 1 ? `(${letterNumeral(Number.parseInt(num, 10))})` : `(${num})`;
        break;
    }
  }
  return out.trim();
}

/** Kinds of enactment numbers and their English names. */
const NUMBER_KINDS: Array<[RegExp, string]> = [
  [/^条例$/, 'Ordinance'],
  [/^規則$/, 'Rule'],
  [/^法律$/, 'Act'],
  [/^政令$/, 'Cabinet Order'],
  [/^(?:府令|省令)$/, 'Ministerial Order'],
  [/^訓令$/, 'Directive'],
  [/^告示$/, 'Public Notice'],
];

/**
 * An enactment number in English: 条例第57号 → "Ordinance No. 57", 令和四年条例第一三〇号 →
 * "Ordinance No. 130" (kanji numerals, digit by digit or with units). An era year before it is
 * dropped (the date is shown beside it) unless `withYear` asks for it: 令和3年法律第37号 → "Act No.
 * 37 of 2021". Kinds not known stay as printed.
 */
export function englishNumber(printed: string, { withYear = false } = {}): string {
  const normalized = printed.normalize('NFKC').replace(/\s/g, '');
  const match =
    /^(?:(明治|大正|昭和|平成|令和)([元\d〇零一二三四五六七八九十]+)年)?(.+?)第([\d〇零一二三四五六七八九十百千]+)号$/.exec(
      normalized,
    );
  if (!match) return printed;
  const kind = NUMBER_KINDS.find(([pattern]) => pattern.test(match[3]!))?.[1];
  const number = parseNumeral(match[4]!);
  if (!kind || Number.isNaN(number)) return printed;
  const eraYear = match[2] === '元' ? 1 : parseNumeral(match[2] ?? '');
  const era = match[1] ? eraNamed(match[1]) : undefined;
  const year = era && !Number.isNaN(eraYear) ? gregorianYear(era, eraYear) : undefined;
  return withYear && year ? `${kind} No. ${number} of ${year}` : `${kind} No. ${number}`;
}

/** A printed container label without spaces: 第五章, 第4節, 第二章の二. */
const PRINTED_CONTAINER_LABEL = new RegExp(
  `^第([0-9〇零一二三四五六七八九十百千]+)([${CONTAINER_COUNTERS}])((?:の[0-9〇零一二三四五六七八九十百千]+)*)$`,
);

/**
 * The English label of a printed structural label, as a table of contents prints it: 第五章 →
 * "Chapter V", 第4節 → "Section 4", 第二章の二 → "Chapter II-2", 附則 → "Supplementary
 * Provisions". Undefined when the label is not one of these.
 */
export function englishPrintedLabel(printed: string): string | undefined {
  const text = printed.normalize('NFKC').replace(/\s/g, '');
  if (text === '附則') return 'Supplementary Provisions';
  const match = PRINTED_CONTAINER_LABEL.exec(text);
  if (!match) return undefined;
  const n = parseNumeral(match[1]!);
  if (!Number.isFinite(n)) return undefined;
  const branches = [...match[3]!.matchAll(/の([0-9〇零一二三四五六七八九十百千]+)/g)].map(([, b]) =>
    parseNumeral(b!),
  );
  if (branches.some((b) => !Number.isFinite(b))) return undefined;
  const { english, numbering } = containerOfCounter(match[2]!)!;
  const number = numbering === 'roman' ? romanNumeral(n).toUpperCase() : String(n);
  return `${english} ${number}${branches.map((b) => `-${b}`).join('')}`;
}
