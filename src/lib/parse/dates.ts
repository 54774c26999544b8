import { ERA_NAME_PATTERN, eraNamed, gregorianYear } from '../text/era.ts';
import { NUMERAL_CLASS, parseNumeral } from '../text/numerals.ts';

const N = `[${NUMERAL_CLASS}]+`;
const ERA_DATE = new RegExp(`(${ERA_NAME_PATTERN})(元|${N})年(${N})月(${N})日`);
const WESTERN_DATE = new RegExp(`([0-9０-９]{4})年(${N})月(${N})日`);

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads a date written in the Japanese or Western calendar (平成18年9月22日, 2024年1月17日) as ISO yyyy-mm-dd. */
export function readDate(text: string): string | undefined {
  const era = ERA_DATE.exec(text);
  if (era) {
    const year = era[2] === '元' ? 1 : parseNumeral(era[2]!);
    const month = parseNumeral(era[3]!);
    const day = parseNumeral(era[4]!);
    if ([year, month, day].some(Number.isNaN)) return undefined;
    return `${gregorianYear(eraNamed(era[1]!)!, year)}-${pad(month)}-${pad(day)}`;
  }
  const western = WESTERN_DATE.exec(text);
  if (western) {
    const [y, m, d] = [parseNumeral(western[1]!), parseNumeral(western[2]!), parseNumeral(western[3]!)];
    if ([y, m, d].some(Number.isNaN)) return undefined;
    return `${y}-${pad(m)}-${pad(d)}`;
  }
  return undefined;
}

/** A line that is nothing but a date. */
export function readDateLine(text: string): string | undefined {
  const body = text.trim();
  const date = readDate(body);
  if (!date) return undefined;
  const rest = body.replace(ERA_DATE, '').replace(WESTERN_DATE, '').trim();
  return rest === '' ? date : undefined;
}

/** What an enactment number names (…第N号): the one list for number lines and numbers in parentheses. */
const ENACTING_KIND = '(?:条例|規則|法律|政令|省令|府令|規程|訓令|告示|要綱)';

const NUMBER_LINE = new RegExp(
  `^(?:((?:${ERA_NAME_PATTERN})(?:元|${N})年(?:(?:${N})月(?:${N})日)?)\\s*)?((?:[^\\s第]{0,20}?)${ENACTING_KIND}第(${N})号)$`,
);

/**
 * A promulgation number line: 条例第57号, 平成十五年法律第五十七号, or the whole line in
 * parentheses as national laws print it under their title: (令和五年法律第九十九号).
 */
export function readNumberLine(
  text: string,
): { number: string; date?: string; dateText?: string } | undefined {
  // every number line ends in 号: the caption of nearly every article is ruled out before the
  // trim, the test for parentheses and the expression (a lazy repeat tried before each kind)
  if (!text.includes('号')) return undefined;
  const body = text.trim();
  const m = NUMBER_LINE.exec(/^[(（][^()（）]*[)）]$/.test(body) ? body.slice(1, -1).trim() : body);
  if (!m) return undefined;
  const out: { number: string; date?: string; dateText?: string } = { number: m[2]! };
  if (m[1]) {
    out.dateText = m[1];
    const date = readDate(m[1]);
    if (date) out.date = date;
  }
  return out;
}

/** An amendment history line: 平成19年10月1日 条例第24号. */
export function readHistoryLine(text: string): { date: string; label: string; title: string } | undefined {
  const m = new RegExp(`^(.*?日)\\s*(.*第${N}号.*)$`).exec(text.trim());
  if (!m) return undefined;
  const date = readDate(m[1]!);
  if (!date) return undefined;
  return { date, label: m[2]!.trim(), title: m[1]! };
}

/** (昭和三十年三月三十一日建設省令第五号), with a 最終改正/施行 note after it or not. */
const NUMBER_IN_PARENS = new RegExp(
  `^\\([^()]*${ENACTING_KIND}第${N}号[^()]*\\)\\s*(?:(?:最終改正|施行|改正)[^()]*)?$`,
);
/**
 * 最終改正：令和七年三月一日政令第二号, 施行日：令和六年四月一日, and as 例規集 pages print it
 * without the colon: 最終改正　令和四年十二月十六日条例第二十号, 最終改正令和4年….
 */
const NOTE_HEAD = `(?:最終改正|施行日|施行期日|公布日)(?:\\s*[:：]|\\s*(?=(?:${ERA_NAME_PATTERN}|[0-9０-９])))`;
const NOTE_LINE = new RegExp(`^${NOTE_HEAD}`);
/** (昭和二十二年十一月二十日法律第百三十七号)最終改正：平成五年五月七日法律第三九号: e-Gov's number line with its note. */
const NUMBER_THEN_NOTE = new RegExp(`^([(（][^()（）]*[)）])\\s*(${NOTE_HEAD}.*)$`);

/**
 * A law's own number in a header line, apart from a note of its last amendment: the note
 * (最終改正：平成二五年…法律第四四号) names another law's number, never this one's, whether it
 * follows the number line or stands on a line of its own.
 */
export function readOwnNumberLine(text: string): ReturnType<typeof readNumberLine> {
  const body = text.trim();
  const noted = NUMBER_THEN_NOTE.exec(body);
  if (noted) return readNumberLine(noted[1]!);
  return NOTE_LINE.test(body) ? undefined : readNumberLine(body);
}

/**
 * A line of the amendment history a 例規集 prints under the number line: 改正　平成14年3月26日条例第8号,
 * and each later one alone (平成17年3月28日条例第2号): a date and a number, no sentence.
 */
export function isAmendmentLine(text: string): boolean {
  // 改正 alone: the heading of the history printed on the lines below it
  if (/^(?:改正|一部改正|最終改正)$/.test(text.trim())) return true;
  const body = text.trim().replace(/^(?:改正|一部改正|最終改正)\s*/, '');
  if (body.length > 60 || /[。、]/.test(body)) return false;
  const entry = readHistoryLine(body);
  return entry !== undefined && readDateLine(entry.title) !== undefined && /^[^\s]{0,20}第/.test(entry.label);
}

/** A header line that is, or ends in, a note: 最終改正：…, (…法律第…号)最終改正：…. */
export function isNoteLine(text: string): boolean {
  const body = text.trim();
  return NOTE_LINE.test(body) || NUMBER_THEN_NOTE.test(body);
}
/** (令和6年4月1日施行), (平成18年9月22日). */
const DATE_IN_PARENS = new RegExp(
  `^\\((?:${ERA_DATE.source}|${WESTERN_DATE.source})\\s*(?:制定|公布|施行|改正)?\\)$`,
);

/**
 * A law's number or date line — 平成十五年法律第五十七号, (昭和三十年三月三十一日建設省令第五号)最終改正：…,
 * 施行日：…, (令和6年4月1日施行): a header, never a sentence, so no sentence runs on from it to
 * the next line however wide it is printed. `text` is a line's half-width view.
 */
export function isHeaderLine(text: string): boolean {
  const body = text.trim();
  return (
    NUMBER_IN_PARENS.test(body) ||
    NOTE_LINE.test(body) ||
    DATE_IN_PARENS.test(body) ||
    isAmendmentLine(body) ||
    readDateLine(body) !== undefined ||
    readNumberLine(body) !== undefined
  );
}
