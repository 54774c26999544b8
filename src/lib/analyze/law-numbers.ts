import { LEVELS } from '../tree/levels.ts';
/**
 * Law numbers (法令番号) and the e-Gov law IDs derived from them.
 *
 * An e-Gov law ID is the era digit (明治 1, 大正 2, 昭和 3, 平成 4, 令和 5), the two-digit year,
 * a type code (AC act, CO cabinet order, IO imperial order) and ten digits. For acts submitted by
 * the Cabinet the ten digits are the zero-padded number (昭和22年法律第67号 → 322AC0000000067);
 * acts introduced by members of the Diet carry 1000000 (House of Representatives) or 0100000
 * (House of Councillors) before the number, which the number does not tell: those few live in
 * `LAW_ID_EXCEPTIONS`. Ministerial ordinances and commission rules have IDs built from codes of
 * their issuers, so they keep `lawId: null` with their law number.
 */

import { ERA_NAME_PATTERN, eraNamed } from '../text/era.ts';

/** What kind of enactment a law number names. */
export type LawKind = 'act' | 'cabinet-order' | 'imperial-order' | 'ordinance' | 'ministerial';

/** A law number read: normalised, its kind, and the ID derived from it. */
export interface LawNumber {
  /** normalised number: 昭和22年法律第67号; municipal numbers keep their date and issuer */
  lawNum: string;
  kind: LawKind;
  /** e-Gov ID, `ordinance:{lawNum}` for municipal enactments, null when it cannot be derived */
  lawId: string | null;
}

/**
 * Acts whose e-Gov ID is not the era + year + AC + number rule: acts introduced by members of
 * the Diet (議員立法). Keyed by normalised law number. Extend it when a source cites another such
 * act; the value is the ID shown in the act's e-Gov address.
 */
export const LAW_ID_EXCEPTIONS: Readonly<Record<string, string>> = {
  // 特定非営利活動促進法 (House of Representatives bill)
  平成10年法律第7号: '410AC1000000007',
  // 児童虐待の防止等に関する法律 (House of Representatives bill)
  平成12年法律第82号: '412AC1000000082',
  // 配偶者からの暴力の防止及び被害者の保護等に関する法律 (House of Councillors bill)
  平成13年法律第31号: '413AC0100000031',
};

/** A law number inside parentheses, numerals already normalised: 平成12年日向市条例第46号. */
export const LAW_NUMBER_PATTERN = `(?:${ERA_NAME_PATTERN})\\d+年(?:\\d+月\\d+日)?[^()。、「」第]{0,40}第\\d+号`;

const LAW_NUMBER = new RegExp(
  `^(${ERA_NAME_PATTERN})(\\d+)年(?:(\\d+)月(\\d+)日)?([^第]{0,40}?)第(\\d+)号(?:抄)?$`,
);

/**
 * Reads a normalised law number (昭和22年法律第67号, 平成28年2月22日条例第2号抄,
 * 令和4年12月16日条例第28号); undefined when it is none.
 */
export function parseLawNumber(text: string): LawNumber | undefined {
  const m = LAW_NUMBER.exec(text);
  if (!m) return undefined;
  const [, era, year, month, day, issuer = '', num] = m;
  const kind = kindOf(issuer);
  if (!kind) return undefined;
  if (kind === 'ordinance' || kind === 'ministerial') {
    const date = month ? `${month}月${day}日` : '';
    const lawNum = `${era}${year}年${date}${issuer}第${num}号`;
    return { lawNum, kind, lawId: kind === 'ordinance' ? `ordinance:${lawNum}` : null };
  }
  const lawNum = `${era}${year}年${issuer}第${num}号`;
  const code = kind === 'act' ? 'AC' : kind === 'cabinet-order' ? 'CO' : 'IO';
  const lawId =
    LAW_ID_EXCEPTIONS[lawNum] ??
    `${eraNamed(era!)!.code}${year!.padStart(2, '0')}${code}${num!.padStart(10, '0')}`;
  return { lawNum, kind, lawId };
}

function kindOf(issuer: string): LawKind | undefined {
  if (issuer === '法律') return 'act';
  if (issuer === '政令') return 'cabinet-order';
  if (issuer === '勅令') return 'imperial-order';
  if (/条例$/.test(issuer)) return 'ordinance';
  // rules, instructions and notices of a city, town, village or prefecture, or printed without issuer
  if (/^(?:.*[都道府県市町村区])?(?:規則|訓令|告示|規程|要綱)$/.test(issuer)) return 'ordinance';
  if (/(?:省令|府令|規則|告示|訓令)$/.test(issuer)) return 'ministerial';
  return undefined;
}

/** Where a reference points inside another law, by number at each level. */
export interface ExternalPath {
  suppl?: boolean;
  chapter?: string;
  section?: string;
  article?: string;
  paragraph?: string;
  item?: string;
  subitem?: string;
}

/** The anchor of a provision of another law in this project's scheme (art-244_2-p3, art-2-p1-i2). */
export function externalAnchor(path: ExternalPath): string | null {
  const parts: string[] = [];
  if (path.suppl) parts.push(`${LEVELS.supplement.anchor}1`);
  if (path.article) {
    parts.push(`${LEVELS.article.anchor}${path.article}`);
    if (path.paragraph || path.item) parts.push(`${LEVELS.paragraph.anchor}${path.paragraph ?? '1'}`);
    if (path.item) parts.push(`${LEVELS.item.anchor}${path.item}`);
  } else if (path.chapter) {
    parts.push(`${LEVELS.chapter.anchor}${path.chapter}`);
    if (path.section) parts.push(`${LEVELS.section.anchor}${path.section}`);
  } else if (path.paragraph && path.suppl) {
    parts.push(`${LEVELS.paragraph.anchor}${path.paragraph}`);
  }
  if (parts.length === 0 || (parts.length === 1 && path.suppl)) return null;
  return parts.join('-');
}

/**
 * The e-Gov address of a law, with a fragment for an article of the main provisions:
 * https://laws.e-gov.go.jp/law/322AC0000000067#Mp-At_244_2-Pr_3. Null for enactments e-Gov does
 * not serve (municipal ordinances) or whose ID is unknown.
 */
export function egovUrl(lawId: string | null, path: ExternalPath): string | null {
  if (!lawId || lawId.startsWith('ordinance:')) return null;
  const base = `https://laws.e-gov.go.jp/law/${lawId}`;
  if (path.suppl || !path.article) return base;
  let fragment = `#Mp-At_${path.article}`;
  if (path.paragraph || path.item) fragment += `-Pr_${path.paragraph ?? '1'}`;
  if (path.item) fragment += `-It_${path.item}`;
  return base + fragment;
}
