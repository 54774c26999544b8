import type { APIRoute } from 'astro';
import { findSiteVersion, versionPaths } from '../../../../lib/export/site.ts';
import { toPlainText } from '../../../../lib/export/text.ts';

/** `/api/{city}/{doc}/{date}.txt`: an earlier version's text (docs/api.md). */
export function getStaticPaths() {
  return versionPaths();
}

export const GET: APIRoute = async ({ params }) =>
  new Response(toPlainText((await findSiteVersion(params.city!, params.doc!, params.date!)).tree), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
