import type { APIRoute } from 'astro';
import { buildFactsExport, loadSiteFacts } from '../../lib/export/facts.ts';

/** `/api/facts.json`: the comparison facts of every document (docs/facts.md, docs/api.md). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(buildFactsExport(await loadSiteFacts()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
