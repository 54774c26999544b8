import type { Lang } from '../i18n/index.ts';
import { eraDate, eraOf } from '../text/era.ts';

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
  const of = eraOf(iso);
  const printed = eraDate(iso);
  if (!of || !printed) return { main: gregorianDate(lang, iso) };
  if (lang === 'ja') return { main: printed, other: `${ISO.exec(iso)![1]}年` };
  return { main: gregorianDate('en', iso), other: `${of.era.romaji} ${of.year}` };
}
