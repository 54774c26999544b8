import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureSiteBuilt, ROOT } from '../../scripts/lib/site-harness.ts';
import { missingSchemaReason, validateAgainstEgovSchema } from '../export/xsd.ts';
import { useSiteBrowser } from './browser.ts';

const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

beforeAll(async () => {
  await ensureSiteBuilt();
});

describe('versions of the APPI on the built site', () => {
  it.each(['ja', 'en'])(
    '/%s/national/appi/changes/ lists 第150条, 第162条, 第164条 amended and three added 附則, marked',
    (lang) => {
      const html = page(`${lang}/national/appi/changes`);
      const changes = [
        ...html.matchAll(/data-change="(\w+)"(?: data-old-id="([^"]*)")?(?: data-new-id="([^"]*)")?/g),
      ].map((m) => `${m[1]}:${m[3] ?? m[2]}`);
      expect(changes.filter((c) => c.includes(':art-'))).toEqual([
        'amended:art-150',
        'amended:art-162',
        'amended:art-164',
      ]);
      expect(changes.filter((c) => c.startsWith('added:'))).toEqual([
        'added:suppl-19',
        'added:suppl-20',
        'added:suppl-21',
      ]);
      expect(html).toMatch(/<del[^>]*>九十九条<\/del>/);
      expect(html).toMatch(/<ins[^>]*>百条第一項<\/ins>/);
      expect(html).toContain(`href="/${lang}/national/appi/2025-09-24/#art-150"`);
      expect(html).toContain(`href="/${lang}/national/appi/#art-150"`);
    },
  );

  it.each(['ja', 'en'])(
    '/%s/national/appi/2025-09-24/ is the old text, with its anchors, marked not current',
    (lang) => {
      const html = page(`${lang}/national/appi/2025-09-24`);
      expect(html).toContain('data-version-notice');
      expect(html).toContain(`href="/${lang}/national/appi/" data-current-link`);
      expect(html).toContain('id="art-150"');
      expect(html).toContain('三年ごとに');
      expect(html).not.toContain('id="suppl-19"');
    },
  );

  /**
   * The landmarks of a document page's body (src/components/doc/DocumentBody.astro), in order:
   * contents, text column, notices, view control, column headings, about, live region, strings, script.
   */
  const bodyLandmarks = (html: string): string[] => {
    const body = html.slice(html.indexOf('<div class="doc-layout">'));
    return [
      ...body.matchAll(
        /<(nav|div|p|fieldset|section|script)\b[^>]*?(?:class="(contents|doc-main[^"]*|notice[^"]*|view-control|bi bi-columns|about)"|id="(reader-status|reader-strings)"|type="module" src="([^"]+)")/g,
      ),
    ].map((m) => `${m[1]}:${m[2] ?? m[3] ?? m[4]}`);
  };

  it.each(['ja', 'en'])(
    '/%s/national/appi/: the earlier version shows the same body as the current text (one component)',
    (lang) => {
      const current = bodyLandmarks(page(`${lang}/national/appi`));
      const earlier = bodyLandmarks(page(`${lang}/national/appi/2025-09-24`));
      expect(current).toContain('nav:contents');
      expect(current).toContain('fieldset:view-control');
      expect(current).toContain('section:about');
      expect(current.at(-1)).toMatch(/^script:\/_astro\/.+\.js$/);
      // same pieces in the same order, down to the one bundle of the reader's script
      expect(earlier).toEqual(current);
    },
  );

  it.each(['ja', 'en'])(
    '/%s/national/appi/: the earlier version links the official translation as the current text does',
    (lang) => {
      const official = (html: string) =>
        [...html.matchAll(/<a href="([^"]+)" rel="external">([^<]+)<\/a>/g)].map((m) => m[0]);
      const current = official(page(`${lang}/national/appi`));
      expect(current.some((link) => link.includes('japaneselawtranslation.go.jp'))).toBe(true);
      // the same links (as often as the version has untranslated units: the old text has fewer)
      expect(new Set(official(page(`${lang}/national/appi/2025-09-24`)))).toEqual(new Set(current));
    },
  );

  it('the document page lists its versions and links the changes; one-version seeds do not', () => {
    const html = page('ja/national/appi');
    expect(html).toContain('data-versions');
    expect(html).toContain('href="/ja/national/appi/2025-09-24/"');
    expect(html).toContain('href="/ja/national/appi/changes/"');
    expect(page('ja/hyuga/personal-information-protection-ordinance')).not.toContain('data-versions');
  });
});

describe("the built site's exports", () => {
  it('/api/national/appi.json lists both versions with their pages and exports', () => {
    const api = JSON.parse(readFileSync(join(DIST, 'api/national/appi.json'), 'utf8'));
    expect(api.versions.map((v: { date: string; current: boolean }) => [v.date, v.current])).toEqual([
      ['2026-07-20', true],
      ['2025-09-24', false],
    ]);
    expect(api.versions[1].exports.xml).toBe('/api/national/appi/2025-09-24.xml');
    expect(api.versions[1].pages.en).toBe('/en/national/appi/2025-09-24/');
    expect(api.changes).toEqual({ ja: '/ja/national/appi/changes/', en: '/en/national/appi/changes/' });
    const old = JSON.parse(readFileSync(join(DIST, 'api/national/appi/2025-09-24.json'), 'utf8'));
    expect(old.asOf).toBe('2025-09-24');
    expect(readFileSync(join(DIST, 'api/national/appi/2025-09-24.txt'), 'utf8')).toContain('三年ごとに');
  });

  it.skipIf(missingSchemaReason())(
    'every /api/…/*.xml validates against the official e-Gov schema',
    async () => {
      const files = readdirSync(join(DIST, 'api'), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.xml'))
        .map((name) => ({
          name: name.replaceAll('/', '_'),
          xml: readFileSync(join(DIST, 'api', name), 'utf8'),
        }));
      expect(files.map((file) => file.name)).toContain('national_appi_2025-09-24.xml');
      expect(await validateAgainstEgovSchema(files)).toEqual([]);
    },
  );
});

describe('the changes page in a browser', () => {
  const site = useSiteBrowser();

  it('stacks old above new on a 390 px phone, without JavaScript and without sideways scrolling', async () => {
    const context = await site.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/ja/national/appi/changes/`);
    const layout = await page.evaluate(() => {
      const row = document.querySelector('[data-new-id="art-150"] .change-row.changed')!;
      const [old, now] = [row.querySelector('.change-old')!, row.querySelector('.change-new')!].map((cell) =>
        cell.getBoundingClientRect(),
      );
      return {
        stacked: now!.top >= old!.bottom - 1,
        width: document.documentElement.scrollWidth,
        marks: document.querySelectorAll('del, ins').length,
      };
    });
    expect(layout.stacked).toBe(true);
    expect(layout.width).toBeLessThanOrEqual(390);
    expect(layout.marks).toBeGreaterThan(6);
  });

  it.each(['ja', 'en'])('/%s/national/appi/changes/ has no axe-core violations', async (lang) => {
    const context = await site.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/${lang}/national/appi/changes/`);
    await page.addScriptTag({
      content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'),
    });
    const violations = await page.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: {
          run: (context: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
        };
      };
      return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
