/**
 * Benchmarks (they print; tests never time): ingest, parse (of text already decoded), the two
 * together, and with the analysis: throughput per wall and per CPU second over the seeds
 * and a ≥ 5 MB generated ordinance, with peak memory; then the whole site built from N synthetic
 * municipalities (scripts/lib/site-scale.ts): content generation per document, build time, peak
 * memory, Pagefind index size and bytes fetched per search query, against the 1,000-document budget.
 *
 *   npm run bench                       # N = 100 and 1,000 (hours on 2 cores)
 *   npm run bench -- --cities 100       # other sizes; 750 cities make exactly 1,000 documents
 *   npm run bench -- --no-scale         # parse/analyse only (or --cities 0)
 */

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { analyzeReferences } from '../src/lib/analyze/index.ts';
import { finishSource } from '../src/lib/ingest/read-source.ts';
import { parseSource } from '../src/lib/parse/index.ts';
import {
  formatBudgetLine,
  formatScaleTable,
  machineLine,
  measureSiteScales,
  parseCitySizes,
} from './lib/site-scale.ts';
import { listSourceFiles } from './lib/source-files.ts';
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

interface Input {
  path: string;
  bytes: Uint8Array;
}

/** What ingest hands the parser: the decoded (for HTML: extracted) text and its data. */
interface Decoded {
  path: string;
  value: string;
  data: VFile['data'];
}

/**
 * Runs `step` over every input `rounds` times, `best` times over, and keeps the run with the least
 * CPU time (the one least disturbed by other processes). Throughput is always counted in source
 * bytes, so ingest, parse and the two together read on one scale.
 */
function measure<T>(name: string, inputs: T[], bytes: number, rounds: number, step: (input: T) => void): Row {
  let best: Row | undefined;
  for (let attempt = 0; attempt < BEST_OF; attempt++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let r = 0; r < rounds; r++) {
      for (const input of inputs) step(input);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const row = { name, bytes: bytes * rounds, ms, cpuMs: (used.user + used.system) / 1000 };
    if (!best || row.cpuMs < best.cpuMs) best = row;
  }
  return best!;
}

const BEST_OF = 3;

const sizeOf = (inputs: Input[]) => inputs.reduce((n, i) => n + i.bytes.byteLength, 0);
const ingest = (input: Input) => finishSource(input.bytes, input.path);
const decode = (inputs: Input[]): Decoded[] =>
  inputs.map((input) => {
    const file = ingest(input);
    return { path: input.path, value: String(file.value), data: file.data };
  });
// a fresh file per parse (messages accumulate on it), holding what ingest made
const parseDecoded = (decoded: Decoded) =>
  parseSource(new VFile({ path: decoded.path, value: decoded.value, data: { ...decoded.data } }));

/** Ingest alone, parse alone (of text already decoded), and both, as the build runs them. */
function measureSteps(label: string, inputs: Input[], rounds: number): Row[] {
  const bytes = sizeOf(inputs);
  const decoded = decode(inputs);
  return [
    measure(`ingest, ${label}`, inputs, bytes, rounds, ingest),
    measure(`parse (text already decoded), ${label}`, decoded, bytes, rounds, parseDecoded),
    measure(`ingest+parse, ${label}`, inputs, bytes, rounds, (input) => parseSource(ingest(input))),
  ];
}

const seeds: Input[] = listSourceFiles('content/sources').map((path) => ({
  path,
  bytes: new Uint8Array(readFileSync(path)),
}));
const hyuga = readFileSync('content/sources/hyuga/personal-information-protection-ordinance.txt', 'utf8');
const big = generateOrdinance(hyuga, 5.5 * 1024 * 1024, createRandom(42));
const generated: Input[] = [{ path: 'generated.txt', bytes: new TextEncoder().encode(big) }];

const analyzeInput = (input: Input) => {
  const file = ingest(input);
  void analyzeReferences(parseSource(file), file);
};

// warm-up: the first parses run before the code is optimised
for (let r = 0; r < 3; r++) for (const input of seeds) parseSource(ingest(input));
const seedRows = measureSteps(`${seeds.length} seeds ×20`, seeds, 20);
const generatedRows = measureSteps('generated ordinance', generated, 1);
const rows: Row[] = [
  ...seedRows,
  ...generatedRows,
  measure(`ingest+parse+analyse, ${seeds.length} seeds ×20`, seeds, sizeOf(seeds), 20, analyzeInput),
  measure('ingest+parse+analyse, generated ordinance', generated, sizeOf(generated), 1, analyzeInput),
];
clearInterval(sampler);

const mbPerSecond = (bytes: number, ms: number) => bytes / 1024 / 1024 / (ms / 1000);
console.log(
  `| benchmark (best of ${BEST_OF}) | input | time | throughput | CPU time | throughput per CPU second |`,
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const mb = row.bytes / 1024 / 1024;
  console.log(
    `| ${row.name} | ${mb.toFixed(2)} MB | ${row.ms.toFixed(0)} ms | ${mbPerSecond(row.bytes, row.ms).toFixed(1)} MB/s | ${row.cpuMs.toFixed(0)} ms | ${mbPerSecond(row.bytes, row.cpuMs).toFixed(1)} MB/s |`,
  );
}
// the figures issue #13 sets a target for: reading and parsing sources, without the analysis,
// the seeds and the generated ordinance together
const together = (pick: (steps: Row[]) => Row) => {
  const picked = [pick(seedRows), pick(generatedRows)];
  const bytes = picked.reduce((n, row) => n + row.bytes, 0);
  const wall = mbPerSecond(
    bytes,
    picked.reduce((n, row) => n + row.ms, 0),
  );
  const cpu = mbPerSecond(
    bytes,
    picked.reduce((n, row) => n + row.cpuMs, 0),
  );
  return `${wall.toFixed(1)} MB/s wall, ${cpu.toFixed(1)} MB/s per CPU second`;
};
console.log(
  `\nseeds and generated ordinance together: ingest alone ${together((r) => r[0]!)}; ` +
    `parse alone ${together((r) => r[1]!)};\n` +
    `ingest+parse (the issue's figure) ${together((r) => r[2]!)} · target ≥ 20 MB/s on one core`,
);
console.log(`\npeak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB · one core (single-threaded)`);

if (scaleSizes.length > 0) {
  const scaleRows = await measureSiteScales(scaleSizes);
  console.log(`\n${formatScaleTable(scaleRows).join('\n')}`);
  console.log(`\n${formatBudgetLine(scaleRows)}`);
}
console.log(machineLine());
