import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Citation } from '../analyze/backlinks.ts';
import type { RefsResult } from '../analyze/types.ts';
import type { Manifest } from '../emit/manifest.ts';
import type { DocumentNode } from '../tree/types.ts';

/**
 * The content build's output, as the site and the exports read it. It sits above emit, analyze and
 * compare (whose results it holds), so those never import it; see docs/architecture.md.
 *
 * Where the content build writes what the site is built from (gitignored, never hand-edited):
 * `manifest.json`, and per document `{city}/{doc}.tree.json`, `{city}/{doc}.refs.json`,
 * `{city}/{doc}.topics.json` and `{city}/{doc}.mdx`.
 */
export const GENERATED_DIR = 'src/content/generated';

/** Paths of a document's generated files, relative to the generated folder. */
export function generatedPaths(
  city: string,
  doc: string,
): { tree: string; refs: string; mdx: string; topics: string } {
  return {
    tree: `${city}/${doc}.tree.json`,
    refs: `${city}/${doc}.refs.json`,
    mdx: `${city}/${doc}.mdx`,
    topics: `${city}/${doc}.topics.json`,
  };
}

export type { GeneratedTopics } from '../compare/topics.ts';

/**
 * `{city}/{doc}.refs.json`: the reference analysis of a document (docs/refs.md), run on the tree
 * fresh from the parser, with the cited-by lists (`citedBy`) by anchor. `analysis` is
 * `unavailable` (and the lists empty) when the analysis could not run.
 */
export interface GeneratedRefs extends RefsResult {
  analysis: 'complete' | 'unavailable';
  citedBy: Record<string, Citation[]>;
}

/** Read a document's reference analysis written by `npm run content`. */
export function readRefs(city: string, doc: string, root = process.cwd()): GeneratedRefs {
  return readJson<GeneratedRefs>(resolve(root, GENERATED_DIR, generatedPaths(city, doc).refs));
}

/** Read the manifest written by `npm run content`; fails with the command to run when it is missing. */
export function readManifest(root = process.cwd()): Manifest {
  return readJson<Manifest>(resolve(root, GENERATED_DIR, 'manifest.json'));
}

/** Read a document tree written by `npm run content`. */
export function readTree(city: string, doc: string, root = process.cwd()): DocumentNode {
  return readJson<DocumentNode>(resolve(root, GENERATED_DIR, generatedPaths(city, doc).tree));
}

function readJson<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read ${join(GENERATED_DIR, path.split(GENERATED_DIR)[1] ?? path)}: run \`npm run content\` first (\`npm run build\` does). ${String(error)}`,
    );
  }
  return JSON.parse(text) as T;
}
