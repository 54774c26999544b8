/**
 * `reiki` runs a bundle made once, and never an outdated one: a project of two tiny sources with
 * the real launcher shows the bundle made when missing, made again when a source changed, and
 * kept when a source was only touched.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');

describe('the reiki launcher', () => {
  let dir: string;
  const bundle = () => join(dir, '.cache/cli/reiki.mjs');
  const run = () => spawnSync(process.execPath, [join(dir, 'scripts/reiki.mjs')], { encoding: 'utf8' });
  const writeWord = (word: string) =>
    writeFileSync(join(dir, 'scripts/word.ts'), `export const word: string = '${word}';\n`);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'reiki-cli-'));
    mkdirSync(join(dir, 'scripts'));
    for (const name of ['reiki.mjs', 'cli-bundle.mjs'])
      copyFileSync(join(ROOT, 'scripts', name), join(dir, 'scripts', name));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(
      join(dir, 'scripts/reiki-cli.ts'),
      "import { word } from './word.ts';\nprocess.stdout.write(word);\n",
    );
    writeWord('one');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles the sources on the first call and runs the bundle', () => {
    const first = run();
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('one');
    expect(statSync(bundle()).isFile()).toBe(true);
  });

  it('keeps the bundle when a source is touched but not changed', () => {
    const before = statSync(bundle()).mtimeMs;
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dir, 'scripts/word.ts'), later, later);
    expect(run().stdout).toBe('one');
    expect(statSync(bundle()).mtimeMs).toBe(before);
  });

  it('bundles again when a source changed, even to the same size', () => {
    writeWord('two');
    const later = new Date(Date.now() + 10_000);
    utimesSync(join(dir, 'scripts/word.ts'), later, later);
    expect(run().stdout).toBe('two');
  });

  it('bundles again when the bundle is missing', () => {
    rmSync(bundle());
    expect(run().stdout).toBe('two');
    expect(statSync(bundle()).isFile()).toBe(true);
  });
});
