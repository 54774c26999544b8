import { describe, expect, it } from 'vitest';
import {
  addDays,
  computeDeadline,
  dueDate,
  firstCountedDay,
  parseIsoDate,
} from '../../src/lib/compare/deadline.ts';

describe('counting a period as the text words it', () => {
  it('counts the request day as day 1 for 請求があった日から起算して14日以内', () => {
    expect(firstCountedDay('2025-04-01', 'request-day')).toBe('2025-04-01');
    expect(dueDate('2025-04-01', 14, 'request-day')).toBe('2025-04-14');
  });

  it('counts from the next day for 提出した日の翌日から起算して14日以内', () => {
    expect(firstCountedDay('2025-04-01', 'next-day')).toBe('2025-04-02');
    expect(dueDate('2025-04-01', 14, 'next-day')).toBe('2025-04-15');
  });

  it('leaves the first day out for 提出した日から30日以内 (Civil Code art. 140)', () => {
    expect(dueDate('2025-04-01', 30, 'next-day-civil-code')).toBe('2025-05-01');
  });

  it('adds an extension to the end of the first period', () => {
    expect(dueDate('2025-05-01', 30, 'added')).toBe('2025-05-31');
  });

  it('rejects periods shorter than a day', () => {
    expect(() => dueDate('2025-04-01', 0, 'request-day')).toThrow(RangeError);
  });
});

describe('month and year boundaries', () => {
  it.each([
    // [request, days, counting, due]
    ['2025-01-25', 14, 'request-day', '2025-02-07'],
    ['2025-01-25', 14, 'next-day', '2025-02-08'],
    ['2025-04-30', 14, 'request-day', '2025-05-13'],
    ['2025-12-20', 14, 'request-day', '2026-01-02'],
    ['2025-12-20', 14, 'next-day', '2026-01-03'],
    ['2025-12-31', 30, 'next-day-civil-code', '2026-01-30'],
    ['2024-02-20', 14, 'request-day', '2024-03-04'],
    ['2023-02-20', 14, 'request-day', '2023-03-05'],
    ['2024-02-15', 14, 'next-day', '2024-02-29'],
    ['2024-02-01', 30, 'request-day', '2024-03-01'],
    ['2023-02-01', 30, 'request-day', '2023-03-02'],
    ['2025-11-03', 60, 'request-day', '2026-01-01'],
  ] as const)('%s + %i days (%s) → %s', (request, days, counting, due) => {
    expect(dueDate(request, days, counting)).toBe(due);
  });

  it('does not shift across daylight saving or time zones (UTC day arithmetic)', () => {
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(addDays('2025-10-26', 1)).toBe('2025-10-27');
  });
});

describe('computeDeadline', () => {
  it("gives Hyuga's disclosure deadline and its extension counted from the request (art. 26)", () => {
    const rule = {
      days: 14,
      counting: 'request-day',
      extension: { days: 60, counting: 'request-day' },
    } as const;
    expect(computeDeadline('2025-12-20', rule)).toEqual({
      firstDay: '2025-12-20',
      due: '2026-01-02',
      extendedDue: '2026-02-17',
    });
  });

  it("gives Hyuga's correction deadline with 30 days added (art. 38)", () => {
    const rule = { days: 30, counting: 'request-day', extension: { days: 30, counting: 'added' } } as const;
    expect(computeDeadline('2025-01-31', rule)).toEqual({
      firstDay: '2025-01-31',
      due: '2025-03-01',
      extendedDue: '2025-03-31',
    });
  });

  it("gives Nagareyama's disclosure deadline from the day after submission", () => {
    expect(computeDeadline('2025-12-31', { days: 14, counting: 'next-day' })).toEqual({
      firstDay: '2026-01-01',
      due: '2026-01-14',
    });
  });

  it('returns undefined for dates that do not exist', () => {
    expect(computeDeadline('2025-02-29', { days: 14, counting: 'request-day' })).toBeUndefined();
    expect(computeDeadline('not a date', { days: 14, counting: 'request-day' })).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBeDefined();
  });
});
