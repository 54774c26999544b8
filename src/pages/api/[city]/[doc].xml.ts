import type { APIRoute } from 'astro';
import { toEgovXml } from '../../../lib/egov/export/index.ts';
import { checkEgovXml } from '../../../lib/egov/schema.ts';
import { documentPaths, findSiteDocument } from '../../../lib/export/site.ts';

/** `/api/{city}/{doc}.xml`: the document as e-Gov standard law XML (docs/api.md). */
export function getStaticPaths() {
  return documentPaths();
}

export const GET: APIRoute = async ({ params }) => {
  const { document, tree } = await findSiteDocument(params.city!, params.doc!);
  const xml = toEgovXml(tree, { ...document, title: document.title.ja });
  const issues = checkEgovXml(xml);
  if (issues.length > 0) {
    // one odd document must not stop the site: report it and serve what the tree gives
    const [first] = issues;
    console.warn(
      `${document.city}/${document.doc}: e-Gov XML export: ${first?.reason} at ${first?.path} (${issues.length} issue(s)) [egov-structure]`,
    );
  }
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
