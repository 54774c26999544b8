import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/lib/egov/xml.ts';
import { buildSitemap, fillRoute, pathsOfPage, routeOfPageFile } from '../../src/lib/export/sitemap.ts';

describe('sitemap', () => {
  it.each([
    ['/src/pages/index.astro', '/'],
    ['/src/pages/[lang]/index.astro', '/[lang]/'],
    ['/src/pages/[lang]/[city]/[doc]/index.astro', '/[lang]/[city]/[doc]/'],
    ['/src/pages/[lang]/compare/facts.astro', '/[lang]/compare/facts/'],
    ['/src/pages/404.astro', undefined],
    ['/src/pages/api/documents.json.ts', undefined],
    ['/src/pages/_partial.astro', undefined],
  ])('routes %s as %s', (file, route) => {
    expect(routeOfPageFile(file)).toBe(route);
  });

  it('fills routes with static paths', async () => {
    expect(fillRoute('/[lang]/[city]/', { lang: 'ja', city: 'hyuga' })).toBe('/ja/hyuga/');
    const module = { getStaticPaths: async () => [{ params: { lang: 'ja' } }, { params: { lang: 'en' } }] };
    expect(await pathsOfPage('/src/pages/[lang]/search/index.astro', module)).toEqual([
      '/ja/search/',
      '/en/search/',
    ]);
  });

  it('lists every path once with hreflang alternates', () => {
    const xml = buildSitemap(['/ja/', '/en/', '/', '/ja/', '/ja/only/'], 'https://example.org/base/');
    const { root, problems } = parseXml(xml);
    expect(problems).toEqual([]);
    const urls = root!.children.filter((c) => c.type === 'element');
    expect(urls).toHaveLength(4);
    expect(xml).toContain('<loc>https://example.org/ja/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/"/>');
    expect(xml.match(/<url>\s*<loc>https:\/\/example.org\/ja\/only\/<\/loc>\s*<\/url>/)).not.toBeNull();
  });
});
