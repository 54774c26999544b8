/**
 * Browser test harness: the built site (built once, only when missing or older than its inputs),
 * served from dist/ on a free port, and a headless Chromium. Nothing here skips: without a
 * browser the tests fail and say how to get one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { serve } from './static-server.mjs';

/** The project root (tests run from it). */
export const ROOT = resolve('.');
/** Where the site is built. */
export const DIST = join(ROOT, 'dist');

/** What the built site is made from: newer than dist/index.html means rebuild. */
const INPUTS = [
  'src',
  'content/sources',
  // translations and the glossary are read by the page build too
  'content/translations',
  'content/glossary.yaml',
  'public',
  'scripts/build-content.ts',
  'astro.config.mjs',
  'package-lock.json',
];
/** Generated during the build itself. */
const IGNORED = new Set([join(ROOT, 'src/content/generated')]);
const LOCK = join(ROOT, '.cache/site-build.lock');
/** The file in the lock naming the process that holds it. */
const LOCK_OWNER = join(LOCK, 'pid');
/** A lock with no owner yet is being taken; one still ownerless after this was left by a crash. */
const OWNERLESS_LOCK_MS = 60_000;

/**
 * True when the lock was left by a process that is gone. A lock is judged by its owner's life,
 * not its age: a build on a busy machine may take longer than any age one would pick.
 */
function lockAbandoned(): boolean {
  let owner: number;
  try {
    owner = Number(readFileSync(LOCK_OWNER, 'utf8'));
  } catch {
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    return lock !== undefined && Date.now() - lock.mtimeMs > OWNERLESS_LOCK_MS;
  }
  if (!Number.isInteger(owner) || owner <= 0) return true;
  try {
    process.kill(owner, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists under another user
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function newestInput(path: string): number {
  if (IGNORED.has(path) || !existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestInput(join(path, name))),
    stat.mtimeMs,
  );
}

/** True when dist/ is missing or older than any input of the build. */
export function isSiteStale(): boolean {
  const built = join(DIST, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return INPUTS.some((input) => newestInput(join(ROOT, input)) > builtAt);
}

/** True when the global setup of this vitest run (test/site/global-setup.ts) built dist/. */
async function builtByGlobalSetup(): Promise<boolean> {
  if (!process.env['VITEST']) return false;
  const { inject } = await import('vitest');
  return inject('siteDist') === DIST;
}

/**
 * Build the site with `npm run build` unless dist/ is up to date: nothing to do when the global
 * setup built it for this run.
 */
export async function ensureSiteBuilt(): Promise<void> {
  if (!(await builtByGlobalSetup())) await buildSiteIfStale();
}

/**
 * `npm run build` unless dist/ is up to date. Test files may ask at the same time: a lock folder
 * makes the others wait for the one build.
 */
export async function buildSiteIfStale(): Promise<void> {
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(LOCK_OWNER, String(process.pid));
      break;
    } catch {
      if (lockAbandoned()) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (!isSiteStale()) return;
    const result = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      throw new Error(`npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The built site served on a free port. */
export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** Serve `root` (dist/ unless said) on 127.0.0.1 and a free port. */
export async function startSiteServer(root: string = DIST): Promise<SiteServer> {
  const server: Server = await serve({ root, port: 0 });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The site server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** `$CHROMIUM_PATH`, `/usr/bin/chromium`, or the browser bundled by @sparticuz/chromium. */
async function findChromium(): Promise<{ executablePath: string; args: string[] }> {
  const quiet = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ];
  for (const path of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) {
    if (path && existsSync(path)) return { executablePath: path, args: quiet };
  }
  try {
    // --single-process (meant for serverless) closes the browser when a second context opens.
    const args = sparticuz.args.filter((arg) => arg !== '--single-process');
    return { executablePath: await sparticuz.executablePath(), args: [...args, ...quiet] };
  } catch (error) {
    throw new Error(
      `No Chromium for the browser tests: set CHROMIUM_PATH, install /usr/bin/chromium, or run npm ci so @sparticuz/chromium can unpack its browser (${String(error)})`,
    );
  }
}

/** Launch headless Chromium. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args, headless: true });
}

/** Chromium and a server of a built site, closed together. */
export interface SiteBrowser {
  /** the served site, without a trailing slash */
  url: string;
  browser: Browser;
  /** Closes the browser (its contexts and pages with it), then the server. */
  close(): Promise<void>;
}

/** Serve `root` (dist/ unless said) and launch Chromium; nothing is left open when either fails. */
export async function openSiteBrowser(root: string = DIST): Promise<SiteBrowser> {
  const server = await startSiteServer(root);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    url: server.url,
    browser,
    async close() {
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * Run `use` with a page of Chromium on the served site (dist/ unless `root` says otherwise), and
 * close page, browser and server afterwards, whether `use` succeeded or threw.
 */
export async function withSiteBrowser<T>(
  use: (site: SiteBrowser & { page: Page }) => Promise<T>,
  root: string = DIST,
): Promise<T> {
  const site = await openSiteBrowser(root);
  try {
    return await use({ ...site, page: await site.browser.newPage() });
  } finally {
    await site.close();
  }
}

/** Every built HTML file, as site paths: `/`, `/ja/hyuga/`, `/404.html`. */
export function builtPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(DIST)
    .map((file) => `/${relative(DIST, file).split('\\').join('/')}`)
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
