import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { countUnits, summarizeMessages } from '../../src/lib/emit/manifest.ts';
import { ordinance, page } from './trees.ts';

function message(ruleId: string, fatal: boolean | undefined): VFileMessage {
  const made = new VFileMessage('reason', { ruleId });
  made.fatal = fatal;
  return made;
}

describe('manifest', () => {
  it('counts units, and unparsed and chrome leaves', () => {
    expect(countUnits(ordinance())).toMatchObject({
      chapter: 1,
      article: 3,
      paragraph: 6,
      item: 1,
      subitem: 1,
      supplement: 2,
    });
    expect(countUnits(page())).toMatchObject({
      heading: 3,
      chrome: 4,
      unparsed: 1,
      table: 1,
      row: 2,
      cell: 3,
    });
  });

  it('summarizes messages by severity and rule, rules sorted', () => {
    const summary = summarizeMessages([
      message('numbering-gap', false),
      message('inferred-marker', undefined),
      message('inferred-marker', undefined),
      message('unreadable-source', true),
    ]);
    expect(summary).toEqual({
      errors: 1,
      warnings: 1,
      info: 2,
      rules: { 'inferred-marker': 2, 'numbering-gap': 1, 'unreadable-source': 1 },
    });
    expect(Object.keys(summary.rules)).toEqual(['inferred-marker', 'numbering-gap', 'unreadable-source']);
  });
});
