/**
 * Counting deadlines as the texts word them, in calendar days. Runs in the browser too (the
 * deadline calculator), so it imports nothing.
 *
 * - 請求があった日から起算して14日以内: the day of the request is day 1; due on request + 13 days.
 * - 請求書を提出した日の翌日から起算して14日以内: the next day is day 1; due on request + 14 days.
 * - 提出した日から30日以内 (no 起算): the Civil Code (民法第140条) does not count the first day,
 *   so the next day is day 1; due on request + 30 days.
 * - 同項に規定する期間を30日以内に限り延長: 30 days added to the end of the first period.
 *
 * The texts do not move a deadline that falls on a weekend or holiday, so neither does this.
 */

/** How a day count is counted (see Counting in facts.ts). */
type DayCounting = 'request-day' | 'next-day' | 'next-day-civil-code' | 'added';

/** A calendar date as yyyy-mm-dd. */
type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

/** Parse yyyy-mm-dd to a UTC day number; undefined when it is not a real calendar date. */
export function parseIsoDate(value: string): number | undefined {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return time / DAY;
}

/** Format a UTC day number as yyyy-mm-dd. */
function formatIsoDate(dayNumber: number): IsoDate {
  return new Date(dayNumber * DAY).toISOString().slice(0, 10);
}

/** Add calendar days to a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = parseIsoDate(date);
  if (start === undefined) throw new RangeError(`Unexpected date \`${date}\`, expected yyyy-mm-dd`);
  return formatIsoDate(start + days);
}

/**
 * The last day of a period of `days` days that starts from `start` (the request date) as the
 * text counts it. For `added`, `start` is the end of the first period and the result its end
 * after extension.
 */
export function dueDate(start: IsoDate, days: number, counting: DayCounting): IsoDate {
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`Unexpected period of ${days} days, expected 1 or more`);
  switch (counting) {
    case 'request-day':
      return addDays(start, days - 1);
    case 'next-day':
    case 'next-day-civil-code':
    case 'added':
      return addDays(start, days);
  }
}

/** The first day counted: the request date itself, or the next day. */
export function firstCountedDay(start: IsoDate, counting: DayCounting): IsoDate {
  return counting === 'request-day' ? start : addDays(start, 1);
}

/** A decision deadline and, when stated, how far it may be extended. */
export interface DeadlineRule {
  days: number;
  counting: Exclude<DayCounting, 'added'>;
  extension?: { days: number; counting: DayCounting };
}

/** What a request date gives under a rule. */
interface DeadlineResult {
  /** the first day counted */
  firstDay: IsoDate;
  /** the decision is due by the end of this day */
  due: IsoDate;
  /** the latest date when the city extends the period, if the text allows it */
  extendedDue?: IsoDate;
}

/** Apply a rule to a request date (yyyy-mm-dd); undefined when the date is not valid. */
export function computeDeadline(requestDate: string, rule: DeadlineRule): DeadlineResult | undefined {
  if (parseIsoDate(requestDate) === undefined) return undefined;
  const due = dueDate(requestDate, rule.days, rule.counting);
  const result: DeadlineResult = { firstDay: firstCountedDay(requestDate, rule.counting), due };
  if (rule.extension) {
    const { days, counting } = rule.extension;
    result.extendedDue =
      counting === 'added' ? dueDate(due, days, 'added') : dueDate(requestDate, days, counting);
  }
  return result;
}
