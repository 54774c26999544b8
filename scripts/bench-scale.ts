/**
 * Scale benchmark (it prints; tests never time): a synthetic corpus of N municipalities built into
 * the whole site in a copy of the project, so the real dist/ is untouched.
 *
 *   npx tsx scripts/bench-scale.ts --cities 100[,1000]
 *
 * Prints per N: documents, content generation (total and per document), Astro build, full build
 * time and peak memory (max RSS of the slowest process), pages, site size and Pagefind index size.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../src/lib/build/project-copy.ts';
import { writeSyntheticCorpus } from '../src/lib/synth/corpus.ts';

const ROOT = process.cwd();

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const sizes = (args.get('cities') ?? '100').split(',').map(Number);

/** Runs a command under /usr/bin/time -v: wall seconds and max resident set size. */
function timed(dir: string, command: string[], env: Record<string, string>) {
  const run = spawnSync('/usr/bin/time', ['-v', ...command], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  if (run.status !== 0)
    throw new Error(`${command.join(' ')} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  return { seconds, rssMb: rssKb / 1024, stdout: run.stdout };
}

function sizeOf(path: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  const walk = (p: string) => {
    for (const name of readdirSync(p)) {
      const full = join(p, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        bytes += stat.size;
        files++;
        if (name.endsWith('.html')) html++;
      }
    }
  };
  walk(path);
  return { bytes, files, html };
}

const rows: string[] = [];
for (const cities of sizes) {
  const dir = copyProject(ROOT, `reiki-scale-${cities}-`, ['sources']);
  const sources = join(dir, 'content/sources');
  const documents = writeSyntheticCorpus(
    sources,
    {
      ordinance: readFileSync('content/sources/hyuga/personal-information-protection-ordinance.txt', 'utf8'),
      policy: readFileSync('content/sources/odawara/smart-city-privacy-policy.txt', 'utf8'),
    },
    { cities, seed: 1 },
  );
  const content = timed(dir, ['npx', 'tsx', 'scripts/build-content.ts'], {});
  const astro = timed(dir, ['npx', 'astro', 'build'], { NODE_OPTIONS: '--max-old-space-size=3584' });
  const site = sizeOf(join(dir, 'dist'));
  const pagefindDirs = readdirSync(join(dir, 'dist')).filter((d) => d.startsWith('pagefind'));
  const index = pagefindDirs.reduce((n, d) => n + sizeOf(join(dir, 'dist', d)).bytes, 0);
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  rows.push(
    `| ${cities} | ${documents} | ${content.seconds.toFixed(0)} s (${((content.seconds / documents) * 1000).toFixed(0)} ms/doc) | ${astro.seconds.toFixed(0)} s | ${(content.seconds + astro.seconds).toFixed(0)} s | ${Math.max(content.rssMb, astro.rssMb).toFixed(0)} MB | ${site.html} | ${mb(site.bytes)} MB | ${mb(index)} MB |`,
  );
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  '| cities | documents | content generation | astro build | full build | peak memory | pages | site | Pagefind index |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log(
  `\n${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`,
);
