import { defineConfig } from 'vitest/config';

/**
 * Suites that build the whole site or drive a browser: the `site` project. They run after the
 * unit suites, one file at a time (each is CPU-bound on its own: a build or Chromium), and read
 * the one dist/ built by the global setup. `npm run test:unit` runs the rest.
 */
export const SITE_SUITES = [
  'test/**/*.browser.test.ts',
  'test/site/site.test.ts',
  'test/site/inforce.test.ts',
  'test/site/versions.test.ts',
  'test/compare/site.test.ts',
  'test/reliability/csp.test.ts',
  'test/reliability/nothing-lost.test.ts',
  'test/reliability/hostile-site.test.ts',
  'test/export/national-law-site.test.ts',
];

export default defineConfig({
  test: {
    // vitest's default leaves a core to its main process, which only waits: on two cores that ran
    // the unit files one at a time. The site project stays one file at a time (fileParallelism).
    maxWorkers: '100%',
    testTimeout: 120_000,
    setupFiles: ['test/fast-check-seed.ts'],
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: SITE_SUITES,
          // A worker keeps the modules it has loaded from one file to the next: the pipeline and
          // the kuromoji dictionary load once per worker instead of once per file, which halves
          // the CPU time of the suite. Safe as long as unit tests mock nothing and leave
          // process.env and globals as they found them (none does; keep it so).
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: SITE_SUITES,
          globalSetup: ['test/site/global-setup.ts'],
          fileParallelism: false,
          // expect.poll waits 1 s by default: a page on a busy machine can take longer to focus,
          // scroll or answer, and a slow page is not a wrong one
          expect: { poll: { timeout: 15_000 } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
