/**
 * Writes a synthetic corpus for scale tests and benchmarks:
 *   npx tsx scripts/synth-corpus.ts --cities 1000 --out bench-out/corpus-1000 [--seed 1]
 */
import { readFileSync, rmSync } from 'node:fs';
import { writeSyntheticCorpus } from './lib/synth/corpus.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const cities = Number(args.get('cities') ?? 100);
const out = args.get('out') ?? `bench-out/corpus-${cities}`;
rmSync(out, { recursive: true, force: true });
const documents = writeSyntheticCorpus(
  out,
  {
    ordinance: readFileSync('content/sources/hyuga/personal-information-protection-ordinance.txt', 'utf8'),
    policy: readFileSync('content/sources/odawara/smart-city-privacy-policy.txt', 'utf8'),
  },
  { cities, seed: Number(args.get('seed') ?? 1) },
);
console.log(`wrote ${documents} documents for ${cities} municipalities into ${out}`);
