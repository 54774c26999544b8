import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/lib/parse/dates.ts';
import { ERAS, eraDate, eraNamed, eraOf, eraOfRomaji, gregorianYear } from '../../src/lib/text/era.ts';

describe('the era table', () => {
  it('holds the official first days', () => {
    expect(ERAS.map((era) => [era.name, era.romaji, era.code, era.start])).toEqual([
      ['明治', 'Meiji', 1, '1868-10-23'],
      ['大正', 'Taisho', 2, '1912-07-30'],
      ['昭和', 'Showa', 3, '1926-12-25'],
      ['平成', 'Heisei', 4, '1989-01-08'],
      ['令和', 'Reiwa', 5, '2019-05-01'],
    ]);
  });

  it('turns era years into Gregorian years, 元年 being the first', () => {
    expect(gregorianYear(eraNamed('平成')!, 15)).toBe(2003);
    expect(gregorianYear(eraNamed('令和')!, 1)).toBe(2019);
    expect(gregorianYear(eraOfRomaji('Showa')!, 64)).toBe(1989);
    expect(gregorianYear(eraOfRomaji('Meiji')!, 45)).toBe(1912);
    expect(eraNamed('慶応')).toBeUndefined();
  });
});

describe('the era of a date', () => {
  it.each([
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2020-01-01', '令和2年1月1日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1912-07-29', '明治45年7月29日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1868-10-23', '明治元年10月23日'],
    // the 改元の詔 made the whole of 1868 明治元年
    ['1868-01-01', '明治元年1月1日'],
    ['1868-10-22', '明治元年10月22日'],
  ])('%s is %s', (iso, printed) => {
    expect(eraDate(iso)).toBe(printed);
  });

  it('has none before 1868 or for what is not an ISO date', () => {
    expect(eraOf('1867-12-31')).toBeUndefined();
    expect(eraDate('1867-12-31')).toBeUndefined();
    expect(eraOf('2019/05/01')).toBeUndefined();
    expect(eraOf('')).toBeUndefined();
  });

  it('is read back to the same date', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1868-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(readDate(eraDate(iso)!)).toBe(iso);
        },
      ),
    );
  });

  // Intl's japanese calendar (ICU) prints the same from 1868-10-23 on, but gives early 1868 to
  // 慶応 and depends on the ICU data of the runtime; reading dates needs the table anyway. So the
  // table formats, and Intl checks it.
  it('is printed as the japanese calendar of Intl prints it, from 1868-10-23 on', () => {
    const format = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { dateStyle: 'long', timeZone: 'UTC' });
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    fc.assert(
      fc.property(
        fc.date({ min: day('1868-10-23'), max: day('2099-12-31'), noInvalidDate: true }),
        (date) => {
          expect(eraDate(date.toISOString().slice(0, 10))).toBe(format.format(date));
        },
      ),
      { numRuns: 2000 },
    );
    for (const { start } of ERAS) {
      expect(eraDate(start)).toBe(format.format(day(start)));
      const before = new Date(day(start).getTime() - 86_400_000).toISOString().slice(0, 10);
      if (before >= '1868-10-23') expect(eraDate(before)).toBe(format.format(day(before)));
    }
  });
});
