/**
 * The logic of document pages, without a browser: citations, English labels, dates in both
 * calendars, which units sit beside their translation, and how a translation is shown (a stale
 * entry flagged, a missing one replaced by the original).
 */

import { describe, expect, it } from 'vitest';
import { analyzeReferences, citedBy } from '../../src/lib/analyze/index.ts';
import { findNode } from '../../src/lib/compare/units.ts';
import type { GeneratedRefs } from '../../src/lib/generated/index.ts';
import { readSourceSync } from '../../src/lib/ingest/index.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import { bothCalendars } from '../../src/lib/site/dates.ts';
import {
  citationOf,
  createDocContext,
  type DocContext,
  defaultView,
  localCitation,
  referenceOf,
  translatedHeading,
} from '../../src/lib/site/document.ts';
import {
  englishLabel,
  englishPrintedLabel,
  englishProvisionHeading,
  letterNumeral,
  romanNumeral,
} from '../../src/lib/site/labels.ts';
import { displayOf, linkCitations } from '../../src/lib/site/translation-view.ts';
import { eraDate } from '../../src/lib/text/era.ts';
import { englishLawNumber } from '../../src/lib/text/law-number.ts';
import { loadTranslation, translationStatus } from '../../src/lib/translate/index.ts';
import type { DocumentNode } from '../../src/lib/tree/types.ts';

const HYUGA = 'personal-information-protection-ordinance';
const TITLE = { ja: '日向市個人情報保護条例', en: 'Hyuga City Personal Information Protection Ordinance' };

/** The Hyuga ordinance as the content build reads it, with `change` applied to its tree. */
function hyuga(lang: 'ja' | 'en', change: (tree: DocumentNode) => void = () => {}): DocContext {
  const file = readSourceSync(`content/sources/hyuga/${HYUGA}.txt`);
  const tree = parseSource(file, { lang: 'ja', style: 'law' });
  const analysis = analyzeReferences(tree, file);
  const refs: GeneratedRefs = {
    analysis: 'complete',
    ...analysis,
    citedBy: Object.fromEntries(citedBy(analysis)),
  };
  change(tree);
  const units = translationStatus(tree, loadTranslation('hyuga', HYUGA, 'en'));
  return createDocContext({
    lang,
    city: 'hyuga',
    doc: HYUGA,
    title: TITLE,
    tree,
    refs,
    units,
    glossary: new Map(),
    url: `https://example.org/${lang}/hyuga/${HYUGA}/`,
    issuer: { ja: '日向市', en: 'Hyuga City' },
  });
}

describe('citations', () => {
  const ja = hyuga('ja');
  const en = hyuga('en');

  it('cite a paragraph with the title, in the page language', () => {
    expect(citationOf(ja, 'art-26-p1')).toBe('日向市個人情報保護条例第26条第1項');
    expect(citationOf(en, 'art-26-p1')).toBe(
      'Hyuga City Personal Information Protection Ordinance, Art. 26(1)',
    );
  });

  it('cite articles, items and sub-items as the texts do', () => {
    expect(localCitation(ja, 'art-26')).toBe('第26条');
    expect(localCitation(ja, 'art-8-p2-i6')).toBe('第8条第2項第6号');
    expect(localCitation(en, 'art-8-p2-i6')).toBe('Art. 8(2)(vi)');
    expect(localCitation(ja, 'art-11_2-p1')).toBe('第11条の2第1項');
    expect(localCitation(en, 'art-11_2-p1')).toBe('Art. 11-2(1)');
    // An article of one paragraph: its items are cited without the paragraph.
    expect(localCitation(ja, 'art-7-p1-i2')).toBe('第7条第2号');
    expect(localCitation(en, 'art-7-p1-i2')).toBe('Art. 7(ii)');
    expect(localCitation(ja, 'suppl-1-p3')).toBe('附則第3項');
    expect(localCitation(en, 'suppl-2-p1')).toBe('Suppl. Prov. (Ordinance No. 24 of October 1, 2007)');
  });

  it('give a pasted citation the number with its year and city, and the address', () => {
    expect(referenceOf(ja, 'art-26-p1')).toBe(
      `日向市個人情報保護条例(平成18年日向市条例第57号)第26条第1項 https://example.org/ja/hyuga/${HYUGA}/#art-26-p1`,
    );
    expect(referenceOf(en, 'art-26-p1')).toBe(
      `Hyuga City Personal Information Protection Ordinance (Hyuga City Ordinance No. 57 of 2006), Art. 26(1), https://example.org/en/hyuga/${HYUGA}/#art-26-p1`,
    );
  });

  it('lists where a provision is cited', () => {
    const from = (ja.citedBy['art-11'] ?? []).map((citation) => citation.from);
    expect(from).toContain('art-8-p2-i6');
  });
});

describe('English structure', () => {
  const en = hyuga('en');

  it('heads articles, chapters and supplements as the official translations do', () => {
    expect(translatedHeading(en, en.nodes.get('art-26')!)).toBe(
      'Article 26 (Due Date of Decisions on Disclosure)',
    );
    expect(translatedHeading(en, en.nodes.get('art-11_2')!)).toMatch(/^Article 11-2 \(/);
    expect(translatedHeading(en, en.nodes.get('art-61')!)).toBe('Article 61');
    expect(translatedHeading(en, en.nodes.get('ch-2')!)).toMatch(
      /^Chapter II Protection of Personal Information/,
    );
    expect(translatedHeading(en, en.nodes.get('ch-3-sec-1')!)).toBe('Section 1 Disclosure');
    expect(translatedHeading(en, en.nodes.get('suppl-2')!)).toBe(
      'Supplementary Provisions (Ordinance No. 24 of October 1, 2007)',
    );
  });

  it('labels paragraphs, items and sub-items', () => {
    expect(englishLabel(en.nodes.get('art-26-p2')!)).toBe('(2)');
    expect(englishLabel(en.nodes.get('art-8-p2-i6')!)).toBe('(vi)');
    expect(englishLabel({ type: 'subitem', num: '3', children: [] })).toBe('(c)');
    expect(romanNumeral(14)).toBe('xiv');
    expect(letterNumeral(27)).toBe('aa');
    expect(englishLawNumber('条例第57号')).toBe('Ordinance No. 57');
    expect(englishLawNumber('平成18年条例第５７号')).toBe('Ordinance No. 57');
    // kanji numerals, digit by digit (一三〇) or with units (五十七), as 例規集 and e-Gov print them
    expect(englishLawNumber('令和四年条例第一三〇号')).toBe('Ordinance No. 130');
    expect(englishLawNumber('平成十五年法律第五十七号', { withYear: true })).toBe('Act No. 57 of 2003');
    expect(englishLawNumber('令和3年法律第37号', { withYear: true })).toBe('Act No. 37 of 2021');
    expect(englishLawNumber('令和元年条例第2号', { withYear: true })).toBe('Ordinance No. 2 of 2019');
  });

  it('reads the kanji numerals of national laws', () => {
    expect(englishLawNumber('平成十五年法律第五十七号')).toBe('Act No. 57');
    expect(englishLawNumber('令和三年法律第三十七号')).toBe('Act No. 37');
    expect(englishLawNumber('政令第百二十号')).toBe('Cabinet Order No. 120');
    expect(englishLawNumber('告示第甲号')).toBe('告示第甲号');
  });

  it('labels printed structural labels as contents entries do', () => {
    expect(englishPrintedLabel('第五章')).toBe('Chapter V');
    expect(englishPrintedLabel('第四節')).toBe('Section 4');
    expect(englishPrintedLabel('第三款')).toBe('Subsection 3');
    expect(englishPrintedLabel('第２章')).toBe('Chapter II');
    expect(englishPrintedLabel('第二章の二')).toBe('Chapter II-2');
    expect(englishPrintedLabel('第十二目')).toBe('Division 12');
    expect(englishPrintedLabel('附　則')).toBe('Supplementary Provisions');
    expect(englishPrintedLabel('第五条')).toBeUndefined();
    expect(englishPrintedLabel('総則')).toBeUndefined();
  });

  it('split a provision heading into its English label and the rest as printed', () => {
    expect(englishProvisionHeading('第百五十条（権限の委任）')).toEqual({
      label: 'Article 150',
      rest: '(権限の委任)',
    });
    expect(englishProvisionHeading('第11条の2')).toEqual({ label: 'Article 11-2', rest: '' });
    expect(englishProvisionHeading('附　則（令和二年六月一二日法律第四四号抄）')).toEqual({
      label: 'Supplementary Provisions',
      rest: '(令和二年六月一二日法律第四四号抄)',
    });
    expect(englishProvisionHeading('第二章　総則')).toBeUndefined();
    expect(englishProvisionHeading('第二章')).toEqual({ label: 'Chapter II', rest: '' });
    expect(englishProvisionHeading('目的')).toBeUndefined();
  });
});

describe('dates', () => {
  it('are shown in both calendars', () => {
    expect(eraDate('2006-09-22')).toBe('平成18年9月22日');
    expect(eraDate('2019-05-01')).toBe('令和元年5月1日');
    expect(eraDate('2019-04-30')).toBe('平成31年4月30日');
    expect(bothCalendars('ja', '2006-09-22')).toEqual({ main: '平成18年9月22日', other: '2006年' });
    expect(bothCalendars('en', '2006-09-22')).toEqual({ main: 'September 22, 2006', other: 'Heisei 18' });
  });
});

describe('the translation beside the original', () => {
  it('opens Japanese documents side by side on English pages, alone on Japanese pages', () => {
    expect(defaultView('en', 'ja', true)).toBe('both');
    expect(defaultView('ja', 'ja', true)).toBe('orig');
    expect(defaultView('ja', 'en', true)).toBe('both');
    expect(defaultView('en', 'ja', false)).toBe('orig');
  });

  it('puts every article, and no chapter, in a row of its own', () => {
    const en = hyuga('en');
    expect(en.bilingual).toBe(true);
    expect(en.rows.has('art-26')).toBe(true);
    expect(en.rows.has('suppl-1-p1')).toBe(true);
    expect(en.rows.has('ch-2')).toBe(false);
    expect(en.rows.has('art-26-p1')).toBe(false);
  });

  it('shows a current translation as it is', () => {
    expect(displayOf(hyuga('en'), 'art-26-p1')).toMatchObject({
      lang: 'en',
      text: expect.stringMatching(/^The decisions/),
    });
    expect(displayOf(hyuga('en'), 'art-26-p1')?.flag).toBeUndefined();
  });

  it('flags the translation of a changed source sentence as maybe out of date', () => {
    const changed = hyuga('en', (tree) => {
      const unit = findNode(tree, 'art-26-p1')!;
      unit.text = unit.text!.replace('14日以内', '15日以内');
    });
    expect(displayOf(changed, 'art-26-p1')).toMatchObject({
      lang: 'en',
      text: expect.stringMatching(/within 14 days/),
      flag: { kind: 'stale', label: 'translation may be out of date' },
    });
    expect(displayOf(changed, 'art-26-p2')?.flag).toBeUndefined();
    expect(
      displayOf(
        hyuga('ja', (tree) => {
          findNode(tree, 'art-26')!.caption = '開示決定等の期間';
        }),
        'art-26#caption',
      ),
    ).toMatchObject({ flag: { kind: 'stale', label: '訳が古い可能性があります' } });
  });

  it('shows the original, marked, where a unit is not yet translated', () => {
    const context = hyuga('en');
    context.translation.set('art-26-p2', { ...context.translation.get('art-26-p2')!, status: 'missing' });
    delete context.translation.get('art-26-p2')!.translation;
    expect(displayOf(context, 'art-26-p2')).toMatchObject({
      lang: 'ja',
      text: expect.stringMatching(/^前項の規定にかかわらず/),
      flag: { kind: 'missing', label: 'not yet translated' },
    });
  });
});

describe('citations in the English text', () => {
  it('link to the provisions the original unit cites, and only those', () => {
    const targets = new Set(['art-20-p3', 'art-11-p2-i1', 'art-11-p2-i2', 'art-7-p1-i2']);
    expect(
      linkCitations(
        'pursuant to Article 20, paragraph (3), any of the items of Article 11, paragraph (2), Article 7, item (ii), or Article 2 of the Local Public Officer Act',
        targets,
      ),
    ).toEqual([
      'pursuant to ',
      { text: 'Article 20, paragraph (3)', anchor: 'art-20-p3' },
      ', any of the items of ',
      { text: 'Article 11, paragraph (2)', anchor: 'art-11-p2' },
      ', ',
      { text: 'Article 7, item (ii)', anchor: 'art-7-p1-i2' },
      ', or Article 2 of the Local Public Officer Act',
    ]);
    expect(linkCitations('Article 11-2', new Set(['art-11_2']))).toEqual([
      { text: 'Article 11-2', anchor: 'art-11_2' },
    ]);
    expect(linkCitations('Article 3', new Set())).toEqual(['Article 3']);
  });

  it('are linked on the English Hyuga page where the Japanese is', () => {
    const en = hyuga('en');
    expect(en.cites.get('art-26-p1')).toContain('art-20-p3');
    const pieces = linkCitations(displayOf(en, 'art-26-p1')!.text, en.cites.get('art-26-p1')!);
    expect(pieces).toContainEqual({ text: 'Article 20, paragraph (3)', anchor: 'art-20-p3' });
  });
});
