import { escapeAttribute, escapeText } from '../egov/xml.ts';

/** The site languages: a page under `/ja/` has its counterpart under `/en/` and the reverse. */
const LANGS = ['ja', 'en'] as const;

/** A page module as `import.meta.glob` gives it: maybe with `getStaticPaths`. */
export interface PageModule {
  getStaticPaths?: () => unknown;
}

/**
 * The route of a page file: `/src/pages/[lang]/[city]/index.astro` → `/[lang]/[city]/`.
 * Undefined for files that are not HTML pages (endpoints, partials `_x`, the 404 page).
 */
export function routeOfPageFile(file: string): string | undefined {
  const path = file.replace(/^.*?\/src\/pages\//, '');
  if (!/\.(astro|mdx|md)$/.test(path)) return undefined;
  if (path.split('/').some((segment) => segment.startsWith('_'))) return undefined;
  const route = path.replace(/\.(astro|mdx|md)$/, '').replace(/(^|\/)index$/, '');
  if (route === '404' || route === '500') return undefined;
  return route === '' ? '/' : `/${route}/`;
}

/** Fill a route's `[param]` and `[...rest]` segments: `/[lang]/[city]/` + {lang: ja, city: hyuga}. */
export function fillRoute(route: string, params: Record<string, string | number | undefined>): string {
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => String(params[name] ?? ''));
  return filled.replace(/\/{2,}/g, '/');
}

/** Every path a page module builds: its route, filled with each of its static paths. */
export async function pathsOfPage(file: string, module: PageModule): Promise<string[]> {
  const route = routeOfPageFile(file);
  if (!route) return [];
  if (!route.includes('[')) return [route];
  if (typeof module.getStaticPaths !== 'function') return [];
  const entries = (await module.getStaticPaths()) as Array<{
    params?: Record<string, string | number | undefined>;
  }>;
  return entries.flat().map((entry) => fillRoute(route, entry.params ?? {}));
}

/** The counterpart of a path in the other language, if it has one (`/ja/hyuga/` ↔ `/en/hyuga/`). */
function alternatesOf(path: string): Array<{ lang: string; path: string }> {
  const lang = LANGS.find((l) => path.startsWith(`/${l}/`));
  if (!lang) return [];
  const rest = path.slice(lang.length + 1);
  return LANGS.map((l) => ({ lang: l, path: `/${l}${rest}` }));
}

/**
 * A sitemap (sitemaps.org) of every path, absolute on `site`, with `xhtml:link` alternates for
 * pages that exist in both languages. Paths are sorted and listed once.
 */
export function buildSitemap(paths: Iterable<string>, site: URL | string): string {
  const all = [...new Set(paths)].sort();
  const known = new Set(all);
  const url = (path: string) => new URL(path, site).href;
  const entries = all.map((path) => {
    const alternates = alternatesOf(path).filter((alternate) => known.has(alternate.path));
    const links =
      alternates.length === 2
        ? alternates
            .map(
              (a) =>
                `\n    <xhtml:link rel="alternate" hreflang="${a.lang}" href="${escapeAttribute(url(a.path))}"/>`,
            )
            .join('')
        : '';
    return `  <url>\n    <loc>${escapeText(url(path))}</loc>${links}\n  </url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
