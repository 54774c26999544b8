/**
 * Benchmarks (they print; tests never time): ingest + parse (+ analyse) throughput over the seeds
 * and a ≥ 5 MB generated ordinance, with peak memory; then the whole site built from N synthetic
 * municipalities (scripts/lib/site-scale.ts): content generation per document, build time, peak
 * memory, Pagefind index size and bytes fetched per search query, against the 1,000-document budget.
 *
 *   npm run bench                       # N = 100 and 1,000 (hours on 2 cores)
 *   npm run bench -- --cities 100       # other sizes; 750 cities make exactly 1,000 documents
 *   npm run bench -- --no-scale         # parse/analyse only (or --cities 0)
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { VFile } from 'vfile';
import { analyzeReferences } from '../src/lib/analyze/index.ts';
import { appendAll } from '../src/lib/arrays.ts';
import { finishSource } from '../src/lib/ingest/read-source.ts';
import { parseSource } from '../src/lib/parse/index.ts';
import {
  formatBudgetLine,
  formatScaleTable,
  machineLine,
  measureSiteScales,
  parseCitySizes,
} from './lib/site-scale.ts';
import { createRandom, generateOrdinance } from './lib/synth/ordinance.ts';

const { values: options } = parseArgs({
  options: {
    cities: { type: 'string', default: '100,1000' },
    'no-scale': { type: 'boolean', default: false },
  },
});
// parsed before the parse benchmark so a mistyped size fails at once, not minutes later
const scaleSizes = options['no-scale'] ? [] : parseCitySizes(options.cities);

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5);

interface Row {
  name: string;
  bytes: number;
  ms: number;
  /** CPU time of this process (user + system): on a shared, busy machine it moves far less than wall time */
  cpuMs: number;
}

function measure(
  name: string,
  inputs: Array<{ path: string; bytes: Uint8Array }>,
  rounds: number,
  analyze?: (tree: ReturnType<typeof parseSource>, file: VFile) => void,
): Row {
  const bytes = inputs.reduce((n, i) => n + i.bytes.byteLength, 0) * rounds;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const file = finishSource(input.bytes, input.path);
      const tree = parseSource(file);
      analyze?.(tree, file);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { name, bytes, ms, cpuMs: (used.user + used.system) / 1000 };
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) appendAll(out, listSources(path));
    else if (/\.(txt|html?)$/.test(entry)) out.push(path);
  }
  return out.sort();
}

const seeds = listSources('content/sources').map((path) => ({
  path,
  bytes: new Uint8Array(readFileSync(path)),
}));
const hyuga = readFileSync('content/sources/hyuga/personal-information-protection-ordinance.txt', 'utf8');
const big = generateOrdinance(hyuga, 5.5 * 1024 * 1024, createRandom(42));
const generated = [{ path: 'generated.txt', bytes: new TextEncoder().encode(big) }];

const analyze = (tree: ReturnType<typeof parseSource>, file: VFile) => void analyzeReferences(tree, file);

measure('warm-up', seeds, 3);
const rows: Row[] = [
  measure(`ingest+parse, ${seeds.length} seeds ×20`, seeds, 20),
  measure('ingest+parse, generated ordinance', generated, 1),
];
rows.push(measure(`ingest+parse+analyse, ${seeds.length} seeds ×20`, seeds, 20, analyze));
rows.push(measure('ingest+parse+analyse, generated ordinance', generated, 1, analyze));
clearInterval(sampler);

const mbPerSecond = (bytes: number, ms: number) => bytes / 1024 / 1024 / (ms / 1000);
console.log('| benchmark | input | time | throughput | CPU time | throughput per CPU second |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const mb = row.bytes / 1024 / 1024;
  console.log(
    `| ${row.name} | ${mb.toFixed(2)} MB | ${row.ms.toFixed(0)} ms | ${mbPerSecond(row.bytes, row.ms).toFixed(1)} MB/s | ${row.cpuMs.toFixed(0)} ms | ${mbPerSecond(row.bytes, row.cpuMs).toFixed(1)} MB/s |`,
  );
}
// the figure issue #13 sets a target for: reading and parsing sources, without the analysis
const parseRows = rows.filter((row) => !row.name.includes('analyse'));
const parseBytes = parseRows.reduce((n, row) => n + row.bytes, 0);
const parseMs = parseRows.reduce((n, row) => n + row.ms, 0);
console.log(
  `\nparse throughput (ingest+parse, seeds and generated ordinance together): ${mbPerSecond(parseBytes, parseMs).toFixed(1)} MB/s wall, ` +
    `${mbPerSecond(
      parseBytes,
      parseRows.reduce((n, row) => n + row.cpuMs, 0),
    ).toFixed(1)} MB/s per CPU second · target ≥ 20 MB/s on one core`,
);
console.log(`\npeak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB · one core (single-threaded)`);

if (scaleSizes.length > 0) {
  const scaleRows = await measureSiteScales(scaleSizes);
  console.log(`\n${formatScaleTable(scaleRows).join('\n')}`);
  console.log(`\n${formatBudgetLine(scaleRows)}`);
}
console.log(machineLine());
