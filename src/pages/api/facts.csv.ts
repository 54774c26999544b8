import type { APIRoute } from 'astro';
import { factsToCsv } from '../../lib/export/facts.ts';
import { loadCompareData } from '../../lib/site/compare-data.ts';

/** `/api/facts.csv`: the comparison facts, one per row (docs/api.md). */
export const GET: APIRoute = async () =>
  new Response(factsToCsv((await loadCompareData()).exportedFacts()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
