import type { APIRoute } from 'astro';
import { buildSitemap, type PageModule, pathsOfPage } from '../lib/export/sitemap.ts';

/** Every HTML page of the site: their routes come from the page files, filled by their static paths. */
const pages = import.meta.glob<PageModule>('/src/pages/**/*.{astro,md,mdx}', { eager: true });

/** `/sitemap.xml`: every page in both languages, with hreflang alternates (docs/api.md). */
export const GET: APIRoute = async ({ site }) => {
  const paths = (
    await Promise.all(Object.entries(pages).map(([file, module]) => pathsOfPage(file, module)))
  ).flat();
  return new Response(buildSitemap(paths, site ?? 'https://reiki-atlas.example'), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
