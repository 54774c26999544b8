import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const HYUGA = 'content/sources/hyuga/personal-information-protection-ordinance.txt';

function reiki(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/reiki.mjs', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('the reiki CLI contract (docs/tree.md, docs/refs.md)', () => {
  it('parse: JSON only on stdout, diagnostics as path:line:col: reason [rule-id] on stderr, exit 0', () => {
    const run = reiki('parse', HYUGA, '--json');
    expect(run.status).toBe(0);
    const tree = JSON.parse(run.stdout) as { type: string; children: unknown[] };
    expect(tree.type).toBe('document');
    const lines = run.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(/^content\/sources\/hyuga\/.+\.txt:\d+:\d+: .+ \[[a-z-]+\]$/);
  }, 60_000);

  it('refs: references, definitions and term uses', () => {
    const run = reiki('refs', HYUGA, '--json');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown[]>;
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['references', 'definitions', 'termRefs']));
    expect(result.references!.length).toBeGreaterThan(100);
  }, 60_000);

  it('exits 1 naming the file when it cannot be read, and 2 on bad usage', () => {
    const missing = reiki('parse', 'no/such/file.txt', '--json');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/no\/such\/file\.txt.*\[unreadable-source\]/);
    expect(reiki('frobnicate').status).toBe(2);
    // a style or language outside the contract is refused, not printed into the tree
    for (const args of [['--style', 'poem'], ['--lang', 'xx'], ['--style']]) {
      const bad = reiki('parse', HYUGA, '--json', ...args);
      expect(bad.status).toBe(2);
      expect(bad.stdout).toBe('');
      expect(bad.stderr).toMatch(new RegExp(`unexpected ${args[0]} \`${args[1] ?? ''}\`, expected one of`));
    }
  }, 60_000);
});
