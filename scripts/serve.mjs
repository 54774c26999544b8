#!/usr/bin/env node
/**
 * `npm run serve`: serve the built site (dist/) on http://localhost:4321 (PORT and HOST override)
 * with the static server of scripts/lib/static-server.mjs.
 *
 *   node scripts/serve.mjs [dir]
 */
import { resolve } from 'node:path';
import { serve, statOrNull } from './lib/static-server.mjs';

const root = process.argv[2] ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const found = await statOrNull(resolve(root, 'index.html'));
if (!found) {
  console.error(`serve: ${resolve(root)}/index.html not found; run \`npm run build\` first`);
  process.exit(1);
}
const server = await serve({ root, port, host: process.env.HOST ?? '127.0.0.1' });
const address = server.address();
const shown = typeof address === 'object' && address ? address.port : port;
console.log(`serve: ${resolve(root)} on http://localhost:${shown}/`);
