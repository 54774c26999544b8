import { NUMERAL_CLASS, parseNumeral, toRomanNumeral } from '../text/numerals.ts';
import { CONTAINER_COUNTERS, containerOfCounter, LEVELS } from '../tree/levels.ts';
import type { Parent } from '../tree/types.ts';
import { childrenOfType } from '../tree/walk.ts';

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
function branchNumber(num: string): string {
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
      const siblings = parent ? childrenOfType(parent, 'paragraph') : [];
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

/** 第二章の二: the counter, its kind and any branch numbers. */
const PRINTED_CONTAINER_LABEL = new RegExp(
  `^第([${NUMERAL_CLASS}]+)([${CONTAINER_COUNTERS}])((?:の[${NUMERAL_CLASS}]+)*)$`,
);
const BRANCH_NUMBER = new RegExp(`の([${NUMERAL_CLASS}]+)`, 'g');

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
  const branches = [...match[3]!.matchAll(BRANCH_NUMBER)].map(([, b]) => parseNumeral(b!));
  if (branches.some((b) => !Number.isFinite(b))) return undefined;
  const { english, numbering } = containerOfCounter(match[2]!)!;
  const number = numbering === 'roman' ? romanNumeral(n).toUpperCase() : String(n);
  return `${english} ${number}${branches.map((b) => `-${b}`).join('')}`;
}

const PRINTED_ARTICLE = new RegExp(`^第([${NUMERAL_CLASS}]+)条((?:の[${NUMERAL_CLASS}]+)*)(.*)$`, 'u');

/**
 * A provision's printed heading split into its label in English and the rest as printed (a
 * caption, an amendment note, to be shown in the source's language): 第百五十条（権限の委任） →
 * "Article 150" and "（権限の委任）", 第11条の2 → "Article 11-2", 附　則（令和二年…法律第四四号抄）
 * → "Supplementary Provisions" and "（令和二年…抄）", 第二章 → "Chapter II". Undefined when the
 * heading opens with none of these.
 */
export function englishProvisionHeading(printed: string): { label: string; rest: string } | undefined {
  const text = printed.normalize('NFKC').replace(/\s/g, '');
  const article = PRINTED_ARTICLE.exec(text);
  if (article) {
    const n = parseNumeral(article[1]!);
    const branches = [...article[2]!.matchAll(BRANCH_NUMBER)].map(([, b]) => parseNumeral(b!));
    if (Number.isFinite(n) && branches.every(Number.isFinite))
      return { label: `Article ${n}${branches.map((b) => `-${b}`).join('')}`, rest: article[3]! };
  }
  if (text.startsWith('附則')) return { label: 'Supplementary Provisions', rest: text.slice(2) };
  const container = englishPrintedLabel(text);
  return container ? { label: container, rest: '' } : undefined;
}
