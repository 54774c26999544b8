// The `reiki` command runs from one ES module bundled by esbuild from scripts/reiki-cli.ts and the
// sources it imports, so a call does not transpile TypeScript first (tsx took most of the start-up).
// The bundle is made at install (`npm run build:cli`, run by `prepare`) and again whenever one of
// its sources changed: a manifest records each source's size, mtime and content hash.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = join(ROOT, 'scripts/reiki-cli.ts');
export const BUNDLE = join(ROOT, '.cache/cli/reiki.mjs');
const MANIFEST = join(ROOT, '.cache/cli/manifest.json');
/** What else decides the bundle's content besides its sources. */
const BUILD_INPUTS = [fileURLToPath(import.meta.url)];
const FORMAT = 1;
const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.json': 'json' };

/**
 * @typedef {{ size: number, mtimeMs: number, sha256: string }} InputState
 * @typedef {{ format: number, inputs: Record<string, InputState> }} Manifest
 */

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** @returns {Manifest | undefined} */
function readManifest() {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    return manifest?.format === FORMAT && manifest.inputs ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the bundle exists and every input has the content it was built from. Size and mtime
 * decide in the common case; a file whose mtime moved (a checkout) is hashed, and the manifest is
 * brought up to date when its content is the same.
 */
export function isBundleFresh() {
  const manifest = readManifest();
  if (!manifest || !statSync(BUNDLE, { throwIfNoEntry: false })) return false;
  let touched = false;
  for (const [name, recorded] of Object.entries(manifest.inputs)) {
    const path = join(ROOT, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat || stat.size !== recorded.size) return false;
    if (stat.mtimeMs === recorded.mtimeMs) continue;
    if (sha256(path) !== recorded.sha256) return false;
    manifest.inputs[name] = { ...recorded, mtimeMs: stat.mtimeMs };
    touched = true;
  }
  if (touched) writeAtomically(MANIFEST, JSON.stringify(manifest));
  return true;
}

/** Write through a temporary file and a rename, so a concurrent reader sees the old or the new file. */
function writeAtomically(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Bundle the CLI (packages stay imports from node_modules) and record what it was built from. */
export async function buildCliBundle() {
  const { build } = await import('esbuild');
  /** @type {Manifest} */
  const manifest = { format: FORMAT, inputs: {} };
  // Each source is stated, then read and hashed here and handed to esbuild: the manifest holds
  // the hash of exactly what went into the bundle, even if the file changes during the build.
  const read = (path) => {
    const { mtimeMs } = statSync(path);
    const contents = readFileSync(path);
    manifest.inputs[relative(ROOT, path)] = {
      size: contents.length,
      mtimeMs,
      sha256: createHash('sha256').update(contents).digest('hex'),
    };
    return contents;
  };
  const recordSources = {
    name: 'record-sources',
    setup(build) {
      build.onLoad({ filter: /\.(?:[cm]?[jt]s|json)$/ }, (args) => {
        const contents = read(args.path);
        return { contents, loader: LOADERS[extname(args.path)] ?? 'js' };
      });
    },
  };
  for (const path of BUILD_INPUTS) read(path);
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [recordSources],
    write: false,
    outfile: BUNDLE,
    logLevel: 'silent',
  });
  writeAtomically(BUNDLE, result.outputFiles[0].contents);
  writeAtomically(MANIFEST, JSON.stringify(manifest));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCliBundle();
}
