import type { APIRoute } from 'astro';
import { buildDocumentExport } from '../../../lib/export/api.ts';
import { documentPaths, findSiteDocument, loadLawIndex } from '../../../lib/export/site.ts';

/** `/api/{city}/{doc}.json`: the document tree with references and definitions (docs/api.md). */
export function getStaticPaths() {
  return documentPaths();
}

export const GET: APIRoute = async ({ params }) =>
  new Response(
    JSON.stringify(
      buildDocumentExport(await findSiteDocument(params.city!, params.doc!), await loadLawIndex()),
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
