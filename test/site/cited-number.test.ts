import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citedNumber } from '../../src/lib/site/cited-number.ts';

const HYUGA = { ja: '日向市', en: 'Hyuga City' };

describe('the number a pasted citation gives a document', () => {
  it('adds the year of promulgation and the municipality to a bare ordinance number', () => {
    const input = { printed: '条例第57号', promulgated: '平成18年9月22日', issuer: HYUGA };
    expect(citedNumber(input, 'ja')).toBe('平成18年日向市条例第57号');
    expect(citedNumber(input, 'en')).toBe('Hyuga City Ordinance No. 57 of 2006');
    const rule = { printed: '規則第３号', promulgated: '令和元年5月1日', issuer: HYUGA };
    expect(citedNumber(rule, 'ja')).toBe('令和元年日向市規則第3号');
    expect(citedNumber(rule, 'en')).toBe('Hyuga City Rule No. 3 of 2019');
  });

  it('keeps a year or issuer the number already prints, and never names a city in an Act', () => {
    const tokyo = {
      printed: '令和四年条例第一三〇号',
      promulgated: '令和4年12月22日',
      issuer: { ja: '東京都', en: 'Tokyo' },
    };
    expect(citedNumber(tokyo, 'ja')).toBe('令和四年東京都条例第一三〇号');
    expect(citedNumber(tokyo, 'en')).toBe('Tokyo Ordinance No. 130 of 2022');
    const act = {
      printed: '平成十五年法律第五十七号',
      promulgated: '平成15年5月30日',
      issuer: { ja: '国の法令', en: 'National laws' },
    };
    expect(citedNumber(act, 'ja')).toBe('平成十五年法律第五十七号');
    expect(citedNumber(act, 'en')).toBe('Act No. 57 of 2003');
  });

  it('falls back to the printed number when there is no date or it cannot be read', () => {
    expect(citedNumber({ printed: '条例第57号' }, 'ja')).toBe('条例第57号');
    expect(citedNumber({ printed: '条例第57号' }, 'en')).toBe('Ordinance No. 57');
    expect(citedNumber({ printed: '告示第2号', promulgated: 'no date' }, 'ja')).toBe('告示第2号');
    expect(citedNumber({ printed: 'something else', issuer: HYUGA }, 'en')).toBe('something else');
  });

  it('never loses the printed number (any text)', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (printed, promulgated) => {
        for (const lang of ['ja', 'en'] as const) {
          const out = citedNumber({ printed, promulgated, issuer: HYUGA }, lang);
          expect(typeof out).toBe('string');
          if (lang === 'ja')
            expect(out.normalize('NFKC').replace(/\s/g, '')).toContain(
              printed
                .normalize('NFKC')
                .replace(/\s/g, '')
                .replace(/^.*?年/, ''),
            );
        }
      }),
    );
  });
});
