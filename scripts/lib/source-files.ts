import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Text and HTML sources under a folder, sorted by path, so benchmarks and checks read the same inputs in the same order. */
export function listSourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|html?)$/.test(entry)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}
