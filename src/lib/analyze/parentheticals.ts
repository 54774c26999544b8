/**
 * A phrase as a definition shows it: without the parentheticals nested in it (law numbers,
 * exceptions, other definitions), which the reader finds where they stand. Half- and full-width
 * brackets both count, since meanings are cut from the printed text as well as the normalised one.
 */
export function withoutParentheticals(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}
