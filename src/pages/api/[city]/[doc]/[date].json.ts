import type { APIRoute } from 'astro';
import { buildDocumentExport } from '../../../../lib/export/api.ts';
import { findSiteVersion, loadLawIndex, versionPaths } from '../../../../lib/export/site.ts';

/** `/api/{city}/{doc}/{date}.json`: an earlier version's tree with its references (docs/api.md). */
export function getStaticPaths() {
  return versionPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const site = await findSiteVersion(params.city!, params.doc!, params.date!);
  return new Response(
    JSON.stringify({ ...buildDocumentExport(site, await loadLawIndex()), asOf: params.date }),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
