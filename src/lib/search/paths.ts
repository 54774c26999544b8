/** Where the search files are in the built site; read by the index build and by the browser. */
import type { SiteLang } from './localize.ts';
import type { VocabularyData } from './vocabulary.ts';

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

/** The bundles (beyond the first) a search with this city filter reads: all of them without one. */
export function bundlesFor(
  data: Pick<VocabularyData, 'bundles' | 'cityBundles'>,
  lang: SiteLang,
  city: string | undefined,
): number[] {
  const count = data.bundles?.[lang] ?? 1;
  const own = city ? data.cityBundles?.[city] : undefined;
  if (own !== undefined) return own > 1 ? [own] : [];
  return Array.from({ length: count - 1 }, (_, index) => index + 2);
}
