import { ERA_NAME_PATTERN, eraNamed, eraOfRomaji, gregorianYear } from '../text/era.ts';
import { NUMERAL_CLASS, parseNumeral } from '../text/numerals.ts';

/** The Law attributes that make a law number: Era, Year, Num and LawType. */
export interface LawNumber {
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
export function lawIdOf(number: LawNumber): string | undefined {
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
export interface PrintedLawNumber {
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
