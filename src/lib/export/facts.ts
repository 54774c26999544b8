import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../compare/facts.ts';
import { API_VERSION, documentLinks } from './api.ts';

/**
 * `/api/facts.json`: every comparison fact (docs/facts.md) with the page that states it: the facts
 * each document states, then for every municipality the national rules that apply to it today
 * (`basis: national`, `source` the law's unit).
 */
export interface FactsExport {
  version: number;
  count: number;
  facts: Array<Fact & { url: { ja: string; en: string } }>;
}

/** Build `/api/facts.json`: each fact with links to the clause on both language pages. */
export function buildFactsExport(facts: readonly Fact[]): FactsExport {
  return {
    version: API_VERSION,
    count: facts.length,
    facts: facts.map((fact) => {
      // the page of the text it was read from: a national default applied to a city links to the law
      const { pages } = documentLinks(fact.source.city, fact.source.doc);
      const anchor = fact.source.anchor;
      return { ...fact, url: { ja: `${pages.ja}#${anchor}`, en: `${pages.en}#${anchor}` } };
    }),
  };
}

/** Columns of `/api/facts.csv`, in order. */
const FACT_COLUMNS = [
  'city',
  'doc',
  'key',
  'value',
  'unit',
  'counting',
  'anchor',
  'url_ja',
  'url_en',
  'quote',
  'basis',
  'source_city',
  'source_doc',
  'source_anchor',
  'current',
  'as_of',
] as const;

/**
 * `/api/facts.csv`: one fact per row (RFC 4180: comma-separated, CRLF, fields quoted when they
 * hold a comma, quote or line break), list values joined with ` | `, with a UTF-8 byte order mark
 * so that spreadsheet programs read the Japanese text correctly.
 */
export function factsToCsv(facts: readonly Fact[]): string {
  const rows = buildFactsExport(facts).facts.map((fact) => [
    fact.city,
    fact.doc,
    fact.key,
    Array.isArray(fact.value) ? fact.value.join(' | ') : String(fact.value),
    fact.unit,
    fact.counting ?? '',
    fact.anchor,
    fact.url.ja,
    fact.url.en,
    fact.quote,
    fact.basis,
    fact.source.city,
    fact.source.doc,
    fact.source.anchor,
    String(fact.current),
    fact.asOf ?? '',
  ]);
  // csv-stringify quotes a field holding the delimiter, a quote or the record delimiter (CRLF), but
  // not a lone CR or LF: RFC 4180 wants those quoted too
  return stringify([[...FACT_COLUMNS], ...rows], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}
