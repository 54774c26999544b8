import type { APIRoute } from 'astro';
import { buildDocumentsIndex } from '../../lib/export/api.ts';
import { loadSiteDocuments } from '../../lib/export/site.ts';

/** `/api/documents.json`: every document with its pages and exports (docs/api.md). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(buildDocumentsIndex(await loadSiteDocuments()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
