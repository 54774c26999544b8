import type { APIRoute } from 'astro';
import { toEgovXml } from '../../../../lib/egov/export/index.ts';
import { checkEgovXml } from '../../../../lib/egov/schema.ts';
import { findSiteVersion, versionPaths } from '../../../../lib/export/site.ts';

/** `/api/{city}/{doc}/{date}.xml`: an earlier version as e-Gov standard law XML (docs/api.md). */
export function getStaticPaths() {
  return versionPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const { document, tree } = await findSiteVersion(params.city!, params.doc!, params.date!);
  const xml = toEgovXml(tree, { ...document, title: document.title.ja, asOf: params.date });
  const issues = checkEgovXml(xml);
  if (issues.length > 0) {
    const [first] = issues;
    console.warn(
      `${document.city}/${document.doc}@${params.date}: e-Gov XML export: ${first?.reason} at ${first?.path} (${issues.length} issue(s)) [egov-structure]`,
    );
  }
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
