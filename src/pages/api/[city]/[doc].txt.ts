import type { APIRoute } from 'astro';
import { documentPaths, findSiteDocument } from '../../../lib/export/site.ts';
import { toPlainText } from '../../../lib/export/text.ts';

/** `/api/{city}/{doc}.txt`: the document's text (the source itself for text sources; docs/api.md). */
export function getStaticPaths() {
  return documentPaths();
}

export const GET: APIRoute = async ({ params }) =>
  new Response(toPlainText((await findSiteDocument(params.city!, params.doc!)).tree), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
