import { type JapaneseTokenizer, tokenize } from './tokenizer.ts';

/** A run of text both sides share, or that only one side has. */
export interface DiffPart {
  type: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One edit of a sequence diff: `count` items kept, removed from `a` or added from `b`. */
interface Edit {
  type: DiffPart['type'];
  count: number;
}

/**
 * The shortest edit script between two sequences (Myers 1986, linear-space variant: the middle
 * snake splits the problem in two), as runs of kept, deleted and inserted items.
 */
export function diffSequences(a: readonly number[], b: readonly number[]): Edit[] {
  const edits: Edit[] = [];
  const push = (type: Edit['type'], count: number) => {
    if (count === 0) return;
    const last = edits.at(-1);
    if (last?.type === type) last.count += count;
    else edits.push({ type, count });
  };
  const solve = (aLo: number, aHi: number, bLo: number, bHi: number): void => {
    let prefix = 0;
    while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
    push('equal', prefix);
    aLo += prefix;
    bLo += prefix;
    let suffix = 0;
    while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] === b[bHi - 1 - suffix]) suffix++;
    aHi -= suffix;
    bHi -= suffix;
    if (aLo === aHi) push('insert', bHi - bLo);
    else if (bLo === bHi) push('delete', aHi - aLo);
    else {
      const [xStart, yStart, xEnd, yEnd] = middleSnake(a, aLo, aHi, b, bLo, bHi);
      solve(aLo, aLo + xStart, bLo, bLo + yStart);
      push('equal', xEnd - xStart);
      solve(aLo + xEnd, aHi, bLo + yEnd, bHi);
    }
    push('equal', suffix);
  };
  solve(0, a.length, 0, b.length);
  return edits;
}

/**
 * The middle snake of the edit graph of a[aLo, aHi) and b[bLo, bHi): a diagonal run that some
 * shortest edit path crosses halfway, as [xStart, yStart, xEnd, yEnd] relative to aLo and bLo.
 */
function middleSnake(
  a: readonly number[],
  aLo: number,
  aHi: number,
  b: readonly number[],
  bLo: number,
  bHi: number,
): [number, number, number, number] {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) === 1;
  const max = Math.ceil((n + m) / 2);
  const offset = max + 1;
  const forward = new Int32Array(2 * max + 3);
  const reverse = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && forward[offset + k - 1]! < forward[offset + k + 1]!)
          ? forward[offset + k + 1]!
          : forward[offset + k - 1]! + 1;
      let y = x - k;
      const [x0, y0] = [x, y];
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      forward[offset + k] = x;
      const c = delta - k;
      if (odd && c >= -(d - 1) && c <= d - 1 && x + reverse[offset + c]! >= n) return [x0, y0, x, y];
    }
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && reverse[offset + k - 1]! < reverse[offset + k + 1]!)
          ? reverse[offset + k + 1]!
          : reverse[offset + k - 1]! + 1;
      let y = x - k;
      const [x0, y0] = [x, y];
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      reverse[offset + k] = x;
      const c = delta - k;
      if (!odd && c >= -d && c <= d && x + forward[offset + c]! >= n) return [n - x, m - y, n - x0, m - y0];
    }
  }
  throw new Error('Unexpected end of the edit graph without a middle snake');
}

/**
 * A word-level difference between two texts: Japanese split by kuromoji, English by words.
 * Short shared runs between changes (a lone の or 、) are folded into the changes, so that what
 * is shown reads as replaced phrases rather than confetti.
 */
export function diffWords(tokenizer: JapaneseTokenizer, before: string, after: string): DiffPart[] {
  const ids = new Map<string, number>();
  const intern = (surface: string) => {
    const known = ids.get(surface);
    if (known !== undefined) return known;
    ids.set(surface, ids.size);
    return ids.size - 1;
  };
  const left = tokenize(tokenizer, before).map((token) => token.surface);
  const right = tokenize(tokenizer, after).map((token) => token.surface);
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const edit of diffSequences(left.map(intern), right.map(intern))) {
    if (edit.type === 'insert') {
      parts.push({ type: 'insert', text: right.slice(j, j + edit.count).join('') });
      j += edit.count;
    } else {
      parts.push({ type: edit.type, text: left.slice(i, i + edit.count).join('') });
      i += edit.count;
      if (edit.type === 'equal') j += edit.count;
    }
  }
  return mergeParts(foldShortEquals(parts));
}

/** Shared runs this short between two changes are shown as changed. */
const SHORT_EQUAL = 2;

function foldShortEquals(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1;
    if (
      part.type === 'equal' &&
      between &&
      part.text.trim().length <= SHORT_EQUAL &&
      !part.text.includes('\n')
    ) {
      out.push({ type: 'delete', text: part.text }, { type: 'insert', text: part.text });
    } else out.push(part);
  });
  return out;
}

/** Group each stretch of changes as one deletion then one insertion, and join equal neighbours. */
function mergeParts(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ type: 'delete', text: deleted });
    if (inserted) out.push({ type: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    if (part.type === 'delete') deleted += part.text;
    else if (part.type === 'insert') inserted += part.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.type === 'equal') last.text += part.text;
      else out.push({ ...part });
    }
  }
  flush();
  return out;
}

/** How much two texts share: the shared characters over the longer text (0 … 1). */
export function similarity(parts: readonly DiffPart[]): number {
  let shared = 0;
  let before = 0;
  let after = 0;
  for (const part of parts) {
    const length = [...part.text].length;
    if (part.type !== 'insert') before += length;
    if (part.type !== 'delete') after += length;
    if (part.type === 'equal') shared += length;
  }
  const longer = Math.max(before, after);
  return longer === 0 ? 1 : shared / longer;
}
