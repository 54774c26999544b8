/**
 * The law in force on the built site: every document page says the date of its text and whether it
 * is in force, in both languages; the texts the APPI replaced link to it and to the city's rights
 * today; Tokyo's 法第N条 link into the APPI page, which lists Tokyo's ordinance; /api/facts.json
 * gives every municipality the APPI's rules with basis and source; axe finds nothing on the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureSiteBuilt, ROOT } from '../../scripts/lib/site-harness.ts';
import type { Manifest } from '../../src/lib/emit/manifest.ts';
import { useSiteBrowser } from './browser.ts';

const TOKYO = 'tokyo/personal-information-protection-act-enforcement-ordinance';
const MUNICIPALITIES = ['hyuga', 'minato', 'mutsu', 'nagareyama', 'odawara', 'tokyo'];
const REPLACED = [
  'hyuga/personal-information-protection-ordinance',
  'mutsu/privacy-system',
  'nagareyama/privacy-system',
];

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const ids = (path: string) => new Set([...html(path).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
const statusSection = (page: string) =>
  /<section class="doc-status[^"]*"[^>]*data-status="([^"]+)"[\s\S]*?<\/section>/.exec(page);

let manifest: Manifest;
beforeAll(async () => {
  await ensureSiteBuilt();
  manifest = JSON.parse(readFileSync(join(ROOT, 'src/content/generated/manifest.json'), 'utf8')) as Manifest;
}, 600_000);

describe('the date and status of every text', () => {
  it('is on every document page, in both languages, from the metadata', () => {
    for (const document of manifest.documents) {
      for (const lang of ['ja', 'en']) {
        const section = statusSection(html(`${lang}/${document.city}/${document.doc}`));
        expect(section, `${lang}/${document.city}/${document.doc}`).not.toBeNull();
        expect(section![1]).toBe(document.status?.status ?? 'unrecorded');
        // an empty attribute is written bare: the source states no date
        const asOf = /data-as-of(?:="([^"]*)")?/.exec(section![0]);
        expect(asOf, `${document.city}/${document.doc}`).not.toBeNull();
        expect(asOf![1] ?? '', `${document.city}/${document.doc}`).toBe(document.status?.asOf ?? '');
      }
    }
    expect(statusSection(html(`en/${TOKYO}`))![0]).toContain('In force');
    expect(statusSection(html(`ja/${TOKYO}`))![0]).toContain('令和7年6月1日');
  });

  it('tells readers of the replaced texts what governs since 2023-04-01, with links that resolve', () => {
    for (const path of REPLACED) {
      const city = path.split('/')[0]!;
      for (const lang of ['ja', 'en'] as const) {
        const section = statusSection(html(`${lang}/${path}`))![0];
        expect(section).toContain(lang === 'ja' ? '令和5年4月1日' : 'April 1, 2023');
        expect(section).toContain(lang === 'ja' ? '令和3年法律第37号' : 'Act No. 37 of 2021');
        expect(section).toContain(`href="/${lang}/national/appi/"`);
        expect(section).toContain(`href="/${lang}/${city}/rights/"`);
        expect(existsSync(join(DIST, lang, city, 'rights', 'index.html'))).toBe(true);
      }
    }
  });
});

describe('the APPI and the ordinance that implements it', () => {
  it('links Tokyo’s 法第七十七条第一項 etc. to anchors of the APPI page', () => {
    for (const lang of ['ja', 'en']) {
      const hrefs = [
        ...html(`${lang}/${TOKYO}`).matchAll(/href="\/(?:ja|en)\/national\/appi\/#([^"]+)"/g),
      ].map((match) => match[1]!);
      expect(hrefs).toContain('art-77-p1');
      expect(hrefs).toContain('art-89-p2');
      const anchors = ids(`${lang}/national/appi`);
      expect(hrefs.filter((anchor) => !anchors.has(anchor))).toEqual([]);
    }
  });

  it('lists the implementing ordinance on the APPI page', () => {
    for (const lang of ['ja', 'en']) {
      const section = /<section class="implementers[\s\S]*?<\/section>/.exec(
        html(`${lang}/national/appi`),
      )?.[0];
      expect(section).toContain(`href="/${lang}/${TOKYO}/"`);
      expect(section).not.toContain('/hyuga/');
    }
  });

  it('has every anchor residents use (開示・訂正・利用停止, 第76条–第108条)', () => {
    const anchors = ids('ja/national/appi');
    for (const anchor of [
      'art-76-p1',
      'art-83-p1',
      'art-83-p2',
      'art-84-p1',
      'art-89-p2',
      'art-94-p1',
      'art-102-p1',
      'art-108-p1',
    ])
      expect(anchors.has(anchor), anchor).toBe(true);
  });
});

describe('/api/facts.json', () => {
  type ExportedFact = {
    city: string;
    doc: string;
    key: string;
    value: unknown;
    anchor: string;
    basis: 'local' | 'national';
    source: { city: string; doc: string; anchor: string };
    current: boolean;
    asOf?: string;
    url: { ja: string; en: string };
  };
  const facts = () =>
    (JSON.parse(readFileSync(join(DIST, 'api/facts.json'), 'utf8')) as { facts: ExportedFact[] }).facts;

  it('gives every municipality what applies under the APPI today, with its source', () => {
    for (const city of MUNICIPALITIES) {
      const today = facts().filter((fact) => fact.city === city && fact.current);
      expect(
        today.find((fact) => fact.key === 'disclosure.decision_days'),
        city,
      ).toMatchObject({
        value: 30,
        basis: 'national',
        source: { city: 'national', doc: 'appi', anchor: 'art-83-p1' },
        url: { ja: '/ja/national/appi/#art-83-p1', en: '/en/national/appi/#art-83-p1' },
      });
    }
    expect(facts().find((fact) => fact.city === 'tokyo' && fact.key === 'fee.request_yen')).toMatchObject({
      value: 0,
      basis: 'local',
      source: { city: 'tokyo', anchor: 'art-6-p1' },
    });
  });

  it('keeps the old ordinance’s figures, dated and not current', () => {
    expect(
      facts().find(
        (fact) => fact.city === 'hyuga' && fact.key === 'disclosure.decision_days' && !fact.current,
      ),
    ).toMatchObject({ value: 14, basis: 'local', asOf: '2018-09-25', anchor: 'art-26-p1' });
  });

  it('links every fact to an anchor that exists', () => {
    for (const fact of facts()) {
      const [path, anchor] = fact.url.ja.split('#');
      expect(ids(path!.slice(1, -1)).has(anchor!), fact.url.ja).toBe(true);
    }
  });
});

describe('the rights guides', () => {
  it('say what applies today with the article, and what the older text said with its date', () => {
    const hyuga = html('en/hyuga/rights');
    expect(hyuga).toContain('href="/en/national/appi/#art-83-p1"');
    expect(hyuga).toContain('href="/en/national/appi/#art-108-p1"');
    expect(hyuga).toMatch(
      /data-history[\s\S]*data-as-of="2018-09-25"[\s\S]*href="\/en\/hyuga\/personal-information-protection-ordinance\/#art-26-p1"/,
    );
    const tokyo = html('ja/tokyo/rights');
    expect(tokyo).toContain(`href="/ja/${TOKYO}/#art-6-p1"`);
    expect(tokyo).not.toContain('data-history');
  });
});

describe('axe on the new and changed pages', () => {
  const site = useSiteBrowser();
  const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const PAGES = [
    `/ja/${TOKYO}/`,
    `/en/${TOKYO}/`,
    '/en/hyuga/personal-information-protection-ordinance/',
    '/ja/mutsu/privacy-system/',
    '/ja/tokyo/rights/',
    '/en/hyuga/rights/',
    '/ja/tokyo/',
  ];

  it.each(PAGES)(
    '%s has no axe violations',
    async (path) => {
      const context = await site.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        type Result = { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };
        const axe = (
          window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }
        ).axe;
        for (const details of document.querySelectorAll('details')) details.open = true;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations).toEqual([]);
    },
    120_000,
  );
});
