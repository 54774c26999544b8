/**
 * References on labelled sentences (test/fixtures/refs/sentences.json, labelled before the analyser
 * ran on them): other laws with and without their numbers, 同法/同条/同項/同号/同表, lists and ranges,
 * 前各号/前N条/次の各号/当該各号, 各号列記以外の部分, ただし書, 別表, 附則, and 法 in orders and
 * ordinances, each inside a host document (reference-host.ts). The floors are what the analysis reaches;
 * a change that loses a reference, or links another law's provision into the host, fails.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';
import { readRefCases, scoreReferences } from './reference-score.ts';

const LABELLED = join(ROOT, 'test/fixtures/refs/sentences.json');
/** Sentences citing laws none of the earlier sets drew on, labelled before the analyser ran (session 8). */
const BLIND8 = join(ROOT, 'test/fixtures/refs/blind-session8.json');

describe('references on labelled statute sentences', () => {
  it('points each at the right provision of the right law', () => {
    const cases = readRefCases(LABELLED);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const score = scoreReferences(cases);
    const report = score.misses.join('\n');
    expect(score.exact / score.refs, report).toBe(1);
    expect(score.wrongInternal, report).toBe(0);
    expect(score.extra, report).toBe(0);
  });

  it('points each reference of the session-8 blind set at the right provision of the right law', () => {
    const cases = readRefCases(BLIND8);
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const score = scoreReferences(cases);
    const report = score.misses.join('\n');
    expect(score.exact / score.refs, report).toBe(1);
    expect(score.wrongInternal, report).toBe(0);
    expect(score.extra, report).toBe(0);
  });
});
