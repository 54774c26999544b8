import { beforeAll, describe, expect, it } from 'vitest';
import { findContact } from '../../src/lib/compare/contact.ts';
import type { CompareCorpus } from '../../src/lib/compare/documents.ts';
import { extractFacts, type Fact, factsByKey } from '../../src/lib/compare/facts.ts';
import { buildRightsGuide, type RightsGuide } from '../../src/lib/compare/rights.ts';
import { collectAnchors } from '../../src/lib/compare/units.ts';
import { loadSeeds } from './seeds.ts';

describe('rights guides of the five seeds', () => {
  let corpus: CompareCorpus;
  let facts: Fact[];
  const guides = new Map<string, RightsGuide>();
  beforeAll(async () => {
    corpus = await loadSeeds();
    facts = extractFacts(corpus.documents);
    for (const { city } of corpus.cities) {
      const documents = corpus.documents.filter((document) => document.city === city);
      const contact = documents.map(findContact).find(Boolean);
      guides.set(
        city,
        buildRightsGuide(
          city,
          factsByKey(facts, city),
          documents.map((d) => d.doc),
          contact,
        ),
      );
    }
  });

  const messages = (city: string) =>
    guides.get(city)!.sections.flatMap((section) => section.sentences.map((sentence) => sentence.message));

  it('links every sentence to clauses that exist, or (when the texts are silent) to the contact or document', () => {
    for (const [city, guide] of guides) {
      for (const sentence of guide.sections.flatMap((section) => section.sentences)) {
        expect(sentence.cites.length, `${city} ${sentence.message}`).toBeGreaterThan(0);
        for (const cite of sentence.cites) {
          const document = corpus.documents.find(
            (candidate) => candidate.city === cite.city && candidate.doc === cite.doc,
          );
          expect(document, `${city} ${sentence.message} → ${cite.doc}`).toBeDefined();
          if (cite.anchor)
            expect(collectAnchors(document!.tree).has(cite.anchor), `${city} #${cite.anchor}`).toBe(true);
          else
            expect(sentence.unknown && !guide.contact, `${city} ${sentence.message} has no anchor`).toBe(
              true,
            );
        }
        expect(sentence.unknown, `${city} ${sentence.message}`).toBe(sentence.facts.length === 0);
      }
    }
  });

  it('explains Hyuga from its ordinance: deadlines with extensions, copies paid, review', () => {
    const hyuga = guides.get('hyuga')!;
    expect(hyuga.contact).toBeUndefined();
    expect(messages('hyuga')).toEqual([
      'rights.right.disclosure',
      'rights.right.correction',
      'rights.right.within',
      'rights.right.suspension',
      'rights.right.within',
      'rights.who.anyone',
      'rights.who.representative',
      'rights.how.writing',
      'rights.how.oral',
      'rights.how.mailUnknown',
      'rights.bring.id',
      'rights.deadline.request-day',
      'rights.deadline.extensionTotal',
      'rights.deadline.request-day',
      'rights.deadline.extensionAdded',
      'rights.deadline.request-day',
      'rights.deadline.extensionAdded',
      'rights.deadline.special',
      'rights.cost.feeUnknown',
      'rights.cost.copiesBorne',
      'rights.appeal.review',
      'rights.appeal.board',
    ]);
    expect(hyuga.deadlines.map(({ procedure, rule }) => ({ procedure, rule }))).toEqual([
      {
        procedure: 'disclosure',
        rule: { days: 14, counting: 'request-day', extension: { days: 60, counting: 'request-day' } },
      },
      {
        procedure: 'correction',
        rule: { days: 30, counting: 'request-day', extension: { days: 30, counting: 'added' } },
      },
      {
        procedure: 'suspension',
        rule: { days: 30, counting: 'request-day', extension: { days: 30, counting: 'added' } },
      },
    ]);
  });

  it('explains Nagareyama from its page, and says what it does not state', () => {
    const nagareyama = guides.get('nagareyama')!;
    expect(nagareyama.contact).toMatchObject({
      anchor: 'contact',
      tel: ['04-7150-6067'],
      department: '総務部 総務課',
    });
    expect(messages('nagareyama')).toEqual([
      'rights.right.disclosure',
      'rights.right.correction',
      'rights.right.suspension',
      'rights.who.anyone',
      'rights.how.writing',
      'rights.how.where',
      'rights.how.noMail',
      'rights.bring.id',
      'rights.deadline.next-day',
      'rights.deadline.next-day-civil-code',
      'rights.deadline.unknown',
      'rights.cost.free',
      'rights.cost.copies',
      'rights.appeal.unknown',
    ]);
    expect(nagareyama.deadlines.map(({ procedure, rule }) => ({ procedure, rule }))).toEqual([
      { procedure: 'disclosure', rule: { days: 14, counting: 'next-day' } },
      { procedure: 'correction', rule: { days: 30, counting: 'next-day-civil-code' } },
    ]);
  });

  it('says "without delay" for Odawara and points unknowns to its contact clause', () => {
    const odawara = guides.get('odawara')!;
    expect(odawara.contact).toMatchObject({
      anchor: 'art-11',
      department: '小田原市企画部デジタルイノベーション課',
      tel: ['0465-33-1733'],
      email: 'digital@city.odawara.kanagawa.jp',
    });
    const sentences = odawara.sections.flatMap((section) => section.sentences);
    expect(sentences.find((sentence) => sentence.message === 'rights.deadline.withoutDelay')?.cites).toEqual([
      { city: 'odawara', doc: 'smart-city-privacy-policy', anchor: 'art-9-p2' },
    ]);
    expect(
      sentences
        .filter((sentence) => sentence.unknown)
        .every((sentence) => sentence.cites[0]?.anchor === 'art-11'),
    ).toBe(true);
    expect(odawara.deadlines).toEqual([]);
  });

  it('says everything is unknown for Minato, whose website policy grants no request rights', () => {
    const minato = guides.get('minato')!;
    expect(
      minato.sections.flatMap((section) => section.sentences).every((sentence) => sentence.unknown),
    ).toBe(true);
    expect(minato.contact).toMatchObject({ anchor: 'contact', tel: ['03-3578-2082'], lang: 'en' });
  });

  it('knows Mutsu grants the three rights but states none of the procedure', () => {
    expect(messages('mutsu')).toEqual([
      'rights.right.disclosure',
      'rights.right.correction',
      'rights.right.suspension',
      'rights.who.unknown',
      'rights.how.unknown',
      'rights.how.mailUnknown',
      'rights.bring.unknown',
      'rights.deadline.unknown',
      'rights.deadline.unknown',
      'rights.deadline.unknown',
      'rights.cost.feeUnknown',
      'rights.cost.copiesUnknown',
      'rights.appeal.unknown',
    ]);
  });
});
