import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/lib/parse/index.ts';

/** The guess over the whole sample of 20,000 characters, as parseSource made it before it stopped early. */
function guessOverSample(source: string): 'ja' | 'en' {
  const sample = source.slice(0, 20000);
  const ja = sample.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  const en = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return ja * 3 >= en ? 'ja' : 'en';
}

// runs of one kind of letter, long enough that the verdict can turn late in the sample
const run = fc
  .tuple(
    fc.constantFrom('個人情報', 'あいう', 'Personal data ', 'abc', '1234 ', '\n'),
    fc.integer({ min: 1, max: 900 }),
  )
  .map(([piece, times]) => piece.repeat(times));
const text = fc.array(run, { maxLength: 24 }).map((runs) => runs.join(''));

describe('the language guess', () => {
  it('is the verdict over the whole sample, though the count stops once the rest cannot change it', () => {
    fc.assert(
      fc.property(text, (source) => {
        expect(parseSource(new VFile({ value: source }), { style: 'page' }).lang).toBe(
          guessOverSample(source),
        );
      }),
      { numRuns: 40 },
    );
  });
});
