/**
 * Character repairs that keep string length: each UTF-16 unit maps to exactly one unit, so an
 * offset in the repaired view is the same offset in the original text.
 */

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/**
 * Full-width ASCII (digits, letters, parentheses, punctuation) and the ideographic space become
 * their half-width forms; everything else is kept. Length-preserving by construction.
 */
export function toHalfwidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** True when the character is horizontal whitespace. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}
