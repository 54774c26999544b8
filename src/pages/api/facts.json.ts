import type { APIRoute } from 'astro';
import { buildFactsExport } from '../../lib/export/facts.ts';
import { loadCompareData } from '../../lib/site/compare-data.ts';

/** `/api/facts.json`: the comparison facts of every document (docs/facts.md, docs/api.md). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(buildFactsExport((await loadCompareData()).exportedFacts()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
