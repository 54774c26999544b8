import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/lib/compare/facts.ts';
import { buildFactsExport, factsToCsv } from '../../src/lib/export/facts.ts';

const facts: Fact[] = [
  {
    city: 'hyuga',
    doc: 'jorei',
    key: 'disclosure.decision_days',
    value: 14,
    unit: 'days',
    anchor: 'art-26-p1',
    quote: '14日以内に、しなければならない。"引用"',
    counting: 'request-day',
    basis: 'local',
    source: { city: 'hyuga', doc: 'jorei', anchor: 'art-26-p1' },
    current: false,
    asOf: '2018-09-25',
  },
  {
    city: 'hyuga',
    doc: 'jorei',
    key: 'agencies.list' as Fact['key'],
    value: ['市長', '教育委員会'],
    unit: 'list',
    anchor: 'art-2-p1',
    quote: '市長\n教育委員会',
    basis: 'local',
    source: { city: 'hyuga', doc: 'jorei', anchor: 'art-2-p1' },
    current: false,
  },
];

describe('facts export', () => {
  it('links a national default applied to a city to the law’s clause', () => {
    const applied: Fact = {
      ...facts[0]!,
      doc: 'appi',
      value: 30,
      anchor: 'art-83-p1',
      basis: 'national',
      source: { city: 'national', doc: 'appi', anchor: 'art-83-p1' },
      current: true,
    };
    expect(buildFactsExport([applied]).facts[0]?.url).toEqual({
      ja: '/ja/national/appi/#art-83-p1',
      en: '/en/national/appi/#art-83-p1',
    });
  });

  it('links every fact to its clause on both pages', () => {
    expect(buildFactsExport(facts).facts[0]?.url).toEqual({
      ja: '/ja/hyuga/jorei/#art-26-p1',
      en: '/en/hyuga/jorei/#art-26-p1',
    });
  });

  it('writes RFC 4180 CSV with a BOM, quoting commas, quotes and line breaks', () => {
    const csv = factsToCsv(facts);
    expect(
      csv.startsWith(
        '\uFEFFcity,doc,key,value,unit,counting,anchor,url_ja,url_en,quote,basis,source_city,source_doc,source_anchor,current,as_of\r\n',
      ),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      'hyuga,jorei,disclosure.decision_days,14,days,request-day,art-26-p1,/ja/hyuga/jorei/#art-26-p1,/en/hyuga/jorei/#art-26-p1,"14日以内に、しなければならない。""引用""",local,hyuga,jorei,art-26-p1,false,2018-09-25',
    );
    expect(lines[2]).toContain(',市長 | 教育委員会,list,,');
    expect(lines[2]).toContain('"市長\n教育委員会"');
  });
});
