import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/lib/static-server.mjs';

describe('scripts/lib/static-server.mjs', () => {
  let root: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'reiki-serve-'));
    mkdirSync(join(root, 'ja/hyuga'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'ja/hyuga/index.html'), '<h1>日向市</h1>');
    writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
    writeFileSync(join(root, 'style.css'), 'body{}');
    writeFileSync(join(root, 'data.json'), '{}');
    server = await serve({ root, port: 0 });
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(root, { recursive: true, force: true });
  });

  it('answers a folder with its index.html, in UTF-8', async () => {
    const response = await fetch(`${url}/ja/hyuga/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>日向市</h1>');
  });

  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const response = await fetch(`${url}/ja/hyuga?q=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/ja/hyuga/?q=1');
  });

  it.each([
    ['/style.css', 'text/css; charset=utf-8'],
    ['/data.json', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await fetch(`${url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it.each(['/nope/', '/ja/nope', '/%2e%2e/%2e%2e/etc/passwd', '/%E0%A4%A'])(
    'answers %s with 404.html',
    async (path) => {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('<h1>not found</h1>');
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(405);
    const head = await fetch(`${url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
