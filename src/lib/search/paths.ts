/** Where the search files are in the built site; read by the index build and by the browser. */
import type { SiteLang } from './localize.ts';

/** The folder of the Pagefind bundles, relative to the site root. */
export const PAGEFIND_DIR = 'pagefind';

/** Where the browser finds the vocabulary, relative to the site root. */
export const VOCABULARY_PATH = 'search/vocab.dat';

/**
 * A Pagefind bundle of a language, relative to the site root: `pagefind/ja`, and for a large
 * corpus, whose index is split, `pagefind/ja-2`, `pagefind/ja-3` … (merged in the browser).
 */
export function pagefindBundle(lang: SiteLang, part = 1): string {
  return part === 1 ? `${PAGEFIND_DIR}/${lang}` : `${PAGEFIND_DIR}/${lang}-${part}`;
}
