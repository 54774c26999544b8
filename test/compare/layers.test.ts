import { beforeAll, describe, expect, it } from 'vitest';
import { findContact } from '../../src/lib/compare/contact.ts';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { extractFacts, type Fact } from '../../src/lib/compare/facts.ts';
import { allFactLayers, isMunicipality, layerCityFacts } from '../../src/lib/compare/layers.ts';
import { buildRightsGuide, type RightsGuide } from '../../src/lib/compare/rights.ts';
import { collectAnchors } from '../../src/lib/compare/units.ts';
import { loadSeeds } from './seeds.ts';

const MUNICIPALITIES = ['hyuga', 'minato', 'mutsu', 'nagareyama', 'odawara', 'tokyo'];
const APPI = { city: 'national', doc: 'appi' };

describe('facts layered: the APPI today, the city’s own rule on top, older texts as history', () => {
  let corpus: CompareCorpus;
  let facts: Fact[];
  const guides = new Map<string, RightsGuide>();
  beforeAll(async () => {
    corpus = await loadSeeds();
    facts = extractFacts(corpus.documents);
    for (const city of MUNICIPALITIES) {
      const documents = corpus.documents.filter((document) => document.city === city);
      const layers = layerCityFacts(city, facts, corpus.documents);
      const contact = documents.map(findContact).find(Boolean);
      guides.set(
        city,
        buildRightsGuide(
          city,
          layers.today,
          documents.map((document) => document.doc),
          contact,
          layers,
        ),
      );
    }
  });

  it('reads the APPI’s rules for municipalities from its tree (第5章第4節), with quotes', () => {
    const appi = facts.filter((fact) => fact.city === 'national');
    const byKey = new Map(appi.map((fact) => [fact.key, fact]));
    expect(byKey.get('disclosure.decision_days')).toMatchObject({
      value: 30,
      counting: 'next-day-civil-code',
      anchor: 'art-83-p1',
      basis: 'national',
      source: { ...APPI, anchor: 'art-83-p1' },
      current: true,
      asOf: '2026-07-20',
    });
    expect(byKey.get('disclosure.decision_days')?.quote).toContain('開示請求があった日から三十日以内');
    expect(byKey.get('disclosure.extension_max_days')).toMatchObject({
      value: 30,
      counting: 'added',
      anchor: 'art-83-p2',
    });
    expect(byKey.get('disclosure.special_extension')).toMatchObject({ value: true, anchor: 'art-84-p1' });
    expect(byKey.get('correction.decision_days')).toMatchObject({ value: 30, anchor: 'art-94-p1' });
    expect(byKey.get('suspension.decision_days')).toMatchObject({ value: 30, anchor: 'art-102-p1' });
    expect(byKey.get('fee.set_by_ordinance')).toMatchObject({ value: true, anchor: 'art-89-p2' });
    expect(byKey.get('procedure.ordinance_may_set')).toMatchObject({ value: true, anchor: 'art-108-p1' });
    // 第4章 (businesses) is outside the scope the metadata gives: no fact from it
    const tree = corpus.documents.find((document) => document.city === 'national')!.tree;
    const anchors = collectAnchors(tree);
    for (const fact of appi) {
      expect(anchors.has(fact.anchor), fact.anchor).toBe(true);
      expect(Number(/^art-(\d+)/.exec(fact.anchor)?.[1])).toBeGreaterThanOrEqual(76);
      expect(Number(/^art-(\d+)/.exec(fact.anchor)?.[1])).toBeLessThanOrEqual(108);
    }
  });

  it('gives every municipality the APPI’s deadlines today, cited to the law', () => {
    for (const city of MUNICIPALITIES) {
      expect(isMunicipality(city, corpus.documents)).toBe(true);
      const today = layerCityFacts(city, facts, corpus.documents).today;
      for (const [key, anchor] of [
        ['disclosure.decision_days', 'art-83-p1'],
        ['correction.decision_days', 'art-94-p1'],
        ['suspension.decision_days', 'art-102-p1'],
      ] as const) {
        expect(today.get(key), `${city} ${key}`).toMatchObject({
          city,
          value: 30,
          basis: 'national',
          source: { ...APPI, anchor },
        });
      }
      expect(guides.get(city)!.deadlines.map(({ procedure, rule }) => ({ procedure, rule }))).toEqual(
        ['disclosure', 'correction', 'suspension'].map((procedure) => ({
          procedure,
          rule: { days: 30, counting: 'next-day-civil-code', extension: { days: 30, counting: 'added' } },
        })),
      );
    }
    expect(isMunicipality('national', corpus.documents)).toBe(false);
  });

  it('puts Tokyo’s own rule on top: 第6条 開示請求の手数料 零円', () => {
    const layers = layerCityFacts('tokyo', facts, corpus.documents);
    expect(layers.localOrdinance).toBe('personal-information-protection-act-enforcement-ordinance');
    expect(layers.today.get('fee.request_yen')).toMatchObject({
      value: 0,
      basis: 'local',
      source: {
        city: 'tokyo',
        doc: 'personal-information-protection-act-enforcement-ordinance',
        anchor: 'art-6-p1',
      },
      current: true,
      asOf: '2025-06-01',
    });
    const messages = guides
      .get('tokyo')!
      .sections.flatMap((section) => section.sentences.map((s) => s.message));
    expect(messages).toContain('rights.basis.localOrdinance');
    expect(messages).toContain('rights.cost.free');
    expect(messages).not.toContain('rights.basis.ordinanceNotInCorpus');
  });

  it('says where the city’s implementing ordinance is not in the corpus (法第108条), instead of “not stated”', () => {
    for (const city of ['hyuga', 'mutsu', 'nagareyama', 'minato', 'odawara']) {
      const sentences = guides.get(city)!.sections.flatMap((section) => section.sentences);
      const missing = sentences.find((sentence) => sentence.message === 'rights.basis.ordinanceNotInCorpus');
      expect(missing?.cites, city).toEqual([{ ...APPI, anchor: 'art-108-p1' }]);
      expect(sentences.map((sentence) => sentence.message)).toContain('rights.basis.national');
    }
    // fees: the ordinance sets them (第89条第2項), not "not stated"
    const hyugaCost = guides.get('hyuga')!.sections.find((section) => section.id === 'cost')!.sentences;
    expect(hyugaCost[0]).toMatchObject({ message: 'rights.cost.feeByOrdinance' });
    expect(hyugaCost[0]!.cites).toEqual([{ ...APPI, anchor: 'art-89-p2' }]);
  });

  it('keeps the old ordinance’s figures as history, with their date', () => {
    const history = guides.get('hyuga')!.history;
    expect(history.map(({ doc, status, asOf }) => ({ doc, status, asOf }))).toEqual([
      { doc: 'personal-information-protection-ordinance', status: 'superseded', asOf: '2018-09-25' },
    ]);
    expect(history[0]!.facts.find((fact) => fact.key === 'disclosure.decision_days')).toMatchObject({
      value: 14,
      anchor: 'art-26-p1',
      basis: 'local',
      current: false,
    });
    expect(guides.get('nagareyama')!.history[0]).toMatchObject({ status: 'historical', asOf: '2018-07-09' });
    const mutsu = guides.get('mutsu')!.history[0];
    expect(mutsu?.status).toBe('historical');
    expect(mutsu?.asOf).toBeUndefined();
    // texts in force are no history
    expect(guides.get('tokyo')!.history).toEqual([]);
    expect(guides.get('odawara')!.history).toEqual([]);
  });

  it('exports every fact with basis and source, and the national defaults for every municipality', () => {
    const all = allFactLayers(facts, corpus.documents);
    for (const fact of all) {
      expect(['local', 'national']).toContain(fact.basis);
      expect(fact.source.anchor).toBeTruthy();
      expect(fact.basis === 'national').toBe(fact.source.city === 'national');
    }
    for (const city of MUNICIPALITIES) {
      expect(
        all.find((fact) => fact.city === city && fact.key === 'disclosure.decision_days' && fact.current),
        city,
      ).toMatchObject({ value: 30, basis: 'national', doc: 'appi' });
    }
    // Tokyo's own fee is not doubled by the APPI's "set by ordinance"
    expect(all.filter((fact) => fact.city === 'tokyo' && fact.key === 'fee.request_yen')).toHaveLength(1);
  });
});
