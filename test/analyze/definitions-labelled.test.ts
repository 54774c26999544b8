/**
 * Definitions on statute sentences labelled by hand (test/fixtures/definitions/statutes.json: the APPI,
 * Tokyo's implementing ordinance and national statutes copied from the web), scored the way
 * ../shared/tools/abbr-eval.py scores the hidden set, and on the shared sample when it is present.
 * The floors are the figures the analysis reaches; a change that loses a definition or a phrase fails.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCases, scoreDefinitions } from './definition-score.ts';
import { ROOT, SHARED } from './helpers.ts';

const LABELLED = join(ROOT, 'test/fixtures/definitions/statutes.json');
const SAMPLE = join(SHARED, 'eval/definitions-sample.json');
const samplePresent = existsSync(SAMPLE);
if (!samplePresent) console.warn(`definitions sample skipped: ${SAMPLE} is absent`);

describe('definitions on labelled statute sentences', () => {
  it('finds the terms and reads the phrases they stand for', () => {
    const cases = readCases(LABELLED);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const score = scoreDefinitions(cases);
    const report = score.misses.join('\n');
    expect(score.terms / score.pairs, report).toBeGreaterThanOrEqual(0.99);
    expect(score.meanings / score.pairs, report).toBeGreaterThanOrEqual(0.97);
  });

  it.skipIf(!samplePresent)('keeps the shared sample', () => {
    const score = scoreDefinitions(readCases(SAMPLE));
    const report = score.misses.join('\n');
    expect(score.terms / score.pairs, report).toBe(1);
    expect(score.meanings / score.pairs, report).toBeGreaterThanOrEqual(0.98);
  });
});
