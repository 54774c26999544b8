/**
 * `npm run csp`: prints the strict Content-Security-Policy of the built site (docs/deployment.md)
 * and writes dist/_headers, the header file CDNs of the Netlify/Cloudflare Pages kind read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePolicy } from '../src/lib/build/csp.ts';

const dist = process.argv[2] ?? 'dist';
const policy = sitePolicy(dist);
writeFileSync(
  join(dist, '_headers'),
  `/*\n  Content-Security-Policy: ${policy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
);
console.log(policy);
