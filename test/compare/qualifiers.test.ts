import { beforeAll, describe, expect, it } from 'vitest';
import { findContact } from '../../src/lib/compare/contact.ts';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { extractFacts, type Fact } from '../../src/lib/compare/facts.ts';
import { isMunicipality, layerCityFacts } from '../../src/lib/compare/layers.ts';
import { factLabel, fillMessage, formatFactValue, formatQualifiers } from '../../src/lib/compare/present.ts';
import { qualifiersOf } from '../../src/lib/compare/qualifiers.ts';
import { buildRightsGuide } from '../../src/lib/compare/rights.ts';
import { findPhraseMismatches, loadGlossary } from '../../src/lib/translate/index.ts';
import { loadSeeds } from './seeds.ts';

/** The glossary's checks for the legal qualifiers (原則として, ただし, 努めなければならない, できる). */
const QUALIFIER_TERMS = ['原則として', 'ただし', '努めなければならない', 'できる'];
const qualifierChecks = loadGlossary().entries.filter((entry) => QUALIFIER_TERMS.includes(entry.ja));
const quote = (text: string) => [{ quote: text }];

describe('qualifiersOf', () => {
  it('reads 原則として and a proviso from a clause, not a reference to another proviso', () => {
    expect(qualifiersOf(quote('開示請求については、原則として14日以内に決定します。'))).toEqual([
      'in-principle',
    ]);
    expect(
      qualifiersOf(quote('14日以内にしなければならない。ただし、補正に要した日数は算入しない。')),
    ).toEqual(['proviso']);
    expect(qualifiersOf(quote('前項ただし書の規定により延長する。'))).toEqual([]);
    expect(qualifiersOf(quote('14日以内に決定する。'))).toEqual([]);
  });
});

describe('the English of the rights guides and the facts keeps the qualifiers of their clauses', () => {
  let corpus: CompareCorpus;
  let facts: Fact[];
  beforeAll(async () => {
    corpus = await loadSeeds();
    facts = extractFacts(corpus.documents);
  });

  it('has all four qualifier checks in the glossary', () => {
    expect(qualifierChecks.map((entry) => entry.ja).sort()).toEqual([...QUALIFIER_TERMS].sort());
  });

  it('in every guide sentence, today and in the history', () => {
    const units: { key: string; ja: string; en: string }[] = [];
    const cities = [...new Set(corpus.documents.map((document) => document.city))].filter((city) =>
      isMunicipality(city, corpus.documents),
    );
    for (const city of cities) {
      const documents = corpus.documents.filter((document) => document.city === city);
      const layers = layerCityFacts(city, facts, corpus.documents);
      const guide = buildRightsGuide(
        city,
        layers.today,
        documents.map((document) => document.doc),
        documents.map(findContact).find(Boolean),
        layers,
      );
      for (const section of guide.sections)
        for (const sentence of section.sentences) {
          if (sentence.facts.length === 0) continue;
          const text = fillMessage('en', sentence.message, { city, ...sentence.params }, 'ja')
            .map((piece) => piece.text)
            .join('');
          units.push({
            key: `${city} ${sentence.message}`,
            ja: sentence.facts.map((fact) => fact.quote).join('\n'),
            en: `${text} ${formatQualifiers('en', sentence.facts) ?? ''}`,
          });
        }
      for (const layer of guide.history)
        for (const fact of layer.facts) units.push(factUnit(`${city} history`, fact));
    }
    expect(units.some((unit) => unit.ja.includes('原則として'))).toBe(true);
    expect(mismatches(units)).toEqual([]);
  });

  it('in every value of the facts table', () => {
    const units = facts.map((fact) => factUnit(`${fact.city}/${fact.doc}`, fact));
    expect(mismatches(units)).toEqual([]);
    const nagareyama = facts.find(
      (fact) => fact.city === 'nagareyama' && fact.key === 'disclosure.decision_days',
    )!;
    expect(factUnit('', nagareyama).en).toBe('Days to decide on disclosure: 14 days (in principle)');
  });
});

function factUnit(where: string, fact: Fact) {
  const value = formatFactValue('en', fact, 'ja')
    .map((piece) => piece.text)
    .join('');
  const qualifiers = formatQualifiers('en', [fact]);
  return {
    key: `${where} ${fact.key} (${fact.anchor})`,
    ja: fact.quote,
    en: `${factLabel('en', fact.key)}: ${value}${qualifiers ? ` ${qualifiers}` : ''}`,
  };
}

function mismatches(units: { key: string; ja: string; en: string }[]): string[] {
  return findPhraseMismatches(units, qualifierChecks).map((m) => {
    const unit = units.find((candidate) => candidate.key === m.key)!;
    return `${m.key}: ${m.phrase} ${m.problem} in ${JSON.stringify(unit.en)}`;
  });
}
