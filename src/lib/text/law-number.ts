/**
 * Law numbers (法令番号) as Japanese texts print them, and what follows from them: the kind of
 * enactment, the e-Gov law ID and address, and the English number ("Act No. 57 of 2003"). The one
 * reader every layer uses: analysis reads numbers in normalised text (昭和22年法律第67号), the
 * e-Gov import and export read them as printed (平成十五年法律第五十七号), pages write them in English.
 *
 * An e-Gov law ID is the era digit (明治 1, 大正 2, 昭和 3, 平成 4, 令和 5), the two-digit year,
 * a type code (AC act, CO cabinet order, IO imperial order) and ten digits. For acts submitted by
 * the Cabinet the ten digits are the zero-padded number (昭和22年法律第67号 → 322AC0000000067);
 * acts introduced by members of the Diet carry 1000000 (House of Representatives) or 0100000
 * (House of Councillors) before the number, which the number does not tell: those few live in
 * `LAW_ID_EXCEPTIONS`. Ministerial ordinances and commission rules have IDs built from codes of
 * their issuers, so they keep `lawId: null` with their law number.
 */

import { ERA_NAME_PATTERN, eraNamed, eraOfRomaji, gregorianYear } from './era.ts';
import { NUMERAL_CLASS, parseNumeral } from './numerals.ts';

/** What kind of enactment a law number names. */
export type LawKind = 'act' | 'cabinet-order' | 'imperial-order' | 'ordinance' | 'ministerial' | 'treaty';

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
  if (kind === 'ordinance' || kind === 'ministerial' || kind === 'treaty') {
    const date = month ? `${month}月${day}日` : '';
    const lawNum = `${era}${year}年${date}${issuer}第${num}号`;
    // a treaty's e-Gov ID is not its number's (昭和28年条約第21号 is promulgated, not enacted)
    return { lawNum, kind, lawId: kind === 'ordinance' ? `ordinance:${lawNum}` : null };
  }
  const lawNum = `${era}${year}年${issuer}第${num}号`;
  const lawType = kind === 'act' ? 'Act' : kind === 'cabinet-order' ? 'CabinetOrder' : 'ImperialOrder';
  const lawId =
    LAW_ID_EXCEPTIONS[lawNum] ??
    lawIdOf({ era: eraNamed(era!)!.romaji, year: year!, num: num!, lawType }) ??
    null;
  return { lawNum, kind, lawId };
}

function kindOf(issuer: string): LawKind | undefined {
  if (issuer === '法律') return 'act';
  if (issuer === '政令') return 'cabinet-order';
  if (issuer === '勅令') return 'imperial-order';
  if (issuer === '条約') return 'treaty';
  if (/条例$/.test(issuer)) return 'ordinance';
  // rules, instructions and notices of a city, town, village or prefecture, or printed without issuer
  if (/^(?:.*[都道府県市町村区])?(?:規則|訓令|告示|規程|要綱)$/.test(issuer)) return 'ordinance';
  if (/(?:省令|府令|規則|告示|訓令)$/.test(issuer)) return 'ministerial';
  return undefined;
}

/** The e-Gov XML `Law` attributes that make a law number: Era, Year, Num and LawType. */
export interface LawAttributes {
  era?: string;
  year?: string;
  num?: string;
  lawType?: string;
}

/** Law types whose e-Gov law ID follows from the law number alone. */
const TYPE_CODES: Record<string, string> = { Act: 'AC', CabinetOrder: 'CO', ImperialOrder: 'IO' };
/** Kinds of law as printed in a law number, with their LawType. */
const PRINTED_TYPES: Array<[RegExp, string]> = [
  [/^憲法/, 'Constitution'],
  [/^法律/, 'Act'],
  [/^政令/, 'CabinetOrder'],
  [/^勅令/, 'ImperialOrder'],
  [/(?:府|省)令/, 'MinisterialOrdinance'],
  [/規則/, 'Rule'],
];

const N = `[${NUMERAL_CLASS}]+`;
const LAW_NUM = new RegExp(`^(${ERA_NAME_PATTERN})(元|${N})年(?:(${N})月(${N})日)?\\s*(.*)$`);

/**
 * The e-Gov law ID of a law number (`415AC0000000057` for 平成十五年法律第五十七号), for acts,
 * cabinet orders and imperial orders; undefined for the rest, whose IDs name the ministry.
 * Acts introduced by members of the Diet have a `1` where this writes `0` (415AC1000000…): the
 * law number is unique either way, so {@link lawKey} ignores that digit when matching.
 */
export function lawIdOf(number: LawAttributes): string | undefined {
  const era = eraOfRomaji(number.era ?? '');
  const year = Number(number.year);
  const num = Number(number.num);
  if (!era || !Number.isInteger(year) || year <= 0) return undefined;
  const yy = String(year).padStart(2, '0');
  if (number.lawType === 'Constitution') return `${era.code}${yy}CONSTITUTION`;
  const type = TYPE_CODES[number.lawType ?? ''];
  if (!type || !Number.isInteger(num) || num <= 0) return undefined;
  return `${era.code}${yy}${type}${String(num).padStart(10, '0')}`;
}

/** A matching key for a law ID: era, year, type and number, without the who-introduced-it digit. */
export function lawKey(lawId: string): string {
  const m = /^(\d)(\d\d)(AC|CO|IO)\d(\d{9})$/.exec(lawId.trim().toUpperCase());
  return m ? `${m[1]}${m[2]}${m[3]}${Number(m[4])}` : lawId.trim().toUpperCase();
}

/** A printed law number read: 平成十五年法律第五十七号 → 平成, 2003, 15, 法律第五十七号, Act, 57. */
interface PrintedLawNumber {
  eraName: string;
  era: string;
  year: number;
  westernYear: number;
  /** the number without its year: 法律第五十七号, 条例第57号 */
  number: string;
  lawType?: string;
  num?: number;
}

/** Read a printed law number (平成十五年法律第五十七号, 平成18年9月22日条例第57号). */
export function readLawNumber(text: string): PrintedLawNumber | undefined {
  const m = LAW_NUM.exec(text.trim());
  if (!m) return undefined;
  const era = eraNamed(m[1]!)!;
  const year = m[2] === '元' ? 1 : parseNumeral(m[2]!);
  if (Number.isNaN(year)) return undefined;
  const number = m[5]!.trim();
  const out: PrintedLawNumber = {
    eraName: era.name,
    era: era.romaji,
    year,
    westernYear: gregorianYear(era, year),
    number,
  };
  const type = PRINTED_TYPES.find(([pattern]) => pattern.test(number))?.[1];
  if (type) out.lawType = type;
  const num = new RegExp(`第(${N})号`).exec(number)?.[1];
  if (num && !Number.isNaN(parseNumeral(num))) out.num = parseNumeral(num);
  return out;
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

/** An enactment number as pages print it: its era year (optional), kind and number. */
const ENGLISH_NUMBER = new RegExp(
  `^(?:(${ERA_NAME_PATTERN})(元|[${NUMERAL_CLASS}]+)年)?(.+?)第([${NUMERAL_CLASS}]+)号$`,
);

/**
 * An enactment number in English: 条例第57号 → "Ordinance No. 57", 令和四年条例第一三〇号 →
 * "Ordinance No. 130" (kanji numerals, digit by digit or with units). An era year before it is
 * dropped (the date is shown beside it) unless `withYear` asks for it: 令和3年法律第37号 → "Act No.
 * 37 of 2021". Kinds not known stay as printed.
 */
export function englishLawNumber(printed: string, { withYear = false } = {}): string {
  const normalized = printed.normalize('NFKC').replace(/\s/g, '');
  const match = ENGLISH_NUMBER.exec(normalized);
  if (!match) return printed;
  const kind = NUMBER_KINDS.find(([pattern]) => pattern.test(match[3]!))?.[1];
  const number = parseNumeral(match[4]!);
  if (!kind || Number.isNaN(number)) return printed;
  const eraYear = match[2] === '元' ? 1 : parseNumeral(match[2] ?? '');
  const era = match[1] ? eraNamed(match[1]) : undefined;
  const year = era && !Number.isNaN(eraYear) ? gregorianYear(era, eraYear) : undefined;
  return withYear && year ? `${kind} No. ${number} of ${year}` : `${kind} No. ${number}`;
}

/** A provision of a law by its numbers (244_2, 3), as an e-Gov address points at it. */
interface ProvisionPath {
  suppl?: boolean;
  article?: string;
  paragraph?: string;
  item?: string;
}

/**
 * The e-Gov address of a law, with a fragment for an article of the main provisions:
 * https://laws.e-gov.go.jp/law/322AC0000000067#Mp-At_244_2-Pr_3. Null for enactments e-Gov does
 * not serve (municipal ordinances) or whose ID is unknown.
 */
export function egovUrl(lawId: string | null, path: ProvisionPath): string | null {
  if (!lawId || lawId.startsWith('ordinance:')) return null;
  const base = `https://laws.e-gov.go.jp/law/${lawId}`;
  if (path.suppl || !path.article) return base;
  let fragment = `#Mp-At_${path.article}`;
  if (path.paragraph || path.item) fragment += `-Pr_${path.paragraph ?? '1'}`;
  if (path.item) fragment += `-It_${path.item}`;
  return base + fragment;
}
