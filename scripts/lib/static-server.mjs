/**
 * The static server of the built site, as a static host would serve it: folders answer with
 * their index.html, a folder without its trailing slash is redirected to it, anything else
 * missing gets 404.html with status 404. No dependencies. `npm run serve` (scripts/serve.mjs)
 * and the browser harness of the tests (site-harness.ts) both start it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Content types of what the build writes. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  // Pagefind's index files
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Start serving `root`; resolves with the server once it listens (port 0 picks a free port).
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ root, port = 4321, host = '127.0.0.1' }) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    respond(base, request, response).catch((error) => {
      response.writeHead(500, { 'content-type': TYPES['.txt'] });
      response.end(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

/**
 * @param {string} base
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function respond(base, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': TYPES['.txt'] });
    response.end('Method not allowed\n');
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return sendNotFound(base, request, response);
  }
  const path = resolve(base, `.${pathname}`);
  if (path !== base && !path.startsWith(base + sep)) return sendNotFound(base, request, response);

  const found = await statOrNull(path);
  if (found?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    const index = join(path, 'index.html');
    const indexStat = await statOrNull(index);
    if (indexStat?.isFile()) return sendFile(request, response, index, indexStat.size, 200);
    return sendNotFound(base, request, response);
  }
  if (found?.isFile()) return sendFile(request, response, path, found.size, 200);
  return sendNotFound(base, request, response);
}

/**
 * @param {string} base
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function sendNotFound(base, request, response) {
  const page = join(base, '404.html');
  const found = await statOrNull(page);
  if (found?.isFile()) return sendFile(request, response, page, found.size, 404);
  response.writeHead(404, { 'content-type': TYPES['.txt'] });
  response.end('Not found\n');
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} path
 * @param {number} size
 * @param {number} status
 */
function sendFile(request, response, path, size, status) {
  const type =
    TYPES[/** @type {keyof typeof TYPES} */ (extname(path).toLowerCase())] ?? 'application/octet-stream';
  response.writeHead(status, {
    'content-type': type,
    'content-length': size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(path).pipe(response);
}

/** @param {string} path */
export async function statOrNull(path) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}
