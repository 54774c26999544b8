/**
 * The team's English translation of the APPI (content/translations/national/appi.en.yaml): keyed
 * by the tree the site is built from, current (no stale entry, no orphan), complete for 第5章第4節
 * (Articles 76–108) and for every heading of the Act, and exact in its figures and citations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentSchema, parseMetadata, readSourceSync } from '../../src/lib/ingest/index.ts';
import { parseOptionsFor } from '../../src/lib/parse/index.ts';
import { parseAny } from '../../src/lib/read/index.ts';
import { collectRows, collectUntranslatedRows, indexTree } from '../../src/lib/site/document.ts';
import { parseNumeral } from '../../src/lib/text/numerals.ts';
import {
  collectTerms,
  coverage,
  loadGlossary,
  loadTranslation,
  normalizeRendering,
  orphanKeys,
  translationStatus,
  type UnitTranslation,
} from '../../src/lib/translate/index.ts';

const META_PATH = 'content/sources/national/appi.yaml';
const { data: meta } = parseMetadata(documentSchema, readFileSync(META_PATH, 'utf8'), META_PATH);
if (!meta) throw new Error(`Invalid metadata ${META_PATH}`);
// Parsed as the content build parses it: the translation is keyed by the site's tree.
const tree = parseAny(readSourceSync('content/sources/national/appi.xml'), parseOptionsFor(meta));
const translation = loadTranslation('national', 'appi', 'en');
const units = translationStatus(tree, translation);
const glossary = loadGlossary();

/** The article a unit belongs to (`art-83-p1` → 83; supplementary provisions and the rest → undefined). */
function articleOf(key: string): number | undefined {
  const match = /^art-(\d+)(?:[-#]|$)/.exec(key);
  return match ? Number(match[1]) : undefined;
}

/** Units of 第5章第4節 (開示、訂正及び利用停止): Articles 76 to 108. */
const section4 = units.filter((unit) => {
  const article = articleOf(unit.key);
  return article !== undefined && article >= 76 && article <= 108;
});

describe('the APPI translation file', () => {
  it('is valid, current and has no orphaned keys', () => {
    expect(translation.exists).toBe(true);
    expect(translation.messages.map(String)).toEqual([]);
    expect(units.filter((unit) => unit.status === 'stale').map((unit) => unit.key)).toEqual([]);
    expect(orphanKeys(tree, translation)).toEqual([]);
  });

  it('translates every paragraph, item, sub-item and table cell of Articles 76 to 108', () => {
    // 33 articles; 178 text units, captions and the table of Article 106(2) included.
    expect(section4.length).toBeGreaterThan(200);
    expect(section4.filter((unit) => unit.status !== 'translated').map((unit) => unit.key)).toEqual([]);
    expect(section4.some((unit) => unit.key === 'art-106-p2-t1-r21-c3')).toBe(true);
  });

  it('translates Chapters I to III (Articles 1-15) and Chapter V, Sections 1 to 4 (Articles 60-108) whole', () => {
    const within = (n: number) => (n >= 1 && n <= 15) || (n >= 60 && n <= 108);
    const chosen = units.filter((unit) => within(articleOf(unit.key) ?? 0));
    expect(chosen.length).toBeGreaterThan(section4.length + 100);
    expect(chosen.filter((unit) => unit.status !== 'translated').map((unit) => unit.key)).toEqual([]);
  });

  it('has English for every caption, structural title, contents entry and amendment label of the Act', () => {
    const headings = units.filter((unit) => unit.field !== 'text');
    expect(headings.length).toBeGreaterThan(300);
    expect(headings.filter((unit) => unit.status !== 'translated').map((unit) => unit.key)).toEqual([]);
  });

  it('reports its coverage', () => {
    const figures = coverage(tree, translation);
    expect(figures).toMatchObject({ stale: 0 });
    expect(figures.translated).toBeGreaterThanOrEqual(section4.length);
    expect(figures.translated + figures.missing).toBe(figures.units);
  });

  it('is written in English', () => {
    const japanese = [...translation.entries].filter(([, entry]) =>
      /[\u3040-\u30ff\u4e00-\u9fff]/.test(entry.text),
    );
    expect(japanese.map(([key]) => key)).toEqual([]);
  });
});

describe('figures and citations of the APPI translation', () => {
  const translated = units.filter((unit) => unit.status === 'translated' && unit.field === 'text');
  const english = (key: string) => translation.entries.get(key)?.text ?? '';

  it('gives the deadlines of the rights as the Act does (Article 83(1): 30 days)', () => {
    expect(english('art-83-p1')).toContain(
      'within 30 days from the day on which the request for disclosure was made',
    );
    expect(english('art-83-p2')).toContain('by up to 30 days');
    expect(english('art-84-p1')).toContain('within 60 days');
    expect(english('art-86-p3')).toContain('at least two weeks');
    expect(english('art-87-p4')).toContain('within 30 days');
    expect(english('art-90-p3')).toContain('within 90 days');
    expect(english('art-94-p1')).toContain('within 30 days');
    expect(english('art-98-p3')).toContain('within 90 days');
    expect(english('art-102-p1')).toContain('within 30 days');
  });

  it('renders every 〜日以内 and 〜日 of the source with the same number of days', () => {
    const wrong = translated.flatMap((unit) =>
      [...unit.source.matchAll(/([〇一二三四五六七八九十百千0-9]+)日/g)].flatMap(([, digits]) => {
        const days = parseNumeral(digits!);
        return new RegExp(`\\b${days} days\\b`).test(english(unit.key)) ? [] : [`${unit.key}: ${days} days`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('cites every article number the source cites (第七十七条第三項 → Article 77, paragraph (3))', () => {
    const wrong = translated.flatMap((unit) => {
      const text = english(unit.key);
      return [
        ...unit.source.matchAll(/第([〇一二三四五六七八九十百千]+)条(?:の([〇一二三四五六七八九十]+))?/g),
      ].flatMap(([whole, main, branch]) => {
        const number = branch
          ? `${parseNumeral(main!)}-${parseNumeral(branch)}`
          : String(parseNumeral(main!));
        return new RegExp(`(?<![\\d-])${number}(?![\\d-])`).test(text)
          ? []
          : [`${unit.key}: ${whole} → ${number}`];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('cites every paragraph and item number the source cites (第三項 → paragraph (3), 第二号 → item (ii))', () => {
    const roman = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
    const wrong = translated.flatMap((unit) => {
      const text = english(unit.key);
      const paragraphs = [...unit.source.matchAll(/第([〇一二三四五六七八九十]+)項/g)].map(([, n]) =>
        parseNumeral(n!),
      );
      // 法律第五十七号 is a law's number, not an item.
      const items = [...unit.source.matchAll(/(?<!法律|政令|条例)第([〇一二三四五六七八九十]+)号/g)].map(
        ([, n]) => parseNumeral(n!),
      );
      return [
        ...paragraphs.filter((n) => !text.includes(`(${n})`)).map((n) => `${unit.key}: paragraph (${n})`),
        ...items.filter((n) => !text.includes(`(${roman[n]})`)).map((n) => `${unit.key}: item (${roman[n]})`),
      ];
    });
    expect(wrong).toEqual([]);
  });
});

describe('the APPI translation uses the glossary', () => {
  const byJa = glossary.byJa;
  const uses = (text: string, rendering: string) =>
    ` ${normalizeRendering(text)} `.includes(` ${normalizeRendering(rendering)} `);

  it('in every translated unit that defines a term the glossary has', () => {
    const current = new Set(units.filter((unit) => unit.status === 'translated').map((unit) => unit.key));
    const wrong = collectTerms(tree)
      .filter((term) => term.kind === 'defined' && current.has(term.key))
      .flatMap((term) => {
        const entry = byJa.get(term.term);
        if (!entry) return [];
        const text = translation.entries.get(term.key)?.text ?? '';
        return uses(text, entry.en) ? [] : [`${term.key}: ${term.term} → ${entry.en}`];
      });
    expect(wrong).toEqual([]);
    // The section's own terms are all in the glossary.
    expect(byJa.get('開示決定等')?.en).toBe('decision on disclosure');
    expect(byJa.get('行政機関の長等')?.en).toBeDefined();
  });

  it('for the captions and titles of Chapter V, Section 4', () => {
    const wrong = units
      .filter(
        (unit) => unit.field !== 'text' && (unit.key.startsWith('ch-5-sec-4') || section4.includes(unit)),
      )
      .flatMap((unit) => {
        const entry = byJa.get(unit.source);
        if (!entry) return [];
        const text = translation.entries.get(unit.key)?.text ?? '';
        return normalizeRendering(text) === normalizeRendering(entry.en)
          ? []
          : [`${unit.key}: ${text} ≠ ${entry.en}`];
      });
    expect(wrong).toEqual([]);
  });
});

describe('rows the team has not translated', () => {
  const { paths } = indexTree(tree);
  const rows = collectRows(tree);
  const untranslated = collectUntranslatedRows(rows, paths, units);

  it('are the articles without any translated text, whatever their caption', () => {
    expect(untranslated.has('art-17')).toBe(true);
    expect(untranslated.has('art-5')).toBe(false);
    expect(untranslated.has('art-83')).toBe(false);
    expect(untranslated.has('art-2')).toBe(false);
    expect(untranslated.has('art-106')).toBe(false);
    // One row per untranslated article of the main provisions (Articles 16–59 and 109–185).
    const articles = [...untranslated].filter((id) => /^art-\d+$/.test(id)).map((id) => Number(id.slice(4)));
    expect(articles.every((n) => (n >= 16 && n <= 59) || n >= 109)).toBe(true);
    expect(articles.length).toBeGreaterThan(100);
  });

  it('include a row once one of its units is translated no more', () => {
    const without: UnitTranslation[] = units.map((unit) => {
      if (unit.key !== 'art-80-p1') return unit;
      const { translation: _dropped, ...rest } = unit;
      return { ...rest, status: 'missing' };
    });
    expect(collectUntranslatedRows(rows, paths, without).has('art-80')).toBe(true);
    expect(collectUntranslatedRows(rows, paths, without).has('art-79')).toBe(false);
  });

  it('link to the official translation named in the metadata', () => {
    expect(meta.officialTranslation).toMatchObject({
      lang: 'en',
      url: expect.stringMatching(/^https:\/\/www\.japaneselawtranslation\.go\.jp\//),
      name: { en: 'Japanese Law Translation' },
    });
  });
});
