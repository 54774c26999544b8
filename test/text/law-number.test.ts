import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERAS, printedEraYear } from '../../src/lib/text/era.ts';
import {
  egovUrl,
  englishLawNumber,
  LAW_ID_EXCEPTIONS,
  lawIdOf,
  lawKey,
  parseLawNumber,
  readLawNumber,
} from '../../src/lib/text/law-number.ts';
import { type KanjiNumeralStyle, toKanjiNumeral } from '../../src/lib/text/numerals.ts';

/** Printed kinds of national enactments, their e-Gov LawType, type code and English name. */
const NATIONAL = [
  { printed: '法律', lawType: 'Act', code: 'AC', english: 'Act' },
  { printed: '政令', lawType: 'CabinetOrder', code: 'CO', english: 'Cabinet Order' },
] as const;

const lawNumberParts = fc.record({
  era: fc.constantFrom(...ERAS),
  year: fc.integer({ min: 1, max: 64 }),
  kind: fc.constantFrom(...NATIONAL),
  num: fc.integer({ min: 1, max: 999 }),
  style: fc.constantFrom<KanjiNumeralStyle | 'arabic'>('arabic', 'positional', 'digits'),
});

function printed(n: number, style: KanjiNumeralStyle | 'arabic'): string {
  return style === 'arabic' ? String(n) : toKanjiNumeral(n, style);
}

describe('law numbers round trip through their parts', () => {
  it('a printed number reads back as its era, year, kind and number, in every numeral style', () => {
    fc.assert(
      fc.property(lawNumberParts, ({ era, year, kind, num, style }) => {
        const text = `${era.name}${year === 1 ? '元' : printed(year, style)}年${kind.printed}第${printed(num, style)}号`;
        const read = readLawNumber(text);
        expect(read).toMatchObject({
          eraName: era.name,
          era: era.romaji,
          year,
          westernYear: era.firstYear + year - 1,
          lawType: kind.lawType,
          num,
        });
        const id = lawIdOf({ era: read!.era, year: String(year), num: String(num), lawType: kind.lawType });
        expect(id).toBe(
          `${era.code}${String(year).padStart(2, '0')}${kind.code}${String(num).padStart(10, '0')}`,
        );
        expect(lawKey(id!)).toBe(`${era.code}${String(year).padStart(2, '0')}${kind.code}${num}`);
        expect(englishLawNumber(text, { withYear: true })).toBe(
          `${kind.english} No. ${num} of ${era.firstYear + year - 1}`,
        );
      }),
    );
  });

  it('the normalised reader and the e-Gov ID agree with the printed reader', () => {
    fc.assert(
      fc.property(lawNumberParts, ({ era, year, kind, num }) => {
        const lawNum = `${era.name}${year}年${kind.printed}第${num}号`;
        const read = parseLawNumber(lawNum);
        const id = lawIdOf({ era: era.romaji, year: String(year), num: String(num), lawType: kind.lawType });
        expect(read?.lawNum).toBe(lawNum);
        expect(read?.lawId).toBe(LAW_ID_EXCEPTIONS[lawNum] ?? id);
        expect(lawKey(read!.lawId!)).toBe(lawKey(id!));
      }),
    );
  });
});

describe('law numbers from real texts', () => {
  it.each([
    // APPI, as e-Gov prints it
    ['平成十五年法律第五十七号', { eraName: '平成', year: 15, westernYear: 2003, lawType: 'Act', num: 57 }],
    // 日向市個人情報保護条例 (content/sources/hyuga)
    ['平成18年9月22日条例第57号', { eraName: '平成', year: 18, number: '条例第57号', num: 57 }],
    ['令和元年法律第十六号', { eraName: '令和', year: 1, westernYear: 2019, lawType: 'Act', num: 16 }],
    ['平成二十七年個人情報保護委員会規則第一号', { lawType: 'Rule', num: 1 }],
  ])('reads %s', (text, expected) => {
    expect(readLawNumber(text)).toMatchObject(expected);
  });

  it('writes English numbers as pages print them', () => {
    expect(englishLawNumber('条例第57号')).toBe('Ordinance No. 57');
    expect(englishLawNumber('令和四年条例第一三〇号')).toBe('Ordinance No. 130');
    expect(englishLawNumber('平成十五年法律第五十七号', { withYear: true })).toBe('Act No. 57 of 2003');
    expect(englishLawNumber('告示第甲号')).toBe('告示第甲号');
  });

  it('reads nothing that is not a law number', () => {
    expect(readLawNumber('第五十七号')).toBeUndefined();
    expect(parseLawNumber('平成15年第57号')).toBeUndefined();
    expect(parseLawNumber(`慶応${printedEraYear(3)}年法律第1号`)).toBeUndefined();
  });

  it('addresses a provision on e-Gov', () => {
    expect(egovUrl('415AC0000000057', { article: '27', paragraph: '2' })).toBe(
      'https://laws.e-gov.go.jp/law/415AC0000000057#Mp-At_27-Pr_2',
    );
    expect(egovUrl(null, {})).toBeNull();
  });
});
