/**
 * Character repairs that keep string length: each UTF-16 unit maps to exactly one unit, so an
 * offset in the repaired view is the same offset in the original text.
 */

/**
 * Full-width ASCII (digits, letters, parentheses, punctuation) and the ideographic space become
 * their half-width forms; everything else is kept. Length-preserving by construction.
 */
export function toHalfwidth(text: string): string {
  // most lines have nothing to convert; a native replace beats building the string by hand
  if (!HALFWIDTH_TARGETS.test(text)) return text;
  return text.replace(HALFWIDTH_TARGETS_ALL, toHalfwidthChar);
}

const HALFWIDTH_TARGETS = /[\uff01-\uff5e\u3000]/;
const HALFWIDTH_TARGETS_ALL = /[\uff01-\uff5e\u3000]/g;
const toHalfwidthChar = (c: string): string => {
  const code = c.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
};

/**
 * True for the UTF-16 units JavaScript's `\s` matches (white space and line terminators), by
 * char code: scanning tokens this way makes no match objects or strings.
 */
export function isJsWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when the character is horizontal whitespace. */
export function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}
