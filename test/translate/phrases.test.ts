import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSchema, parseMetadata, readSourceSync } from '../../src/lib/ingest/index.ts';
import { parseOptionsFor } from '../../src/lib/parse/index.ts';
import { parseAny } from '../../src/lib/read/index.ts';
import {
  collectUnits,
  findPhraseMismatches,
  loadGlossary,
  loadTranslation,
  phraseEntries,
} from '../../src/lib/translate/index.ts';
import type { DocumentNode } from '../../src/lib/tree/types.ts';

const glossary = loadGlossary();
const phrases = phraseEntries(glossary.entries);

describe('legal phrases of the glossary', () => {
  it('carry checks for the phrases whose English changes the law', () => {
    expect(phrases.map((entry) => entry.ja)).toEqual(
      expect.arrayContaining(['と認められる', 'おそれがある', '専ら', '過料', '施行する', '市民']),
    );
  });

  it('tell a finding from a risk, and report a missing, avoided or reserved rendering', () => {
    const units = [
      { key: 'a', ja: '支障を及ぼすと認められるもの', en: 'information found likely to hinder' },
      { key: 'b', ja: '支障を及ぼすおそれがあるもの', en: 'information found to hinder' },
      { key: 'c', ja: '5万円以下の過料に処する。', en: 'shall be punished by a civil fine of 50,000 yen' },
      {
        key: 'd',
        ja: 'この条例は、公布の日から施行する。',
        en: 'This Ordinance shall come into effect on the day.',
      },
      {
        key: 'e',
        ja: '専らその職務の用以外の用に供する目的で',
        en: 'for a purpose other than exclusively for use in their duties',
      },
      { key: 'f', ja: '市民は、努めなければならない。', en: 'Citizens shall endeavor.' },
      {
        key: 'g',
        ja: '支障を及ぼすおそれがあると認められるもの',
        en: 'information found likely to hinder',
      },
    ];
    const found = findPhraseMismatches(units, phrases).map((m) => `${m.key} ${m.phrase} ${m.problem}`);
    expect(found).toEqual([
      'a おそれがある reserved',
      'b おそれがある missing',
      'c 過料 missing',
      'c 過料 avoided',
      'd 施行する avoided',
      'e 専ら avoided',
      'f 市民 missing',
      'f 市民 avoided',
    ]);
  });
});

describe('legal qualifiers', () => {
  it('are reported when the English drops them (原則として, ただし, 努めなければならない, できる)', () => {
    const units = [
      {
        key: 'a',
        ja: '開示請求については、原則として14日以内に決定します。',
        en: 'A decision is made within 14 days.',
      },
      {
        key: 'b',
        ja: '開示請求については、原則として14日以内に決定します。',
        en: 'In principle, a decision is made within 14 days.',
      },
      {
        key: 'c',
        ja: '期間を延長することができる。ただし、書面で通知する。',
        en: 'The period shall be extended in writing.',
      },
      {
        key: 'd',
        ja: '期間を延長することができる。ただし、書面で通知する。',
        en: 'The period may be extended; provided, however, that notice is given in writing.',
      },
      {
        key: 'e',
        ja: '個人情報の保護に努めなければならない。',
        en: 'Businesses must protect personal information.',
      },
      {
        key: 'f',
        ja: '個人情報の保護に努めなければならない。',
        en: 'Businesses must endeavor to protect personal information.',
      },
    ];
    const found = findPhraseMismatches(units, phrases).map((m) => `${m.key} ${m.phrase} ${m.problem}`);
    expect(found).toEqual([
      'a 原則として missing',
      'c ただし missing',
      'c できる missing',
      'e 努めなければならない missing',
    ]);
  });
});

/** A source parsed as the content build parses it (its translation is keyed by that tree). */
function parseAsBuilt(city: string, doc: string): DocumentNode {
  const path = `content/sources/${city}/${doc}.yaml`;
  const { data } = parseMetadata(documentSchema, readFileSync(path, 'utf8'), path);
  if (!data) throw new Error(`Invalid metadata ${path}`);
  const text = readdirSync(`content/sources/${city}`).find(
    (name) => name.startsWith(`${doc}.`) && !/\.(?:ya?ml|versions)$/.test(name.slice(doc.length)),
  );
  if (!text) throw new Error(`No source text for ${path}`);
  return parseAny(readSourceSync(`content/sources/${city}/${text}`), parseOptionsFor(data));
}

/**
 * Every English translation of a Japanese source, read from content/translations/ (not a list
 * kept by hand), so a translation added later is checked too.
 */
const ENGLISH_TRANSLATIONS = readdirSync('content/translations', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((city) =>
    readdirSync(`content/translations/${city.name}`)
      .filter((name) => name.endsWith('.en.yaml'))
      .map((name) => [city.name, name.slice(0, -'.en.yaml'.length)] as const),
  )
  .sort();

describe('the phrase check', () => {
  it('reads every English translation, the seeds, the APPI and Tokyo among them', () => {
    expect(ENGLISH_TRANSLATIONS.map(([city]) => city)).toEqual(
      expect.arrayContaining(['hyuga', 'mutsu', 'nagareyama', 'odawara', 'national', 'tokyo']),
    );
  });
});

describe.each(ENGLISH_TRANSLATIONS)('legal phrases in %s/%s', (city, doc) => {
  const tree = parseAsBuilt(city, doc);
  const translation = loadTranslation(city, doc, 'en');
  const units = collectUnits(tree).map((unit) => ({
    key: unit.key,
    ja: unit.source,
    en: translation.entries.get(unit.key)?.text ?? '',
  }));

  it('are rendered as the glossary says in every unit that holds one', () => {
    // every entry of the file is a unit of the tree checked here: none escapes the check
    const keys = new Set(units.map((unit) => unit.key));
    expect([...translation.entries.keys()].filter((key) => !keys.has(key))).toEqual([]);
    expect(units.filter((unit) => unit.en).length).toBeGreaterThan(10);
    expect(
      findPhraseMismatches(units, phrases).map(
        (m) =>
          `${m.key}: ${m.phrase} ${m.problem} /${m.expected}/ in ${JSON.stringify(units.find((u) => u.key === m.key)?.en.slice(0, 160))}`,
      ),
    ).toEqual([]);
  });
});
