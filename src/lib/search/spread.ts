/**
 * Keeping one document from filling the first page of results. A question whose answers lie in
 * several documents (the deadline of Hyuga 第26条, of the APPI 第83条 and Nagareyama's page) loses
 * the third when the first two documents hold ten results on the words between them: their
 * exceptions, chapters and neighbouring articles. Pagefind gives a result's document only with its
 * fragment, so the page reads the fragments of a few more results than it shows (client.ts) and
 * reorders them here.
 */

/** At most this many results of one document among the first page, while others wait behind them. */
export const DOCUMENT_CAP = 4;

/**
 * The first results stay as ranked: a rule ranked fifth is never moved off the first five for the
 * sake of another document; only the rest of the page is spread.
 */
export const KEEP_FIRST = 5;

/** How many results the first page is chosen from (their fragments are read; PAGE_SIZE more at most). */
export const SPREAD_WINDOW = 20;

/**
 * `items` reordered so that among the first `size` no document has more than `cap`, as far as the
 * other documents' items allow: the first `keep` stay where they are, each document's next items
 * up to `cap` keep their order and only move up, and the ones past the cap follow, in their order,
 * once the page is full or nothing else is left.
 */
export function spreadDocuments<T>(
  items: readonly T[],
  documentOf: (item: T) => string,
  cap: number,
  size: number,
  keep = 0,
): T[] {
  const page: T[] = [];
  const deferred: T[] = [];
  const count = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const doc = documentOf(item);
    const held = count.get(doc) ?? 0;
    if (index < keep || (page.length < size && held < cap)) {
      page.push(item);
      count.set(doc, held + 1);
    } else deferred.push(item);
  }
  // a page not filled by other documents takes the deferred ones back, best first
  const fill = deferred.splice(0, Math.max(0, size - page.length));
  return [...page, ...fill, ...deferred];
}

/** True when one document holds more than `cap` of `docs` (the documents of the first page). */
export function crowded(docs: readonly string[], cap: number): boolean {
  const count = new Map<string, number>();
  for (const doc of docs) {
    const held = (count.get(doc) ?? 0) + 1;
    if (held > cap) return true;
    count.set(doc, held);
  }
  return false;
}

/** The document a result URL is in: /ja/hyuga/ordinance/#art-26 → /ja/hyuga/ordinance/. */
export function documentOfUrl(url: string): string {
  return url.split('#')[0] ?? url;
}
