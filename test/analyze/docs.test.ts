import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, ROOT, seedPath } from './helpers.ts';

/** The example in docs/refs.md is real output: every object it shows is in the result, as shown. */
const path = seedPath('hyuga');

describe.skipIf(!path)('docs/refs.md', () => {
  it('shows output the analysis gives for the Hyuga ordinance', () => {
    const doc = readFileSync(join(ROOT, 'docs/refs.md'), 'utf8');
    const block = /## Example[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)?.[1];
    const example = JSON.parse(block!) as Record<'references' | 'definitions' | 'termRefs', unknown[]>;
    const { result } = analyzeFile(path!);
    for (const key of ['references', 'definitions', 'termRefs'] as const) {
      for (const shown of example[key]) expect(result[key]).toContainEqual(shown);
    }
  });
});
