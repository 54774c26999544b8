/**
 * The Japanese eras since the Meiji restoration: the one table every layer reads (dates in
 * sources, law numbers, e-Gov law IDs and attributes, dates on pages).
 *
 * `start` is the day each era began, as proclaimed. Meiji is the exception to "a date belongs to
 * the era that began on or before it": the 改元の詔 of 1868-10-23 made the whole of 慶応4年
 * 明治元年 (改慶應四年爲明治元年), so laws and histories write the events of early 1868 in Meiji
 * (明治元年3月14日). A Gregorian date from 1868-01-01 on is therefore 明治元年 here, and a date
 * before 1868 has no era. Japan kept the lunisolar calendar until 明治5年12月2日 (1872-12-31):
 * a date printed in 明治元年–5年 is read with its month and day as printed, not converted.
 */

/** An era: its name as printed, the e-Gov `Era` attribute value, the law-ID digit, its first day. */
interface Era {
  /** as printed: 平成 */
  name: string;
  /** the e-Gov XML `Era` attribute, also the English name on pages: Heisei */
  romaji: string;
  /** the first digit of an e-Gov law ID: 4 (415AC0000000057) */
  code: number;
  /** the day the era began, ISO: 1989-01-08 */
  start: string;
  /** the first day a date is written in this era: `start`, but 1868-01-01 for Meiji (see above) */
  from: string;
  /** the Gregorian year of its 元年 */
  firstYear: number;
}

function era(name: string, romaji: string, code: number, start: string, from = start): Era {
  return { name, romaji, code, start, from, firstYear: Number(start.slice(0, 4)) };
}

/** Oldest first. */
export const ERAS: readonly Era[] = [
  era('明治', 'Meiji', 1, '1868-10-23', '1868-01-01'),
  era('大正', 'Taisho', 2, '1912-07-30'),
  era('昭和', 'Showa', 3, '1926-12-25'),
  era('平成', 'Heisei', 4, '1989-01-08'),
  era('令和', 'Reiwa', 5, '2019-05-01'),
];

/** The era names as a regular-expression alternation: `明治|大正|昭和|平成|令和`. */
export const ERA_NAME_PATTERN = ERAS.map((e) => e.name).join('|');

/** The era printed as `name` (平成), if it is one. */
export function eraNamed(name: string): Era | undefined {
  return ERAS.find((e) => e.name === name);
}

/** The era whose e-Gov `Era` attribute is `romaji` (Heisei). */
export function eraOfRomaji(romaji: string): Era | undefined {
  return ERAS.find((e) => e.romaji === romaji);
}

/** The Gregorian year of an era year: 平成, 15 → 2003. */
export function gregorianYear(era: Era, year: number): number {
  return era.firstYear + year - 1;
}

/** An era year as printed: 1 → 元, 15 → 15 (平成元年, 平成15年). */
export function printedEraYear(year: number): string {
  return year === 1 ? '元' : String(year);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The era and era year of an ISO date: 2006-09-22 → 平成 18; undefined before 1868 or when not a date. */
export function eraOf(iso: string): { era: Era; year: number } | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const era = ERAS.findLast((candidate) => candidate.from <= iso);
  return era ? { era, year: Number(match[1]) - era.firstYear + 1 } : undefined;
}

/** 2006-09-22 → 平成18年9月22日, 2019-05-01 → 令和元年5月1日; undefined before 1868. */
export function eraDate(iso: string): string | undefined {
  const of = eraOf(iso);
  if (!of) return undefined;
  const parts = JAPANESE_CALENDAR.formatToParts(new Date(`${iso}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // ICU dates the Meiji era from 1868-09-08 (the lunisolar 明治元年9月8日): earlier 1868 dates
  // are written in Meiji here (see above), so the table's era and year win over ICU's.
  if (part('era') !== of.era.name) {
    const [, , month, day] = ISO_DATE.exec(iso)!;
    return `${of.era.name}${printedEraYear(of.year)}年${Number(month)}月${Number(day)}日`;
  }
  const year = part('year') === '元' ? 1 : Number(part('year'));
  return `${part('era')}${printedEraYear(year)}年${part('month')}月${part('day')}日`;
}

/** The Japanese calendar of ICU: era, era year, month and day of a date (UTC, as ISO dates are). */
const JAPANESE_CALENDAR = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});
