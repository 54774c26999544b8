/**
 * As a new user would: copy the project, add a folder of hostile sources, build the site twice.
 * The build completes, unusable files are named, every readable character is on the page as
 * text, no source code runs in the browser, and the two builds are byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { withSiteBrowser } from '../../scripts/lib/site-harness.ts';

const ROOT = process.cwd();
const HOSTILE = join(ROOT, 'test/fixtures/hostile');
/** The project copied, with a city of hostile sources added. */
function projectWithHostileSources(): string {
  const dir = copyProject(ROOT, 'reiki-site-');
  const city = join(dir, 'content/sources/akuma');
  mkdirSync(city, { recursive: true });
  writeFileSync(
    join(city, 'city.yaml'),
    'name:\n  ja: 悪魔市\n  en: Akuma City\nprefecture:\n  ja: 架空県\n  en: Kaku\n',
  );
  const add = (doc: string, bytes: Uint8Array | string, kind = 'ordinance') => {
    writeFileSync(join(city, `${doc}.txt`), bytes);
    writeFileSync(join(city, `${doc}.yaml`), `title:\n  ja: ${doc}\n  en: ${doc}\nkind: ${kind}\nlang: ja\n`);
  };
  add('injection', readFileSync(join(HOSTILE, 'injection.txt')));
  add('unicode', readFileSync(join(HOSTILE, 'unicode.txt')));
  add('chaos', readFileSync(join(HOSTILE, 'chaos.txt')));
  add('empty', '');
  add(
    'binary',
    Uint8Array.from({ length: 256 }, (_, i) => (i * 53) % 256),
  );
  return dir;
}

function build(dir: string) {
  return spawnSync('npm', ['run', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
}

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('a folder of hostile sources, built as a new user would', () => {
  let dir = '';
  let first: ReturnType<typeof build>;
  let firstDigest: Map<string, string>;

  beforeAll(() => {
    dir = projectWithHostileSources();
    first = build(dir);
    firstDigest = existsSync(join(dir, 'dist')) ? digest(join(dir, 'dist')) : new Map();
  }, 900_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('completes the build and names the unusable files with a reason', () => {
    expect(first.status, first.stderr.slice(-2000)).toBe(0);
    const log = first.stdout + first.stderr;
    expect(log).toMatch(/akuma\/empty\.txt.*\[empty-source\]/);
    expect(log).toMatch(/akuma\/binary\.txt.*\[binary-source\]/);
  });

  it('shows markup and code from a source as literal text', () => {
    const html = readFileSync(join(dir, 'dist/ja/akuma/injection/index.html'), 'utf8');
    expect(html).not.toContain('<script>alert("xss")</script>');
    expect(html).not.toMatch(/<img[^>]+onerror/);
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('{globalThis.process.exit(1)}');
    expect(html).toMatch(/&lt;script&gt;alert\(("|&quot;|&#34;)xss("|&quot;|&#34;)\)&lt;\/script&gt;/);
  });

  it('runs none of it in the browser, and shows the text', async () => {
    await withSiteBrowser(
      async ({ url, page }) => {
        const dialogs: string[] = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        for (const doc of ['injection', 'unicode', 'chaos']) {
          await page.goto(`${url}/ja/akuma/${doc}/`, { waitUntil: 'load' });
        }
        await page.goto(`${url}/ja/akuma/injection/`, { waitUntil: 'load' });
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
        const text = await page.locator('main').innerText();
        expect(text).toContain('<script>alert("xss")</script>');
        expect(text).toContain("import fs from 'node:fs'");
        expect(text).toContain('<!-- 隠しコメント -->');
        await page.goto(`${url}/ja/akuma/unicode/`, { waitUntil: 'load' });
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
        const unicode = await page.locator('main').innerText();
        expect(unicode).toContain('𠮷野家');
        expect(unicode).toContain('葛󠄀城市');
        expect(dialogs).toEqual([]);
      },
      join(dir, 'dist'),
    );
  }, 120_000);

  it('builds byte-identical output a second time', () => {
    const second = build(dir);
    expect(second.status).toBe(0);
    const secondDigest = digest(join(dir, 'dist'));
    const differing = [...secondDigest]
      .filter(([path, hash]) => firstDigest.get(path) !== hash)
      .map(([p]) => p);
    expect(differing).toEqual([]);
    expect(secondDigest.size).toBe(firstDigest.size);
  }, 900_000);
});
