/** Where the search files are in the built site; read by the index build and by the browser. */
import type { SiteLang } from './localize.ts';

/** The folder of the Pagefind bundles, relative to the site root. */
export const PAGEFIND_DIR = 'pagefind';

/** Where the browser finds the vocabulary, relative to the site root. */
export const VOCABULARY_PATH = 'search/vocab.dat';

/** The Pagefind bundle of a language, relative to the site root: `pagefind/ja` (one per site language). */
export function pagefindBundle(lang: SiteLang): string {
  return `${PAGEFIND_DIR}/${lang}`;
}
