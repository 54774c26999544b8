import type { APIRoute } from 'astro';
import { factsToCsv, loadSiteFacts } from '../../lib/export/facts.ts';

/** `/api/facts.csv`: the comparison facts, one per row (docs/api.md). */
export const GET: APIRoute = async () =>
  new Response(factsToCsv(await loadSiteFacts()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
