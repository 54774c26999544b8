import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findContact } from '../../src/lib/compare/contact.ts';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { extractFacts } from '../../src/lib/compare/facts.ts';
import { layerCityFacts } from '../../src/lib/compare/layers.ts';
import { authorityParams, fillMessage } from '../../src/lib/compare/present.ts';
import { buildRightsGuide, type RightsGuide } from '../../src/lib/compare/rights.ts';
import { LANGS, MESSAGES, type MessageKey } from '../../src/lib/i18n/index.ts';
import { type CityKind, citySchema, parseMetadata } from '../../src/lib/ingest/metadata.ts';
import { loadSeeds } from './seeds.ts';

function cityKind(city: string): CityKind | undefined {
  const path = `content/sources/${city}/city.yaml`;
  const { data } = parseMetadata(citySchema, readFileSync(path, 'utf8'), path);
  if (!data) throw new Error(`Invalid ${path}`);
  return data.kind;
}

describe('a local government is named by its kind (Tokyo is a 都, not a 市)', () => {
  it('reads the kind from city.yaml: Tokyo a metropolis, Minato a special ward, the rest cities', () => {
    expect(cityKind('tokyo')).toBe('metropolis');
    expect(cityKind('minato')).toBe('special-ward');
    expect(cityKind('hyuga')).toBeUndefined();
    expect(authorityParams('ja', 'metropolis').authority).toBe('都');
    expect(authorityParams('en', 'metropolis')).toEqual({
      authority: 'the Metropolitan Government',
      Authority: 'The Metropolitan Government',
    });
    expect(authorityParams('en')).toEqual({ authority: 'the city', Authority: 'The city' });
    const bad = parseMetadata(
      citySchema,
      'kind: prefecture-ish\nname: {ja: 東京都, en: Tokyo}\nprefecture: {ja: 東京都, en: Tokyo}\n',
      'city.yaml',
    );
    expect(bad.data).toBeUndefined();
  });

  it('leaves no UI string saying 市 / "the city" where it means the local government at hand', () => {
    const generic = { en: /\bthe city\b|\bthis city\b/i, ja: /(?<![区町村])市(?!区町村)/u };
    for (const lang of LANGS) {
      const hardCoded = Object.entries(MESSAGES[lang])
        .filter(([key, text]) => !key.startsWith('authority.') && generic[lang].test(text))
        .map(([key]) => key);
      expect(hardCoded, lang).toEqual([]);
    }
  });

  describe('in the rights guides', () => {
    let corpus: CompareCorpus;
    const guides = new Map<string, RightsGuide>();
    beforeAll(async () => {
      corpus = await loadSeeds();
      const facts = extractFacts(corpus.documents);
      for (const city of ['tokyo', 'hyuga', 'odawara']) {
        const documents = corpus.documents.filter((document) => document.city === city);
        const layers = layerCityFacts(city, facts, corpus.documents);
        guides.set(
          city,
          buildRightsGuide(
            city,
            layers.today,
            documents.map((document) => document.doc),
            documents.map(findContact).find(Boolean),
            layers,
          ),
        );
      }
    });

    const sentences = (city: string, lang: 'ja' | 'en') =>
      guides
        .get(city)!
        .sections.flatMap((section) => section.sentences)
        .map((sentence) =>
          fillMessage(
            lang,
            sentence.message,
            {
              city: city === 'tokyo' ? '東京都' : city,
              ...authorityParams(lang, cityKind(city)),
              ...sentence.params,
            },
            'ja',
          )
            .filter((piece) => !piece.lang)
            .map((piece) => piece.text)
            .join(''),
        );

    it('say 都 / "the Metropolitan Government" for Tokyo, never 市 / "the city"', () => {
      const en = sentences('tokyo', 'en');
      const ja = sentences('tokyo', 'ja');
      expect(en.join(' ')).not.toMatch(/\bcity\b/i);
      expect(ja.join('')).not.toMatch(/(?<![区町村])市/u);
      expect(en).toContain(
        'You can ask to see the personal information the Metropolitan Government holds about you.',
      );
      expect(ja).toContain('都が持っている自分の個人情報の開示を請求できます。');
    });

    it('still say 市 / "the city" for a city', () => {
      expect(sentences('hyuga', 'ja')).toContain('市が持っている自分の個人情報の開示を請求できます。');
      expect(sentences('odawara', 'en').some((text) => text.startsWith('The city says'))).toBe(true);
    });
  });

  it('fills every placeholder of the messages that name the authority', () => {
    const keys = (Object.keys(MESSAGES.en) as MessageKey[]).filter((key) =>
      /\{[Aa]uthority\}/.test(MESSAGES.en[key]),
    );
    expect(keys.length).toBeGreaterThan(4);
    for (const key of keys)
      for (const lang of LANGS) {
        const text = fillMessage(
          lang,
          key,
          { ...authorityParams(lang, 'metropolis'), days: 30, board: 'x', due: 'd', city: 'c' },
          'ja',
        )
          .map((piece) => piece.text)
          .join('');
        expect(text, `${lang} ${key}`).not.toMatch(/\{\w+\}/);
      }
  });
});
