import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { appendAll } from '../arrays.ts';

/** Script types the browser executes; anything else (application/json, ld+json) is data. */
const EXECUTED = /^(?:|text\/javascript|module|application\/javascript)$/i;

/**
 * The hashes (`'sha256-…'`) of every inline script the built pages execute: a strict
 * Content-Security-Policy allows exactly these and no `unsafe-inline` or `unsafe-eval`.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTED.test(type)) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[2] ?? '')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}

/** The hashes of every inline <style> element (Astro inlines small stylesheets). */
function inlineStyleHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}

/** Every HTML file under a folder. */
function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) appendAll(out, htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/**
 * The Content-Security-Policy for the built site: own origin only, inline scripts and styles by hash,
 * WebAssembly for the search index (`'wasm-unsafe-eval'` allows compiling wasm, not eval()).
 */
export function sitePolicy(dist: string): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const hash of inlineScriptHashes(html)) scripts.add(hash);
    for (const hash of inlineStyleHashes(html)) styles.add(hash);
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].sort().join(' ')}`.trim(),
    `style-src 'self' ${[...styles].sort().join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
