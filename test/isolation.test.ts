/**
 * The unit project runs without per-file isolation (vitest.config.ts): a worker keeps the modules,
 * globals and environment one file leaves behind for the next. That is only sound while no unit
 * test mocks a module, stubs a global or changes the environment or working directory; this
 * keeps it so (the site project isolates its files and may do what it needs).
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_SUITES } from '../vitest.config.ts';

/** What would leak from one unit file into the next. */
const LEAKS: readonly { what: string; pattern: RegExp }[] = [
  { what: 'a module mock', pattern: /\bvi\.(?:mock|doMock|hoisted)\(/ },
  { what: 'a stubbed global or variable', pattern: /\bvi\.(?:stubGlobal|stubEnv)\(/ },
  {
    what: 'a write to process.env',
    pattern: /\bdelete\s+process\.env\b|process\.env(?:\.\w+|\[[^\]]+\])\s*(?:=(?!=)|\?\?=|\|\|=)/,
  },
  { what: 'a change of working directory', pattern: /\bprocess\.chdir\(/ },
];

const unitFiles = () => {
  const site = new Set(globSync(SITE_SUITES));
  return globSync(['test/**/*.test.ts', 'src/**/*.test.ts']).filter(
    (file) => !site.has(file) && file !== 'test/isolation.test.ts',
  );
};

describe('unit tests share their worker', () => {
  it('finds the unit files', () => {
    expect(unitFiles()).toContain('test/architecture.test.ts');
    expect(unitFiles()).not.toContain('test/site/site.test.ts');
  });

  it.each(LEAKS)('no unit test leaves $what behind', ({ pattern }) => {
    const offenders = unitFiles().filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('would see a leak', () => {
    const samples = [
      "vi.mock('node:fs')",
      'vi.stubEnv("TZ", "UTC")',
      "process.env['REIKI_WORKERS'] = '2'",
      'process.env.TZ = "UTC"',
      'delete process.env.TZ',
      'process.chdir(dir)',
    ];
    for (const sample of samples)
      expect(
        LEAKS.some(({ pattern }) => pattern.test(sample)),
        sample,
      ).toBe(true);
    expect(LEAKS.some(({ pattern }) => pattern.test("{ ...process.env, REIKI_WORKERS: '2' }"))).toBe(false);
    expect(LEAKS.some(({ pattern }) => pattern.test("process.env['X'] === '1'"))).toBe(false);
  });
});
