/**
 * Scale benchmark (it prints; tests never time): a synthetic corpus of N municipalities built into
 * the whole site in a copy of the project, so the real dist/ is untouched (scripts/lib/site-scale.ts).
 * `npm run bench` runs the same after the parse/analyse benchmark.
 *
 *   npx tsx scripts/bench-scale.ts --cities 100[,1000]
 *
 * Prints per N: documents, content generation (total and per document), Astro build, the steps
 * after it (search index), full build time and peak memory (highest max RSS of the build's steps),
 * pages, site size, Pagefind index size and the bytes (gzip) fetched by the first and by later
 * search queries; then the 1,000-document budget and the machine.
 */
import { parseArgs } from 'node:util';
import {
  formatBudgetLine,
  formatScaleTable,
  machineLine,
  measureSiteScales,
  parseCitySizes,
} from './lib/site-scale.ts';

const { values } = parseArgs({ options: { cities: { type: 'string', default: '100' } } });
const sizes = parseCitySizes(values.cities);

const rows = await measureSiteScales(sizes);
console.log(formatScaleTable(rows).join('\n'));
console.log(`\n${formatBudgetLine(rows)}`);
console.log(machineLine());
