/**
 * Builds the site once per test run, before any worker starts, for the suites that read dist/
 * (vitest.config.ts). The tests' `ensureSiteBuilt` then returns at once: no file rebuilds dist/
 * under another that is reading it.
 */
import type { TestProject } from 'vitest/node';
import { buildSiteIfStale, DIST } from '../../scripts/lib/site-harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ as built by the global setup of this run. */
    siteDist: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  await buildSiteIfStale();
  project.provide('siteDist', DIST);
}
