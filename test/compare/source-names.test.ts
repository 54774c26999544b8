import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts, type Fact } from '../../src/lib/compare/facts.ts';
import { fillMessage, formatFactValue, sourceNamePieces } from '../../src/lib/compare/present.ts';
import { glossaryRenderings } from '../../src/lib/translate/index.ts';
import { loadSeeds } from './seeds.ts';

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe('names quoted from a source on a page in another language', () => {
  const renderings = new Map([
    ['日向市個人情報保護審議会', 'Hyuga City Personal Information Protection Council'],
  ]);

  it('are rendered where the glossary has them, the name as printed following in its language', () => {
    expect(sourceNamePieces('en', '日向市個人情報保護審議会', 'ja', renderings)).toEqual([
      { text: 'Hyuga City Personal Information Protection Council' },
      { text: ' (' },
      { text: '日向市個人情報保護審議会', lang: 'ja' },
      { text: ')' },
    ]);
  });

  it('stay as printed, marked with their language, where it has none or the page is in theirs', () => {
    expect(sourceNamePieces('en', '架空審査会', 'ja', renderings)).toEqual([
      { text: '架空審査会', lang: 'ja' },
    ]);
    expect(sourceNamePieces('ja', '日向市個人情報保護審議会', 'ja', renderings)).toEqual([
      { text: '日向市個人情報保護審議会', lang: 'ja' },
    ]);
  });

  it('in a guide sentence, too', () => {
    const pieces = fillMessage(
      'en',
      'rights.how.where',
      { place: { source: '日向市個人情報保護審議会' } },
      'ja',
      renderings,
    );
    expect(
      pieces
        .filter((piece) => !piece.lang)
        .map((piece) => piece.text)
        .join(''),
    ).toBe('Where to ask: Hyuga City Personal Information Protection Council ()');
  });
});

describe('every name the seeds state as a fact', () => {
  let named: Fact[] = [];
  beforeAll(async () => {
    const corpus = await loadSeeds();
    named = extractFacts(corpus.documents).filter(
      (fact) => typeof fact.value === 'string' && fact.unit !== 'url' && JAPANESE.test(fact.value),
    );
  });

  it('reads in English on English pages (the glossary renders it)', () => {
    expect(named.length).toBeGreaterThan(0);
    const untranslated = named
      .map((fact) => formatFactValue('en', fact, 'ja', glossaryRenderings()))
      .filter((pieces) => pieces.every((piece) => piece.lang === 'ja'))
      .map((pieces) => pieces[0]!.text);
    expect(untranslated).toEqual([]);
  });
});
