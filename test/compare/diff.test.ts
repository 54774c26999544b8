import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DiffPart, diffSequences, diffWords, similarity } from '../../src/lib/compare/diff.ts';
import { getTokenizer, type JapaneseTokenizer } from '../../src/lib/compare/tokenizer.ts';

/** Length of a longest common subsequence, by dynamic programming. */
function lcsLength(a: readonly number[], b: readonly number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(up, row[j - 1]!);
      diagonal = up;
    }
  }
  return row[b.length]!;
}

/** Apply an edit script: the kept and deleted items give `a`, the kept and inserted give `b`. */
function apply(a: readonly number[], b: readonly number[]) {
  const edits = diffSequences(a, b);
  const left: number[] = [];
  const right: number[] = [];
  let i = 0;
  let j = 0;
  let kept = 0;
  for (const edit of edits) {
    if (edit.type === 'equal') {
      expect(a.slice(i, i + edit.count)).toEqual(b.slice(j, j + edit.count));
      left.push(...a.slice(i, i + edit.count));
      right.push(...b.slice(j, j + edit.count));
      i += edit.count;
      j += edit.count;
      kept += edit.count;
    } else if (edit.type === 'delete') {
      left.push(...a.slice(i, i + edit.count));
      i += edit.count;
    } else {
      right.push(...b.slice(j, j + edit.count));
      j += edit.count;
    }
  }
  return { left, right, kept };
}

describe('diffSequences (Myers, linear space)', () => {
  it('rebuilds both sides and keeps a longest common subsequence', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const { left, right, kept } = apply(a, b);
        expect(left).toEqual(a);
        expect(right).toEqual(b);
        expect(kept).toBe(lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('handles empty and identical sequences', () => {
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences([1, 2], [1, 2])).toEqual([{ type: 'equal', count: 2 }]);
    expect(diffSequences([], [1])).toEqual([{ type: 'insert', count: 1 }]);
    expect(diffSequences([1], [])).toEqual([{ type: 'delete', count: 1 }]);
  });
});

describe('diffWords', () => {
  let tokenizer: JapaneseTokenizer;
  beforeAll(async () => {
    tokenizer = await getTokenizer();
  });

  const sides = (parts: DiffPart[]) => ({
    before: parts
      .filter((part) => part.type !== 'insert')
      .map((part) => part.text)
      .join(''),
    after: parts
      .filter((part) => part.type !== 'delete')
      .map((part) => part.text)
      .join(''),
  });

  it('marks the words that differ between two deadline clauses', () => {
    const before = '開示請求があった日から起算して14日以内にしなければならない。';
    const after = '請求書を提出した日の翌日から起算して14日以内に開示するかどうかを決定して通知します。';
    const parts = diffWords(tokenizer, before, after);
    expect(sides(parts)).toEqual({ before, after });
    expect(parts.filter((part) => part.type === 'equal').map((part) => part.text)).toContain(
      'から起算して14日以内に',
    );
  });

  it('diffs English word by word', () => {
    const parts = diffWords(
      tokenizer,
      'We will not disclose personal information.',
      'We will not sell personal information.',
    );
    expect(parts).toEqual([
      { type: 'equal', text: 'We will not ' },
      { type: 'delete', text: 'disclose' },
      { type: 'insert', text: 'sell' },
      { type: 'equal', text: ' personal information.' },
    ]);
  });

  it('keeps every character of both texts, whatever they are', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({
        unit: fc.constantFrom('開', '示', '請求', 'の', '、', '。', '\n', ' ', 'a', 'Ｂ', '１', '𠮷'),
        maxLength: 40,
      }),
    );
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(sides(diffWords(tokenizer, before, after))).toEqual({ before, after });
      }),
      { numRuns: 200 },
    );
  });

  it('measures similarity from the shared characters', () => {
    expect(similarity(diffWords(tokenizer, '個人情報', '個人情報'))).toBe(1);
    expect(similarity(diffWords(tokenizer, 'abc', 'xyz'))).toBe(0);
  });
});
