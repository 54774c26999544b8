/**
 * Layers only point down: a module of src/lib may import its own folder and folders of lower
 * layers, never a folder of its own layer or of a layer above (docs/architecture.md). The imports
 * are read with the TypeScript preprocessor (static, dynamic and re-exports alike), not guessed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/lib, lowest first: the one place the order is defined. Folders of one layer
 * are independent of each other. A file directly in src/lib (arrays.ts) counts as a folder of its
 * own name.
 */
const LAYERS: readonly (readonly string[])[] = [
  // shared bottom: tree types, Japanese text, small helpers, messages, the tokenizer loader
  ['arrays', 'tree', 'text', 'i18n', 'kuromoji'],
  ['ingest'], // read sources from disk: decode, HTML to text, metadata, versions
  ['parse'], // text and extracted HTML into the tree
  ['egov'], // e-Gov standard law XML into the tree and back
  ['read'], // any source by its format: parse or egov
  ['analyze', 'translate'], // references and definitions; translations of units
  ['compare'], // topics, facts, rights, diffs across documents
  ['emit'], // tree to MDX and the manifest
  ['generated', 'versions'], // the content build's output as read back; changes between versions
  ['search', 'export'], // search index; /api exports
  ['site'], // what pages read
  ['build'], // the content build: every step above
];

/**
 * Imports that still point up, each with the reason and the work that removes it. An entry that no
 * longer occurs fails the test, so the list only shrinks.
 */
const KNOWN_EXCEPTIONS: readonly { from: string; to: string; why: string }[] = [];

const ROOT = resolve('.');

interface LayerImport {
  /** importing file, relative to the project */
  from: string;
  /** imported file, relative to the project */
  to: string;
}

interface LayerViolation extends LayerImport {
  fromFolder: string;
  toFolder: string;
}

/** The folder of src/lib a project-relative path belongs to (`src/lib/egov/import/units.ts` → `egov`). */
function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts[1] !== 'lib' || parts.length < 3) return undefined;
  return parts.length === 3 ? parts[2]!.replace(/\.[^.]+$/, '') : parts[2];
}

/** The relative imports of a source text, resolved against its path (project-relative). */
function importsOf(path: string, text: string): LayerImport[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .filter(({ fileName }) => fileName.startsWith('.'))
    .map(({ fileName }) => ({ from: path, to: relative(ROOT, resolve(ROOT, dirname(path), fileName)) }));
}

/** Imports that break the layer order: into an unknown folder, a sibling of the same layer, or up. */
function layerViolations(imports: readonly LayerImport[], layers = LAYERS): LayerViolation[] {
  const layerOf = new Map<string, number>();
  layers.forEach((folders, index) => {
    for (const folder of folders) layerOf.set(folder, index);
  });
  const violations: LayerViolation[] = [];
  for (const entry of imports) {
    const fromFolder = folderOf(entry.from);
    const toFolder = folderOf(entry.to);
    if (!fromFolder || !toFolder || fromFolder === toFolder) continue;
    const from = layerOf.get(fromFolder);
    const to = layerOf.get(toFolder);
    if (from === undefined || to === undefined || to >= from)
      violations.push({ ...entry, fromFolder, toFolder });
  }
  return violations;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|js|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function importsUnder(dir: string): LayerImport[] {
  return sourceFiles(dir).flatMap((path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    // an .astro file's imports are in its frontmatter, between the --- fences
    const code = path.endsWith('.astro') ? (text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '') : text;
    return importsOf(path, code);
  });
}

describe('layers of src/lib', () => {
  const imports = importsUnder('src/lib');

  it('reads the imports of every module (the check has something to check)', () => {
    expect(imports.length).toBeGreaterThan(300);
    const folders = new Set(imports.map((entry) => folderOf(entry.to)));
    for (const folder of ['tree', 'parse', 'egov', 'emit', 'generated']) expect(folders).toContain(folder);
  });

  it('places every folder of src/lib in exactly one layer', () => {
    const placed = LAYERS.flat();
    expect(new Set(placed).size).toBe(placed.length);
    const present = readdirSync(join(ROOT, 'src/lib'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || /\.ts$/.test(entry.name))
      .map((entry) => entry.name.replace(/\.ts$/, ''));
    expect(present.filter((folder) => !placed.includes(folder))).toEqual([]);
  });

  it('has no import pointing up or sideways, except the known ones still to move', () => {
    const found = layerViolations(imports);
    const known = (v: LayerImport) => KNOWN_EXCEPTIONS.some((e) => e.from === v.from && e.to === v.to);
    expect(found.filter((v) => !known(v)).map((v) => `${v.from} → ${v.to}`)).toEqual([]);
    // an exception that no longer occurs is removed from the list
    const stale = KNOWN_EXCEPTIONS.filter((e) => !found.some((v) => v.from === e.from && v.to === e.to));
    expect(stale.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('catches an upward import, a sibling import and a dynamic import (the check can fail)', () => {
    const upward = importsOf(
      'src/lib/parse/index.ts',
      "import { importEgovXml } from '../egov/import/index.ts';\nexport { x } from '../tree/types.ts';",
    );
    expect(layerViolations(upward).map((v) => `${v.fromFolder}→${v.toFolder}`)).toEqual(['parse→egov']);
    const sibling = importsOf('src/lib/analyze/a.ts', "import type { T } from '../translate/schema.ts';");
    expect(layerViolations(sibling)).toHaveLength(1);
    const dynamic = importsOf('src/lib/emit/a.ts', "const m = await import('../generated/index.ts');");
    expect(layerViolations(dynamic).map((v) => v.toFolder)).toEqual(['generated']);
    const unknown = importsOf('src/lib/emit/a.ts', "import { x } from '../nowhere/index.ts';");
    expect(layerViolations(unknown)).toHaveLength(1);
    const down = importsOf(
      'src/lib/site/a.ts',
      "import { x } from '../emit/index.ts';\nimport './local.ts';",
    );
    expect(layerViolations(down)).toEqual([]);
  });
});

describe('code boundaries', () => {
  it('src imports nothing from test/ or scripts/ (test and benchmark helpers live in scripts/lib)', () => {
    const outside = importsUnder('src').filter((entry) => /^(test|scripts)\//.test(entry.to));
    expect(outside.map((entry) => `${entry.from} → ${entry.to}`)).toEqual([]);
  });

  it('src/lib imports nothing of the site around it (pages, components, layouts, browser scripts, middleware)', () => {
    const upward = importsUnder('src/lib').filter((entry) => /^src\/(?!lib\/)/.test(entry.to));
    expect(upward.map((entry) => `${entry.from} → ${entry.to}`)).toEqual([]);
  });

  it('the browser script imports nothing of Node (src/scripts is shipped to readers as it is)', () => {
    const files = sourceFiles('src/scripts');
    expect(files.length).toBeGreaterThan(0);
    const imported = files.flatMap((path) =>
      ts
        .preProcessFile(readFileSync(join(ROOT, path), 'utf8'), true, true)
        .importedFiles.map((f) => f.fileName),
    );
    expect(imported.filter((name) => /^node:|^(fs|path|os|child_process)$/.test(name))).toEqual([]);
  });

  it('the helpers of scripts/lib import no script above them', () => {
    const upward = importsUnder('scripts/lib').filter((entry) => /^scripts\/[^/]+$/.test(entry.to));
    expect(upward.map((entry) => `${entry.from} → ${entry.to}`)).toEqual([]);
  });

  it('scripts import nothing from test/', () => {
    const fromTests = importsUnder('scripts').filter((entry) => entry.to.startsWith('test/'));
    expect(fromTests.map((entry) => `${entry.from} → ${entry.to}`)).toEqual([]);
  });

  it('the boundary check sees an import of a test helper', () => {
    const [entry] = importsOf('scripts/x.ts', "import { h } from '../test/site/links.ts';");
    expect(entry?.to).toBe('test/site/links.ts');
    const [page] = importsOf('src/lib/site/x.ts', "import Doc from '../../components/doc/Body.astro';");
    expect(page?.to).toBe('src/components/doc/Body.astro');
  });
});
