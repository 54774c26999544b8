import { citeAnchor, pathTo } from '../compare/citation.ts';
import { formatCitation } from '../compare/present.ts';
import type { Lang } from '../i18n/index.ts';
import { loadTranslation } from '../translate/index.ts';
import type { DocumentNode, Parent } from '../tree/types.ts';

/**
 * Citations and captions in the page's language where the document has a translation into it:
 * “Decisions on Requests” rather than “請求に対する決定”, (Purpose) rather than (目的). Where no
 * translation exists the source text is shown (and marked lang="ja" by the language-of-parts rule).
 */

const translations = new Map<string, Map<string, string>>();

/** The translated text of `key` (`h-14#title`, `art-1#caption`) in `lang`, if there is one. */
function translatedText(city: string, doc: string, lang: Lang, key: string): string | undefined {
  const cacheKey = `${city}/${doc}/${lang}`;
  let entries = translations.get(cacheKey);
  if (!entries) {
    const translation = loadTranslation(city, doc, lang);
    entries = new Map([...translation.entries].map(([entryKey, entry]) => [entryKey, entry.text]));
    translations.set(cacheKey, entries);
  }
  return entries.get(key)?.trim() || undefined;
}

/** The headings above the unit `anchor`, outermost first, and whether the anchor was found. */
function headingsAbove(tree: DocumentNode, anchor: string): Parent[] | undefined {
  return pathTo(tree, anchor)?.filter((unit) => unit.type === 'heading');
}

/** How to cite `anchor` of a document on a page in `lang`, section titles translated. */
export function siteCiteLabel(
  lang: Lang,
  city: string,
  doc: string,
  tree: DocumentNode,
  anchor: string | undefined,
): string {
  if (!anchor) return formatCitation(lang, { kind: 'document' });
  const citation = citeAnchor(tree, anchor);
  if (citation.kind === 'section' && lang !== tree.lang) {
    const heading = headingsAbove(tree, anchor)?.at(-1);
    const title = heading?.id ? translatedText(city, doc, lang, `${heading.id}#title`) : undefined;
    if (title) return formatCitation(lang, { ...citation, title });
  }
  return formatCitation(lang, citation);
}

/** An article's caption in `lang`: the translation where there is one, else the source's. */
export function siteCaption(
  lang: Lang,
  city: string,
  doc: string,
  tree: DocumentNode,
  anchor: string,
  caption: string,
): { text: string; lang: string } {
  const translated = lang !== tree.lang ? translatedText(city, doc, lang, `${anchor}#caption`) : undefined;
  return translated ? { text: translated, lang } : { text: caption, lang: tree.lang };
}
