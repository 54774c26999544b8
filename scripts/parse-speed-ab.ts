/**
 * Parser speed, old code against new, in one process: alternates the two copies of `src` on the
 * same inputs (the seeds ×20 and the generated 5.5 MB ordinance), and keeps the best CPU time of
 * each row over the rounds. On a shared machine wall time says little; CPU time of one process,
 * old and new run back to back, says which code is faster. Run without concurrent garbage
 * collection so collector threads do not add CPU time of their own:
 *
 *   git archive main src | tar -x -C .cache/identity/base
 *   node --single-threaded --expose-gc --import tsx scripts/parse-speed-ab.ts --old .cache/identity/base/src [--rounds 5]
 *
 * Throughput is in source bytes per CPU second: ingest (decode, HTML extraction), parse of text
 * already decoded, and the two as the build runs them. scripts/parse-identity.ts checks that the
 * two copies give the same trees.
 */

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import type * as ReadSource from '../src/lib/ingest/read-source.ts';
import type * as Parse from '../src/lib/parse/index.ts';
import { listSourceFiles } from './lib/source-files.ts';
import { createRandom, generateOrdinance } from './lib/synth/ordinance.ts';

const { values: options } = parseArgs({
  options: {
    old: { type: 'string' },
    new: { type: 'string', default: 'src' },
    rounds: { type: 'string', default: '5' },
  },
});
if (!options.old)
  throw new Error('--old DIR: the copy of src to compare with (git archive main src | tar -x -C DIR)');

interface Code {
  finishSource: typeof ReadSource.finishSource;
  parseSource: typeof Parse.parseSource;
}

async function load(src: string): Promise<Code> {
  const from = (path: string) => import(pathToFileURL(join(resolve(src), path)).href);
  const { finishSource } = (await from('lib/ingest/read-source.ts')) as typeof ReadSource;
  const { parseSource } = (await from('lib/parse/index.ts')) as typeof Parse;
  return { finishSource, parseSource };
}

const versions: Array<[string, Code]> = [
  ['old', await load(options.old)],
  ['new', await load(options.new)],
];

interface Input {
  path: string;
  bytes: Uint8Array;
}

const seeds: Input[] = listSourceFiles('content/sources').map((path) => ({
  path,
  bytes: new Uint8Array(readFileSync(path)),
}));
const hyuga = readFileSync('content/sources/hyuga/personal-information-protection-ordinance.txt', 'utf8');
const generated: Input[] = [
  {
    path: 'generated.txt',
    bytes: new TextEncoder().encode(generateOrdinance(hyuga, 5.5 * 1024 * 1024, createRandom(42))),
  },
];
const sets: Array<[string, Input[], number]> = [
  [`${seeds.length} seeds ×20`, seeds, 20],
  ['generated ordinance', generated, 1],
];

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
function cpuMs(run: () => void): number {
  collect();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best CPU milliseconds per row and version. */
const best = new Map<string, Map<string, number>>();
const bytesOf = new Map<string, number>();
function record(row: string, version: string, ms: number, bytes: number): void {
  const rows = best.get(row) ?? new Map<string, number>();
  best.set(row, rows);
  rows.set(version, Math.min(rows.get(version) ?? Number.POSITIVE_INFINITY, ms));
  bytesOf.set(row, bytes);
}

for (const [, code] of versions)
  for (const input of seeds) code.parseSource(code.finishSource(input.bytes, input.path));
for (let round = 0; round < Number(options.rounds); round++) {
  for (const [version, code] of versions) {
    for (const [label, inputs, times] of sets) {
      const bytes = inputs.reduce((n, input) => n + input.bytes.byteLength, 0) * times;
      const decoded: Array<{ path: string; value: string; data: VFile['data'] }> = [];
      const ingest = cpuMs(() => {
        for (let t = 0; t < times; t++)
          for (const input of inputs) {
            const file = code.finishSource(input.bytes, input.path);
            decoded.push({ path: input.path, value: String(file.value), data: file.data });
          }
      });
      const parse = cpuMs(() => {
        for (const text of decoded) code.parseSource(new VFile({ ...text, data: { ...text.data } }));
      });
      const both = cpuMs(() => {
        for (let t = 0; t < times; t++)
          for (const input of inputs) code.parseSource(code.finishSource(input.bytes, input.path));
      });
      record(`ingest, ${label}`, version, ingest, bytes);
      record(`parse (text already decoded), ${label}`, version, parse, bytes);
      record(`ingest+parse, ${label}`, version, both, bytes);
    }
  }
}

const mbPerSecond = (bytes: number, ms: number) => (bytes / 1024 / 1024 / (ms / 1000)).toFixed(1);
console.log(`| row (best of ${options.rounds}, MB per CPU second) | old | new |`);
console.log('|---|---:|---:|');
for (const [row, rows] of best) {
  const bytes = bytesOf.get(row)!;
  console.log(
    `| ${row} | ${mbPerSecond(bytes, rows.get('old')!)} | ${mbPerSecond(bytes, rows.get('new')!)} |`,
  );
}
const together = (version: string) => {
  const rows = [...best].filter(([row]) => row.startsWith('ingest+parse'));
  const bytes = rows.reduce((n, [row]) => n + bytesOf.get(row)!, 0);
  return mbPerSecond(
    bytes,
    rows.reduce((n, [, times]) => n + times.get(version)!, 0),
  );
};
console.log(`| **ingest+parse, both together** | **${together('old')}** | **${together('new')}** |`);
