import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  agreesWith,
  collectTerms,
  findUnrenderedTerms,
  loadGlossary,
  loadReferenceLexicon,
  loadTranslation,
  normalizeRendering,
  otherLang,
  parseGlossary,
} from '../../src/lib/translate/index.ts';
import type { DocumentNode } from '../../src/lib/tree/types.ts';
import { parseSeed, SEEDS } from './helpers.ts';

const glossary = loadGlossary();
const REFERENCE_DIR = process.env.REIKI_REFERENCE_DIR ?? '/work/shared/reference';

/** `text` contains `rendering`, both compared as normalised word sequences. */
function uses(text: string, rendering: string): boolean {
  return ` ${normalizeRendering(text)} `.includes(` ${normalizeRendering(rendering)} `);
}

describe('content/glossary.yaml', () => {
  it('validates', () => {
    expect(glossary.messages.map(String)).toEqual([]);
    expect(glossary.entries.length).toBeGreaterThan(150);
  });

  it('reports a duplicate term, a reading not in hiragana and a missing rendering', () => {
    const bad = parseGlossary(
      '- {ja: 本人, reading: ほんにん, en: identifiable person, source: appi}\n- {ja: 本人, reading: ホンニン, source: team}\n',
    );
    expect(bad.entries).toEqual([]);
    expect(bad.messages.map((m) => m.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1\.reading: expected a reading in hiragana/),
        expect.stringMatching(/^1\.en: /),
      ]),
    );
    const duplicate = parseGlossary(
      '- {ja: 本人, reading: ほんにん, en: identifiable person, source: appi}\n- {ja: 本人, reading: ほんにん, en: principal, source: team}\n',
    );
    expect(duplicate.messages[0]?.reason).toMatch(/^1\.ja: duplicate term 本人/);
  });
});

describe.each(SEEDS)('glossary coverage of %s/%s', (city, doc) => {
  const { tree } = parseSeed(city, doc);

  it('renders every defined term, caption, chapter/section title and page heading', () => {
    expect(findUnrenderedTerms(tree, glossary.entries).map((t) => `${t.kind} ${t.term} (${t.key})`)).toEqual(
      [],
    );
  });
});

describe('findUnrenderedTerms', () => {
  it('fails on a defined term, a caption and a heading the glossary lacks', () => {
    const tree: DocumentNode = {
      type: 'document',
      style: 'law',
      lang: 'ja',
      children: [
        {
          type: 'article',
          id: 'art-1',
          caption: '架空の見出し',
          children: [
            {
              type: 'paragraph',
              id: 'art-1-p1',
              text: 'この条例において「架空情報」とは、実在しない情報をいう。',
              children: [],
            },
          ],
        },
        { type: 'heading', id: 'h-1', title: '架空の章', children: [] },
      ],
    };
    expect(findUnrenderedTerms(tree, glossary.entries).map((t) => `${t.kind} ${t.term}`)).toEqual([
      'caption 架空の見出し',
      'defined 架空情報',
      'heading 架空の章',
    ]);
    const withEntry = [
      ...glossary.entries,
      { ja: '架空情報', reading: 'かくうじょうほう', en: 'fictitious information', source: 'team' as const },
    ];
    expect(findUnrenderedTerms(tree, withEntry).map((t) => t.term)).not.toContain('架空情報');
  });

  it('finds terms defined in running text, by 以下「…」という, without brackets, and in a 用語 table', () => {
    const hyuga = collectTerms(parseSeed('hyuga', 'personal-information-protection-ordinance').tree);
    const defined = hyuga.filter((t) => t.kind === 'defined').map((t) => t.term);
    expect(defined).toEqual(
      expect.arrayContaining(['実施機関', '利用目的', '国等', '法人等情報', '反対意見書', '旧条例']),
    );
    const odawara = collectTerms(parseSeed('odawara', 'smart-city-privacy-policy').tree);
    expect(odawara.filter((t) => t.kind === 'defined').map((t) => t.term)).toEqual(
      expect.arrayContaining(['当市', '利用者等', '本ポリシー', '法施行条例', '図書館']),
    );
    const minato = collectTerms(parseSeed('minato', 'privacy-policy').tree);
    expect(minato.filter((t) => t.kind === 'defined').map((t) => t.term)).toEqual(['Personal Information']);
  });
});

describe('glossary agrees with the reference texts', () => {
  const lexicon = existsSync(REFERENCE_DIR) ? loadReferenceLexicon(REFERENCE_DIR) : undefined;
  if (!lexicon) {
    console.info(
      `Skipping reference agreement: no reference texts in ${REFERENCE_DIR} (set REIKI_REFERENCE_DIR)`,
    );
  }

  it.skipIf(!lexicon)('reads both references', () => {
    expect(lexicon!.dictionary.get('附則')).toContain('supplementary provisions');
    expect(lexicon!.appi.get('保有個人情報')).toContain(
      'Personal information the administrative entity holds',
    );
    expect(lexicon!.appi.get('定義')).toContain('Definitions');
  });

  it.skipIf(!lexicon)(
    'uses the dictionary or APPI rendering for every term they render, and names it as the source',
    () => {
      const disagreements = glossary.entries.flatMap((entry) => {
        const appi = lexicon!.appi.get(entry.ja);
        const dictionary = lexicon!.dictionary.get(entry.ja);
        if (!appi && !dictionary) return [];
        const named = entry.source === 'appi' ? appi : entry.source === 'dictionary' ? dictionary : undefined;
        if (named && agreesWith(entry.en, named)) return [];
        // a deliberate departure: the entry's phrase check forbids the reference's rendering (過料)
        const avoid = entry.phrase?.avoid ? new RegExp(entry.phrase.avoid, 'iu') : undefined;
        if (
          entry.source === 'team' &&
          avoid &&
          [...(appi ?? []), ...(dictionary ?? [])].some((r) => avoid.test(r))
        )
          return [];
        return [
          `${entry.ja}: ${entry.en} (${entry.source}); APPI ${JSON.stringify(appi)}, dictionary ${JSON.stringify(dictionary)}`,
        ];
      });
      expect(disagreements).toEqual([]);
    },
  );

  it('renders the key terms as the references do', () => {
    const en = (ja: string) => glossary.byJa.get(ja)?.en;
    expect(en('個人情報')).toBe('personal information');
    expect(en('保有個人情報')).toBe('personal information the administrative entity holds');
    expect(en('個人識別符号')).toBe('individual identification code');
    expect(en('要配慮個人情報')).toBe('sensitive personal information');
    expect(en('開示請求')).toBe('request for disclosure');
    expect(en('法定代理人')).toBe('legal representative');
    expect(en('審査請求')).toBe('request for administrative review');
    expect(en('実施機関')).toBe('implementing agency');
    expect(en('附則')).toMatch(/^supplementary provisions$/i);
  });
});

describe.each(SEEDS)('translation of %s/%s uses the glossary', (city, doc) => {
  const { tree, lang } = parseSeed(city, doc);
  const translation = loadTranslation(city, doc, otherLang(lang));
  const text = (key: string) => translation.entries.get(key)?.text ?? '';
  /** The expected renderings of a source term: its entry's `en`, or for an English source every entry's `ja` whose `en` it is. */
  const renderings = (term: string): string[] =>
    lang === 'ja'
      ? [glossary.byJa.get(term)?.en ?? '']
      : glossary.entries
          .filter((entry) => normalizeRendering(entry.en) === normalizeRendering(term))
          .map((entry) => entry.ja);

  it('for every caption, title and heading', () => {
    const mismatches = collectTerms(tree)
      .filter((t) => t.kind !== 'defined')
      .flatMap((t) => {
        const actual = text(t.key);
        const expected = renderings(t.term);
        const same = expected.some((rendering) =>
          lang === 'ja' ? normalizeRendering(actual) === normalizeRendering(rendering) : actual === rendering,
        );
        return same ? [] : [`${t.key}: ${actual} ≠ glossary ${expected.join(' / ')}`];
      });
    expect(mismatches).toEqual([]);
  });

  it('in every unit that defines a term', () => {
    const mismatches = collectTerms(tree)
      .filter((t) => t.kind === 'defined')
      .flatMap((t) => {
        const expected = renderings(t.term);
        const ok = expected.some(
          (rendering) =>
            rendering && (lang === 'ja' ? uses(text(t.key), rendering) : text(t.key).includes(rendering)),
        );
        return ok
          ? []
          : [`${t.key}: ${t.term} → ${expected.join(' / ')} not in ${JSON.stringify(text(t.key))}`];
      });
    expect(mismatches).toEqual([]);
  });
});

describe('translations use the glossary rendering in running text (spot checks)', () => {
  const checks: Array<[string, string, string, string]> = [
    ['hyuga', 'personal-information-protection-ordinance', 'art-19-p2', '法定代理人'],
    ['hyuga', 'personal-information-protection-ordinance', 'art-48-p1', '審査請求'],
    ['hyuga', 'personal-information-protection-ordinance', 'art-9-p1', '要配慮個人情報'],
    ['hyuga', 'personal-information-protection-ordinance', 'art-11-p1', '保有個人情報'],
    ['hyuga', 'personal-information-protection-ordinance', 'art-13-p1', '実施機関'],
    ['hyuga', 'personal-information-protection-ordinance', 'art-22-p2', '個人識別符号'],
    ['hyuga', 'personal-information-protection-ordinance', 'art-64-p1', '過料'],
    ['hyuga', 'personal-information-protection-ordinance', 'art-16-p1', '指定管理者'],
    ['odawara', 'smart-city-privacy-policy', 'art-5-p1', '第三者'],
    ['odawara', 'smart-city-privacy-policy', 'art-9-p2', '本人'],
    ['mutsu', 'privacy-system', 'h-12-b1', '利用目的'],
    ['nagareyama', 'privacy-system', 'h-8-b3', '開示請求'],
  ];
  it.each(checks)('%s %s %s renders %s', (city, doc, key, ja) => {
    const entry = loadTranslation(city, doc, 'en').entries.get(key);
    expect(uses(entry?.text ?? '', glossary.byJa.get(ja)!.en)).toBe(true);
  });

  it('the Minato page in Japanese uses 個人情報 and 本人', () => {
    const ja = loadTranslation('minato', 'privacy-policy', 'ja');
    expect(ja.entries.get('h-2-b1')?.text).toContain('「個人情報」');
    expect(ja.entries.get('h-1-l1-4')?.text).toContain('本人');
  });
});
