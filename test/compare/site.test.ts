/**
 * The compare, facts, definitions and rights pages in a browser: axe-core (WCAG 2.2 AA) in both
 * colour schemes and both languages, one h1, every link into a document reaching an anchor that
 * exists, and the deadline calculator. Uses the site harness of test/site (built once, shared).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT } from '../../scripts/lib/site-harness.ts';
import { useSiteBrowser } from '../site/browser.ts';

const site = useSiteBrowser();

/** The pages this suite owns: compare pages and rights guides, in both languages. */
function comparePages(): string[] {
  return builtPages().filter((path) => /^\/(ja|en)\/(compare\/|[a-z0-9-]+\/rights\/$)/.test(path));
}

/** Topic pages share one template: axe checks three (the largest, a short one, the English source's). */
const SAMPLE_TOPICS = new Set(['disclosure', 'penalties', 'website']);

/** The pages axe checks: every page but the topic pages outside the sample. */
function axePages(): string[] {
  return comparePages().filter((path) => {
    const topic = /^\/(?:ja|en)\/compare\/([a-z-]+)\/$/.exec(path)?.[1];
    return !topic || topic === 'facts' || topic === 'definitions' || SAMPLE_TOPICS.has(topic);
  });
}

async function open(path: string, colorScheme: 'light' | 'dark' = 'light') {
  const context = await site.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }
    ).axe;
    // open every folded difference and source text, so that their content is checked too
    for (const details of document.querySelectorAll('details')) details.open = true;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('compare and rights pages', () => {
  it('exist in both languages for every topic page, the facts, the definitions and each city', () => {
    const pages = comparePages();
    for (const lang of ['ja', 'en']) {
      for (const path of [
        'compare/',
        'compare/facts/',
        'compare/definitions/',
        'compare/disclosure/',
        'hyuga/rights/',
        'minato/rights/',
      ]) {
        expect(pages).toContain(`/${lang}/${path}`);
      }
    }
    expect(pages.filter((path) => path.startsWith('/ja/')).length).toBe(
      pages.filter((path) => path.startsWith('/en/')).length,
    );
  });

  it.each(['light', 'dark'] as const)(
    'have no axe violations (%s scheme)',
    async (scheme) => {
      const failures: string[] = [];
      for (const path of axePages()) {
        const { page, problems, close } = await open(path, scheme);
        failures.push(...problems.map((problem) => `${path}: ${problem}`));
        failures.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
        await close();
      }
      expect(failures).toEqual([]);
      // a page per city and language (six cities now): on a shared two-core machine this takes minutes
    },
    600_000,
  );

  it('have one h1 each and no skipped heading levels', async () => {
    for (const path of comparePages()) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
      expect(
        levels.filter((level) => level === 1),
        path,
      ).toHaveLength(1);
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level - levels[index - 1]!, `${path}: heading ${index} (h${level})`).toBeLessThanOrEqual(1);
      });
    }
  });

  it('link every fact, clause and guide sentence to an anchor that exists in the document page', () => {
    const idsOf = new Map<string, Set<string>>();
    const ids = (path: string) => {
      let found = idsOf.get(path);
      if (!found) {
        found = new Set(
          [...readFileSync(join(DIST, path, 'index.html'), 'utf8').matchAll(/\sid="([^"]+)"/g)].map(
            (m) => m[1]!,
          ),
        );
        idsOf.set(path, found);
      }
      return found;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const path of comparePages()) {
      const document = parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
      const hrefs: string[] = [];
      const walk = (node: {
        childNodes?: unknown[];
        attrs?: Array<{ name: string; value: string }>;
        tagName?: string;
      }) => {
        if (node.tagName === 'a')
          hrefs.push(...(node.attrs ?? []).filter((attr) => attr.name === 'href').map((attr) => attr.value));
        for (const child of (node.childNodes ?? []) as (typeof node)[]) walk(child);
      };
      walk(document as never);
      for (const href of hrefs) {
        const match = /^\/(ja|en)\/([a-z0-9-]+)\/([a-z0-9-]+)\/#(.+)$/.exec(href);
        if (!match || match[3] === 'rights') continue;
        checked++;
        const target = `/${match[1]}/${match[2]}/${match[3]}/`;
        if (!ids(target).has(decodeURIComponent(match[4]!))) broken.push(`${path} → ${href}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it('computes a deadline in the browser as the law that applies today counts it (APPI 第83条)', async () => {
    const { page, problems, close } = await open('/en/hyuga/rights/');
    const form = page.locator('form.calculator');
    await expect.poll(() => form.isVisible()).toBe(true);
    await form.locator('select').selectOption('disclosure');
    await form.locator('input[type=date]').fill('2025-12-20');
    await form.locator('button[type=submit]').click();
    await expect
      .poll(() => form.locator('output').textContent())
      .toBe(
        'The decision on your disclosure request is due by 19 January 2026 (day 1 is 21 December 2025). (subject to a proviso in the clause) If the city extends the period, the latest date is 18 February 2026.',
      );
    expect(problems).toEqual([]);
    await close();
  });

  it('says the due date is the general rule where the clause qualifies it, as the guide does', () => {
    // every rule with its qualifiers, on every rights page in both languages
    const qualified: string[] = [];
    for (const lang of ['ja', 'en'])
      for (const city of readdirSync(join(DIST, lang))) {
        const file = join(DIST, lang, city, 'rights/index.html');
        if (!existsSync(file)) continue;
        const rules = /<ul class="rules"[^>]*>([\s\S]*?)<\/ul>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
        for (const match of rules.matchAll(/<span class="qualifiers"[^>]*>([^<]+)<\/span>/g))
          qualified.push(`/${lang}/${city}/: ${match[1]}`);
      }
    // APPI 第83条 (today's rule for every city) has a proviso (ただし、…): each rule says so
    expect(qualified).toContain('/en/hyuga/: (subject to a proviso in the clause)');
    expect(qualified).toContain('/ja/nagareyama/: （ただし書による例外あり）');
  });

  it('shows the rule and a worked example without JavaScript', () => {
    const html = readFileSync(join(DIST, 'ja/nagareyama/rights/index.html'), 'utf8');
    // today's rule (法第83条: 30 days, the first day not counted), not the old page's 14 days
    expect(html).toContain('例: 2025年4月1日に請求した場合、決定の期限は2025年5月1日です。');
    expect(html).toMatch(/<form[^>]*class="calculator"[^>]*hidden/);
  });
});
