/**
 * Scale benchmark (it prints; tests never time): a synthetic corpus of N municipalities built into
 * the whole site in a copy of the project, so the real dist/ is untouched, then search measured on
 * that copy's dist/ before the copy is deleted. Used by scripts/bench-scale.ts and scripts/bench.ts.
 */

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { maxOf } from '../../src/lib/arrays.ts';
import { copyProject } from './project-copy.ts';
import { measureSearch, type SearchMeasurement } from './search-budget.ts';
import { writeSyntheticCorpus } from './synth/corpus.ts';

/** The build budget of the issue: 1,000 documents in ≤ 10 minutes and ≤ 4 GB on 2 cores. */
export const BUILD_BUDGET = { documents: 1000, seconds: 10 * 60, megabytes: 4 * 1024 } as const;

/** The npm script that generates content from the sources: timed per document. */
const CONTENT_STEP = 'content';

/** Below this many documents start-up dominates, so per-document time says nothing about 1,000. */
const MIN_DOCUMENTS_TO_EXTRAPOLATE = 100;

export interface ScaleMeasurement {
  cities: number;
  documents: number;
  contentSeconds: number;
  astroSeconds: number;
  /** the steps `npm run build` runs after `astro build` (the search index) */
  afterAstro: Array<{ name: string; seconds: number; cpuSeconds: number }>;
  /**
   * CPU seconds (user + sys) of the content step, the astro build and all steps: on a busy machine
   * wall time follows the CPU work, so these say where a build's time goes
   */
  contentCpuSeconds: number;
  astroCpuSeconds: number;
  fullCpuSeconds: number;
  /** every step of `npm run build` */
  fullSeconds: number;
  /** the most memory a step of the build took: its processes together, or its largest process */
  peakMegabytes: number;
  pages: number;
  siteBytes: number;
  pagefindBytes: number;
  search: SearchMeasurement;
}

/** `--cities 100,1000` → [100, 1000]; `0` alone means no scale run. */
export function parseCitySizes(list: string): number[] {
  const sizes = list.split(',').map((item) => Number(item.trim()));
  const invalid = sizes.filter((cities) => !Number.isInteger(cities) || cities < 0);
  if (invalid.length > 0) throw new Error(`--cities takes whole numbers separated by commas, not "${list}"`);
  return sizes.filter((cities) => cities > 0);
}

/** One command of `npm run build`, named by its npm script (or by itself when it is not one). */
interface BuildStep {
  name: string;
  command: string;
}

/**
 * The commands `npm run build` runs in `dir`, with each `npm run X` replaced by X's own commands:
 * every step is timed on its own, and the benchmark follows the build as the project defines it.
 */
function buildSteps(dir: string): BuildStep[] {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts;
  const expand = (name: string): BuildStep[] => {
    const script = scripts[name];
    if (script === undefined) throw new Error(`package.json has no "${name}" script`);
    return script.split('&&').flatMap((part): BuildStep[] => {
      const command = part.trim();
      const nested = /^npm run ([\w:-]+)$/.exec(command)?.[1];
      if (nested) return expand(nested);
      return [{ name: name === 'build' ? command : name, command }];
    });
  };
  return expand('build');
}

/** Runs a shell command under /usr/bin/time -v: wall seconds and max resident set size. */
function timed(dir: string, command: string, env: Record<string, string>) {
  const sampler = sampleProcessesOf(dir);
  const run = spawnSync('/usr/bin/time', ['-v', 'sh', '-c', command], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      // as npm runs scripts: the project's own binaries (node, tsx, astro) first
      PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
      FORCE_COLOR: '0',
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  const cpu = ['User', 'System'].reduce(
    (total, kind) =>
      total + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1] ?? 0),
    0,
  );
  const { rssMb: together, cpuSeconds: sampledCpu } = sampler.stop();
  if (run.status !== 0)
    throw new Error(`${command} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  // the larger of the two: a step's processes together (sampled), and its largest process (exact);
  // CPU likewise: /usr/bin/time counts only the processes that were waited for (not Pagefind's
  // service, which its Node process leaves when it exits), the samples miss each process's last
  // half second
  return { seconds, rssMb: Math.max(rssKb / 1024, together), cpuSeconds: Math.max(cpu, sampledCpu) };
}

/**
 * The peak of the resident memory of all processes working in `dir` together, and their CPU time,
 * sampled twice a second by a shell loop beside the step (the step itself blocks this thread): a
 * build step is more than one process (astro's Node, Pagefind's service beside the search step's
 * Node), and /usr/bin/time reports only the largest, and the CPU only of processes waited for.
 * CPU is each process's last sampled user + sys time, summed. Linux only (/proc); elsewhere 0.
 */
function sampleProcessesOf(dir: string): { stop(): { rssMb: number; cpuSeconds: number } } {
  const out = join(tmpdir(), `reiki-memory-${process.pid}-${Date.now()}`);
  const cpuOut = `${out}.cpu`;
  const script = [
    'peak=0',
    'getconf CLK_TCK > "$CPU_OUT.tck"',
    'while :; do',
    '  sum=0',
    '  for p in /proc/[0-9]*; do',
    '    [ "$(readlink "$p/cwd" 2>/dev/null)" = "$DIR" ] || continue',
    '    kb=$(awk \'/^VmRSS:/ { print $2 }\' "$p/status" 2>/dev/null)',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, not a template
    '    sum=$((sum + ${kb:-0}))',
    // fields 14 and 15 of stat (utime, stime), counted after the command name, which may hold spaces
    '    stat=$(cat "$p/stat" 2>/dev/null) || continue',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, not a template
    '    set -- ${stat##*) }',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, not a template
    '    echo "${p#/proc/} $((${12} + ${13}))" >> "$CPU_OUT"',
    '  done',
    '  [ "$sum" -gt "$peak" ] && peak=$sum && echo "$peak" > "$OUT"',
    '  sleep 0.5',
    'done',
  ].join('\n');
  const child = spawn('sh', ['-c', script], {
    env: { ...process.env, DIR: realpathSync(dir), OUT: out, CPU_OUT: cpuOut },
    stdio: 'ignore',
  });
  return {
    stop() {
      child.kill();
      const kb = existsSync(out) ? Number(readFileSync(out, 'utf8').trim()) : 0;
      const ticksPerSecond = existsSync(`${cpuOut}.tck`)
        ? Number(readFileSync(`${cpuOut}.tck`, 'utf8'))
        : 100;
      const ticks = new Map<string, number>();
      for (const line of existsSync(cpuOut) ? readFileSync(cpuOut, 'utf8').split('\n') : []) {
        const [pid, used] = line.split(' ');
        if (pid && used) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, Number(used)));
      }
      for (const path of [out, cpuOut, `${cpuOut}.tck`]) rmSync(path, { force: true });
      const cpuTicks = [...ticks.values()].reduce((total, used) => total + used, 0);
      return { rssMb: kb / 1024, cpuSeconds: cpuTicks / (ticksPerSecond || 100) };
    },
  };
}

function sizeOf(path: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else {
        bytes += stat.size;
        if (name.endsWith('.html')) html++;
      }
    }
  };
  walk(path);
  return { bytes, html };
}

/**
 * Builds the site of `cities` synthetic municipalities in a copy of the project at `root` and
 * measures the build and its search; the copy is deleted afterwards, whatever happens.
 */
export async function measureSiteScale(cities: number, root = process.cwd()): Promise<ScaleMeasurement> {
  // progress goes to stderr: one size can take the machine for an hour, and stdout is the table
  const progress = (step: string) => console.error(`[scale ${cities} cities] ${step}`);
  progress('copying the project and writing the synthetic corpus');
  const dir = copyProject(root, `reiki-scale-${cities}-`, ['sources']);
  try {
    const documents = writeSyntheticCorpus(
      join(dir, 'content/sources'),
      {
        ordinance: readFileSync(
          join(root, 'content/sources/hyuga/personal-information-protection-ordinance.txt'),
          'utf8',
        ),
        policy: readFileSync(join(root, 'content/sources/odawara/smart-city-privacy-policy.txt'), 'utf8'),
      },
      { cities, seed: 1 },
    );
    const steps = buildSteps(dir).map((step) => {
      progress(`${step.name} (${documents} documents)`);
      // each step as the project runs it, heap limits included (package.json)
      return { ...step, ...timed(dir, step.command, {}) };
    });
    const content = steps.find((step) => step.name === CONTENT_STEP);
    const astro = steps.find((step) => /\bastro(?:\.mjs)? build\b/.test(step.command));
    if (!content || !astro)
      throw new Error(`npm run build no longer runs "npm run ${CONTENT_STEP}" and "astro build"`);
    const afterAstro = steps.slice(steps.indexOf(astro) + 1);
    const dist = join(dir, 'dist');
    const site = sizeOf(dist);
    const pagefindBytes = readdirSync(dist)
      .filter((name) => name.startsWith('pagefind'))
      .reduce((total, name) => total + sizeOf(join(dist, name)).bytes, 0);
    progress('search in headless Chromium');
    const search = await measureSearch(dist);
    return {
      cities,
      documents,
      contentSeconds: content.seconds,
      astroSeconds: astro.seconds,
      afterAstro: afterAstro.map(({ name, seconds, cpuSeconds }) => ({ name, seconds, cpuSeconds })),
      fullSeconds: steps.reduce((total, step) => total + step.seconds, 0),
      contentCpuSeconds: content.cpuSeconds,
      astroCpuSeconds: astro.cpuSeconds,
      fullCpuSeconds: steps.reduce((total, step) => total + step.cpuSeconds, 0),
      peakMegabytes: maxOf(steps.map((step) => step.rssMb)),
      pages: site.html,
      siteBytes: site.bytes,
      pagefindBytes,
      search,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes one after the other: two builds at once would share the cores and distort both. */
export async function measureSiteScales(
  sizes: readonly number[],
  root = process.cwd(),
): Promise<ScaleMeasurement[]> {
  const measured: ScaleMeasurement[] = [];
  for (const cities of sizes) measured.push(await measureSiteScale(cities, root));
  return measured;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);
const minutes = (seconds: number) => (seconds / 60).toFixed(1);

/** The summary table: one row per corpus size. */
export function formatScaleTable(rows: readonly ScaleMeasurement[]): string[] {
  const lines = [
    '| cities | documents | content generation | astro build | after astro build | full build | peak memory | pages | site | Pagefind index | first query (gzip) | later queries, median (gzip) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const msPerDocument = (row.contentSeconds / row.documents) * 1000;
    const afterAstro =
      row.afterAstro
        .map((step) => `${count(step.seconds)} s, CPU ${count(step.cpuSeconds)} s (${step.name})`)
        .join('; ') || '—';
    lines.push(
      `| ${count(row.cities)} | ${count(row.documents)} | ${count(row.contentSeconds)} s, CPU ${count(row.contentCpuSeconds)} s (${msPerDocument.toFixed(0)} ms/doc) | ${count(row.astroSeconds)} s, CPU ${count(row.astroCpuSeconds)} s | ${afterAstro} | ${count(row.fullSeconds)} s, CPU ${count(row.fullCpuSeconds)} s | ${count(row.peakMegabytes)} MB | ${count(row.pages)} | ${megabytes(row.siteBytes)} MB | ${megabytes(row.pagefindBytes)} MB | ${kilobytes(row.search.first.bytes)} KB | ${kilobytes(row.search.later.medianBytes)} KB |`,
    );
  }
  return lines;
}

/**
 * The measured sizes against the 1,000-document budget: the smallest run with at least 1,000
 * documents is compared directly; without one, the largest run's time is scaled linearly.
 */
export function formatBudgetLine(rows: readonly ScaleMeasurement[]): string {
  const budget = `1,000-document budget (≤ ${BUILD_BUDGET.seconds / 60} min, ≤ ${BUILD_BUDGET.megabytes / 1024} GB)`;
  const bySize = [...rows].sort((a, b) => a.documents - b.documents);
  const atBudget = bySize.find((row) => row.documents >= BUILD_BUDGET.documents);
  if (atBudget) {
    const time = atBudget.fullSeconds <= BUILD_BUDGET.seconds ? 'met' : 'NOT met';
    const memory = atBudget.peakMegabytes <= BUILD_BUDGET.megabytes ? 'met' : 'NOT met';
    return (
      `${budget}: at ${count(atBudget.documents)} documents (${count(atBudget.cities)} cities) ` +
      `full build ${minutes(atBudget.fullSeconds)} min — time ${time}; ` +
      `peak memory ${(atBudget.peakMegabytes / 1024).toFixed(2)} GB — memory ${memory}` +
      (atBudget.documents > BUILD_BUDGET.documents ? ' (750 cities make exactly 1,000 documents)' : '')
    );
  }
  const largest = bySize.at(-1);
  const notMeasured = `${budget}: not measured — ${
    largest ? `largest run ${count(largest.documents)} documents` : 'no run'
  }; --cities 750 makes exactly 1,000 documents`;
  if (!largest || largest.documents < MIN_DOCUMENTS_TO_EXTRAPOLATE) return notMeasured;
  const scaledSeconds = (largest.fullSeconds / largest.documents) * BUILD_BUDGET.documents;
  return `${notMeasured}. Linear from ${count(largest.documents)} documents: full build ≈ ${minutes(scaledSeconds)} min (memory does not scale linearly)`;
}

/** Cores, model, memory, Node and load: figures from a shared machine are not comparable otherwise. */
export function machineLine(): string {
  const processors = cpus();
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  return `${processors.length} cores (${processors[0]?.model ?? 'unknown'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, load average ${load}`;
}
