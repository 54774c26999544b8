import { describe, expect, it } from 'vitest';
import { isJsWhitespace } from '../../src/lib/text/chars.ts';

describe('isJsWhitespace', () => {
  it('agrees with the \\s of regular expressions on every UTF-16 unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isJsWhitespace(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });
});
