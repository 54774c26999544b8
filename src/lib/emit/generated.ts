import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentNode } from '../tree/types.ts';
import type { Manifest } from './manifest.ts';

/**
 * Where the content build writes what the site is built from (gitignored, never hand-edited):
 * `manifest.json`, and per document `{city}/{doc}.tree.json` and `{city}/{doc}.mdx`.
 */
export const GENERATED_DIR = 'src/content/generated';

/** Paths of a document's generated files, relative to the generated folder. */
export function generatedPaths(city: string, doc: string): { tree: string; mdx: string } {
  return { tree: `${city}/${doc}.tree.json`, mdx: `${city}/${doc}.mdx` };
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
