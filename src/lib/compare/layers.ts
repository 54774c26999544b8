import type { DocumentMeta } from '../ingest/metadata.ts';
import { FACT_KEYS, type Fact, type FactKey } from './facts.ts';

/** A document as the layering needs it: where it is and what its metadata says of its status. */
interface LayerDocument {
  city: string;
  doc: string;
  meta: Pick<DocumentMeta, 'kind' | 'status' | 'asOf' | 'enforced' | 'updated' | 'promulgated'>;
}

/** What an older text of the city said, with its date. */
export interface HistoryLayer {
  doc: string;
  status: NonNullable<DocumentMeta['status']> | 'unrecorded';
  asOf?: string;
  facts: Fact[];
}

/** The facts of a municipality, layered: what applies today, and what older texts said. */
export interface CityLayers {
  city: string;
  /**
   * What applies today, by key: the city's own text in force (`basis: local`) on top of the
   * national law's rule (`basis: national`, applied to this city: `city` is the municipality,
   * `doc` and `source` the law's).
   */
  today: Map<FactKey, Fact>;
  /** the city's texts that are not in force, with the facts they state */
  history: HistoryLayer[];
  /** the city's ordinance in force that implements the national law, when the corpus has one */
  localOrdinance?: string;
  /** whether a national law of the corpus governs the city (its facts are applied) */
  governedByNational: boolean;
}

/** A city is a municipality when it has a document that is not a national law. */
export function isMunicipality(city: string, documents: readonly LayerDocument[]): boolean {
  return documents.some((document) => document.city === city && document.meta.kind !== 'law');
}

/**
 * Layer the facts of a municipality (docs/facts.md, "Layers"): for each key, the first fact of the
 * city's texts in force, else the fact of a national law in force (the APPI's rules for local
 * governments apply to every municipality since 2023-04-01); texts that are not in force give the
 * history, each with its date.
 */
export function layerCityFacts(
  city: string,
  facts: readonly Fact[],
  documents: readonly LayerDocument[],
): CityLayers {
  const own = documents.filter((document) => document.city === city);
  const local = facts.filter((fact) => fact.city === city && fact.basis === 'local' && fact.current);
  const national = facts.filter((fact) => fact.basis === 'national' && fact.current && fact.city !== city);
  const today = new Map<FactKey, Fact>();
  for (const key of FACT_KEYS) {
    const mine = local.find((fact) => fact.key === key);
    if (mine) {
      today.set(key, mine);
      continue;
    }
    const law = national.find((fact) => fact.key === key);
    if (law) today.set(key, { ...law, city });
  }
  const history: HistoryLayer[] = own
    .filter((document) => document.meta.status !== 'in-force' && document.meta.kind !== 'law')
    .map((document): HistoryLayer => {
      const asOf = facts.find((fact) => fact.city === city && fact.doc === document.doc)?.asOf;
      return {
        doc: document.doc,
        status: document.meta.status ?? 'unrecorded',
        ...(asOf ? { asOf } : {}),
        facts: facts.filter((fact) => fact.city === city && fact.doc === document.doc),
      };
    })
    .filter((layer) => layer.facts.length > 0);
  const ordinance = own.find(
    (document) => document.meta.kind === 'ordinance' && document.meta.status === 'in-force',
  );
  return {
    city,
    today,
    history,
    ...(ordinance ? { localOrdinance: ordinance.doc } : {}),
    governedByNational: national.length > 0,
  };
}

/**
 * Every fact of the corpus as `/api/facts.json` gives it: the facts each document states (local
 * texts, in force or not, and national laws), then for every municipality the national rules
 * that apply to it where its own texts in force do not set the key.
 */
export function allFactLayers(facts: readonly Fact[], documents: readonly LayerDocument[]): Fact[] {
  const cities = [...new Set(documents.map((document) => document.city))].filter((city) =>
    isMunicipality(city, documents),
  );
  const applied = cities.flatMap((city) =>
    [...layerCityFacts(city, facts, documents).today.values()].filter((fact) => fact.basis === 'national'),
  );
  return [...facts, ...applied];
}
