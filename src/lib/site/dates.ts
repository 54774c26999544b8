import type { Lang } from '../i18n/index.ts';

/** Japanese eras from their first day, latest first (the era of a date is the first that began on or before it). */
const ERAS: ReadonlyArray<{ ja: string; en: string; start: string }> = [
  { ja: '令和', en: 'Reiwa', start: '2019-05-01' },
  { ja: '平成', en: 'Heisei', start: '1989-01-08' },
  { ja: '昭和', en: 'Showa', start: '1926-12-25' },
  { ja: '大正', en: 'Taisho', start: '1912-07-30' },
  { ja: '明治', en: 'Meiji', start: '1868-10-23' },
];

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The era and year of an ISO date: 2006-09-22 → { ja: 平成, en: Heisei, year: 18 }; undefined before Meiji. */
export function eraOf(iso: string): { ja: string; en: string; year: number } | undefined {
  const match = ISO.exec(iso);
  if (!match) return undefined;
  const era = ERAS.find((candidate) => candidate.start <= iso);
  if (!era) return undefined;
  return { ja: era.ja, en: era.en, year: Number(match[1]) - Number(era.start.slice(0, 4)) + 1 };
}

/** 2006-09-22 → 平成18年9月22日 (the first year of an era is 元年, as documents print it). */
export function japaneseEraDate(iso: string): string | undefined {
  const match = ISO.exec(iso);
  const era = eraOf(iso);
  if (!match || !era) return undefined;
  return `${era.ja}${era.year === 1 ? '元' : era.year}年${Number(match[2])}月${Number(match[3])}日`;
}

/** 2006-09-22 → 2006年9月22日 / September 22, 2006. */
export function gregorianDate(lang: Lang, iso: string): string {
  const match = ISO.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  return lang === 'ja'
    ? `${Number(year)}年${Number(month)}月${Number(day)}日`
    : `${MONTHS[Number(month) - 1]} ${Number(day)}, ${Number(year)}`;
}

/**
 * A date in both calendars, the reader's first: 平成18年9月22日（2006年）/ September 22, 2006
 * (Heisei 18). Dates before the Meiji era are Gregorian only.
 */
export function bothCalendars(lang: Lang, iso: string): { main: string; other?: string } {
  const era = eraOf(iso);
  const eraDate = japaneseEraDate(iso);
  if (!era || !eraDate) return { main: gregorianDate(lang, iso) };
  if (lang === 'ja') return { main: eraDate, other: `${ISO.exec(iso)![1]}年` };
  return { main: gregorianDate('en', iso), other: `${era.en} ${era.year}` };
}
