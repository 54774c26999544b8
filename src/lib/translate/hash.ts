import { createHash } from 'node:crypto';

/** Length of a source hash: 12 hex digits (48 bits) tell sentences apart and stay readable in YAML. */
export const SOURCE_HASH_LENGTH = 12;

/**
 * The form of a unit's text that its hash is computed from: Unicode NFC, runs of whitespace
 * (including the ideographic space U+3000 and line breaks) collapsed to one space, trimmed.
 * Re-wrapping or re-spacing a source line therefore never makes a translation stale.
 */
export function normalizeSourceText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * The hash a translation entry carries: the first 12 hex digits of the SHA-256 of the source unit's
 * own text, normalised by {@link normalizeSourceText} and encoded as UTF-8.
 * @example hashSourceText('この条例は、公布の日から施行する。') // → 12 hex digits
 */
export function hashSourceText(text: string): string {
  return createHash('sha256')
    .update(normalizeSourceText(text), 'utf8')
    .digest('hex')
    .slice(0, SOURCE_HASH_LENGTH);
}
