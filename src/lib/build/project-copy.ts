import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Folders a copy never needs: installs, build output, caches, history. */
const NEVER_COPIED = [
  'node_modules',
  'dist',
  '.git',
  '.astro',
  '.cache',
  '.scratch',
  'bench-out',
  'generated',
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
    filter: (src) => src === root || !skip.has(src.split('/').pop() ?? ''),
  });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
