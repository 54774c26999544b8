import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';

/** Folders a copy never needs: installs, build output, caches, history (by name, or by path when it has a slash). */
const NEVER_COPIED = [
  'node_modules',
  'dist',
  '.git',
  '.astro',
  '.cache',
  '.scratch',
  'bench-out',
  // the content build's output; by its path, since src/lib/generated (its reader) is code
  'src/content/generated',
];

/**
 * A copy of the project in a temporary folder, sharing its node_modules, for builds that must not
 * touch the working tree (scale benchmarks, hostile-source and incremental-build tests).
 * `without` names more folders to leave out (e.g. `sources` for a synthetic corpus).
 */
export function copyProject(root: string, prefix: string, without: readonly string[] = []): string {
  const skip = new Set([...NEVER_COPIED, ...without]);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => src === root || !(skip.has(basename(src)) || skip.has(relative(root, src))),
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
