/**
 * The search page in the browser: reads ?q= (and city, kind, doc), searches as the visitor types
 * (after IME composition ends, debounced), keeps the URL in step with history.replaceState, and
 * renders results into [data-search-results] (aria-busy while searching, a polite status line
 * with the count). Pagefind and the vocabulary are loaded once, when the page opens.
 */
import { showText } from './encode.ts';
import { type ExcerptPiece, makeExcerpt } from './excerpt.ts';
import type { SiteLang } from './localize.ts';
import { searchMessage } from './messages.ts';
import { bundlesFor, pagefindBundle, VOCABULARY_PATH } from './paths.ts';
import { planQuery, type QueryPlan } from './query.ts';
import { partOfRouteId, RouteIndex, type RouteShard, routeShardPath } from './route.ts';
import {
  forgetRecordWeights,
  type PagefindApi,
  RANKING,
  type RankedResult,
  type ResultData,
  runPlan,
} from './run.ts';
import {
  crowded,
  DOCUMENT_CAP,
  documentOfUrl,
  KEEP_FIRST,
  SPREAD_WINDOW,
  spreadDocuments,
} from './spread.ts';
import { Vocabulary, type VocabularyData } from './vocabulary.ts';

/** Results shown at first and added by "show more". */
const PAGE_SIZE = 10;
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 150;

interface Engine {
  pagefind: PagefindApi;
  vocab: Vocabulary;
  /** the values of the weight filter (vocabulary file), when listed */
  weights: readonly string[] | undefined;
  /**
   * Merge the bundles a search reads, once each: the city filter's, or without one, those the
   * route table names for `plan`. True when the table named more bundles than were merged (`more`
   * merges the next ones).
   */
  prepare(plan: QueryPlan, city: string | undefined, doc: string | undefined): Promise<boolean>;
  /** merge the next bundles the last routed search named; false when there were none */
  more(): Promise<boolean>;
}

type PagefindInstance = PagefindApi & {
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
};

/**
 * Bundles a search without a city filter merges at once, best routed first; "show more" merges as
 * many again. Each is a chunk or two of index and a few hundred bytes of metadata (build-index.ts,
 * RECORDS_PER_PART): three keep the first query of a visit within its budget at 1,000 documents.
 */
const ROUTED_PARTS = 3;

/**
 * Load the first Pagefind bundle of the page's language (main thread: no worker file to fetch) and
 * the vocabulary. A split index (a large corpus) is merged bundle by bundle as searches need them:
 * a search filtered by a city reads the first bundle (national laws) and that city's only; a search
 * without reads the route table (route.ts) and the best of the bundles it names for the query, so
 * a visitor never loads the index of municipalities that do not hold the words they search.
 */
async function loadEngine(base: string, lang: SiteLang): Promise<Engine> {
  const bundle = `${base}${pagefindBundle(lang)}/`;
  const pagefindUrl = `${bundle}pagefind.js`;
  const [module, data] = await Promise.all([
    import(/* @vite-ignore */ pagefindUrl) as Promise<{
      createInstance(options: Record<string, unknown>): PagefindInstance;
    }>,
    loadVocabularyData(`${base}${VOCABULARY_PATH}`),
  ]);
  const pagefind = module.createInstance({ basePath: bundle, noWorker: true, ranking: RANKING });
  await pagefind.init();
  const route = data.routes?.[lang];
  const routeIndex =
    route &&
    new RouteIndex(route, async (shard) => {
      const url = `${base}${routeShardPath(lang, shard)}`;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
      return (await response.json()) as RouteShard;
    });
  const records: PagefindApi = pagefind;
  const merged = new Map<number, Promise<void>>([[1, Promise.resolve()]]);
  const merge = async (parts: readonly number[]) => {
    // one after the other: Pagefind merges into shared state
    for (const part of parts) {
      let done = merged.get(part);
      if (!done) {
        done = pagefind
          .mergeIndex(`${base}${pagefindBundle(lang, part)}/`, { ranking: RANKING })
          .then(() => forgetRecordWeights(records));
        merged.set(part, done);
      }
      await done;
    }
  };
  let pending: number[] = [];
  const prepare = async (plan: QueryPlan, city: string | undefined, doc: string | undefined) => {
    pending = [];
    // a city the index does not know (a mistyped link) is routed like no filter, not read whole
    if (!routeIndex || (city && data.cityBundles?.[city] !== undefined)) {
      await merge(bundlesFor(data, lang, city));
      return false;
    }
    // the document the search box was used on is searched first (its cited article)
    const own = doc ? data.cityBundles?.[doc.split('/')[0]!] : undefined;
    const found = await runPlan(routeIndex, plan, {}, undefined, []);
    // among bundles the route cannot tell apart, those merged already: a later query reads no more
    const fresh = (result: RankedResult) => (merged.has(partOfRouteId(result.id) ?? 0) ? 0 : 1);
    found.sort((a, b) => a.tier - b.tier || b.score - a.score || fresh(a) - fresh(b));
    const parts = [...new Set(found.map((result) => partOfRouteId(result.id) ?? 0))].filter(
      (part) => part > 1,
    );
    const first = [...(own && own > 1 ? [own] : []), ...parts.filter((part) => part !== own)];
    await merge(first.slice(0, ROUTED_PARTS));
    pending = first.slice(ROUTED_PARTS);
    return pending.length > 0;
  };
  const more = async () => {
    const next = pending.splice(0, ROUTED_PARTS);
    await merge(next);
    return next.length > 0;
  };
  return { pagefind: records, vocab: new Vocabulary(data), weights: data.weights, prepare, more };
}

/** The vocabulary file: gzip-compressed JSON (decompressed here, whatever the server says). */
async function loadVocabularyData(url: string): Promise<VocabularyData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as VocabularyData;
}

/** Wire up the search page rooted at `root` ([data-search]). */
export function startSearchPage(root: HTMLElement): void {
  const lang = (document.documentElement.lang === 'en' ? 'en' : 'ja') as SiteLang;
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const params = new URLSearchParams(location.search);
  const doc = params.get('doc') ?? undefined;
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
  root.querySelector('[data-search-js]')?.removeAttribute('hidden');

  const engine = loadEngine(root.dataset.base ?? '/', lang);
  let engineReady = false;
  engine.then(
    () => {
      engineReady = true;
    },
    () => {},
  );
  let sequence = 0;
  let composing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ranked: RankedResult[] = [];
  let plan: QueryPlan | undefined;
  let shown = 0;
  /** the route named more municipalities' bundles than were merged: "show more" merges them */
  let morePending = false;

  const filters = () => Object.fromEntries(selects.map((select) => [select.name, select.value]));
  const updateUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [name, value] of Object.entries(filters())) if (value) next.set(name, value);
    if (doc) next.set('doc', doc);
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  const search = async (initial: boolean) => {
    const id = ++sequence;
    const query = input.value;
    list.hidden = false;
    list.setAttribute('aria-busy', 'true');
    if (!query.trim()) {
      ranked = [];
      list.replaceChildren();
      status.textContent = initial ? '' : searchMessage(lang, 'empty');
      more.hidden = true;
      list.setAttribute('aria-busy', 'false');
      return;
    }
    // the first load takes a second or two on a phone: say so, in the list's status line
    if (!engineReady) status.textContent = searchMessage(lang, 'loading');
    try {
      const { pagefind, vocab, weights, prepare } = await engine;
      const chosen = filters();
      const planned = planQuery(query, lang, vocab);
      const partial = await prepare(planned, chosen['city'] || undefined, doc);
      if (id !== sequence) return;
      plan = planned;
      morePending = partial;
      ranked = await spreadFirstPage(await runPlan(pagefind, plan, chosen, doc, weights));
      if (id !== sequence) return;
      const cited = ranked[0];
      if (initial && doc && cited?.tier === 0 && plan.citation) {
        const data = await cited.data();
        location.replace(`${data.url.split('#')[0]}#${plan.citation.anchor}`);
        return;
      }
      list.replaceChildren();
      shown = 0;
      await showMore(id, vocab);
      if (id !== sequence) return;
      status.textContent = countMessage(query);
    } catch (error) {
      if (id !== sequence) return;
      console.error(error);
      list.replaceChildren();
      status.textContent = searchMessage(lang, 'error');
    }
    list.setAttribute('aria-busy', 'false');
  };

  const countMessage = (query: string) => {
    if (ranked.length === 0 && !morePending) return searchMessage(lang, 'none', { q: query.trim() });
    return searchMessage(lang, morePending ? 'countPartial' : 'count', { n: ranked.length });
  };

  /**
   * Once the results of the merged bundles are all shown, the next bundles the route named: their
   * results follow the ones shown, best first.
   */
  const extend = async (id: number) => {
    const { pagefind, more: mergeMore, weights } = await engine;
    while (shown >= ranked.length && morePending && id === sequence) {
      morePending = await mergeMore();
      const known = new Set(ranked.map((result) => result.id));
      const found = await runPlan(pagefind, plan!, filters(), doc, weights);
      if (id !== sequence) return;
      for (const result of found) if (!known.has(result.id)) ranked.push(result);
    }
  };

  const showMore = async (id: number, vocab: Vocabulary) => {
    // nothing found in the bundles merged first (a kind or topic filter): the next ones at once
    if (shown >= ranked.length) await extend(id);
    if (id !== sequence) return;
    const next = ranked.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (id !== sequence) return;
    next.forEach((result, index) => {
      list.append(renderResult(result, data[index]!, plan!, vocab));
    });
    shown += next.length;
    more.hidden = shown >= ranked.length && !morePending;
  };

  const schedule = () => {
    clearTimeout(timer);
    updateUrl();
    timer = setTimeout(() => void search(false), DEBOUNCE_MS);
  };
  input.addEventListener('compositionstart', () => {
    composing = true;
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('input', (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    schedule();
  });
  for (const select of selects) {
    select.addEventListener('change', () => {
      updateUrl();
      void search(false);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    updateUrl();
    void search(false);
  });
  more.addEventListener('click', async () => {
    const { vocab } = await engine;
    const before = shown;
    const id = sequence;
    list.setAttribute('aria-busy', 'true');
    await showMore(id, vocab);
    if (id !== sequence) return;
    status.textContent = countMessage(input.value);
    list.setAttribute('aria-busy', 'false');
    list.querySelectorAll('a')[before]?.focus();
  });
  void search(true);
}

/**
 * The results with the first page spread over documents (spread.ts): only when one document holds
 * more than DOCUMENT_CAP of the first PAGE_SIZE are the next results' fragments read to find
 * others. Pagefind keeps each fragment it loaded, so the page shows them without fetching again.
 */
async function spreadFirstPage(ranked: RankedResult[]): Promise<RankedResult[]> {
  if (ranked.length <= PAGE_SIZE) return ranked;
  const urls = async (results: readonly RankedResult[]) =>
    (await Promise.all(results.map((result) => result.data()))).map((data) => documentOfUrl(data.url));
  if (!crowded(await urls(ranked.slice(0, PAGE_SIZE)), DOCUMENT_CAP)) return ranked;
  const window = ranked.slice(0, SPREAD_WINDOW);
  const known = await urls(window);
  const order = spreadDocuments(
    [...window.keys()],
    (index) => known[index]!,
    DOCUMENT_CAP,
    PAGE_SIZE,
    KEEP_FIRST,
  );
  return [...order.map((index) => window[index]!), ...ranked.slice(SPREAD_WINDOW)];
}

/** One result: link (label and caption, or the heading), where it is, and the excerpt. */
function renderResult(
  result: RankedResult,
  data: ResultData,
  plan: QueryPlan,
  vocab: Vocabulary,
): HTMLLIElement {
  const meta = Object.fromEntries(
    ['title', 'label', 'doc', 'city', 'context', 'text'].map((field) => [field, showText(data.meta[field])]),
  );
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'search-result-link';
  link.textContent = meta.title || meta.label || meta.doc || data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const source = document.createElement('p');
  source.className = 'search-result-source';
  source.textContent = [meta.city, meta.doc, meta.context].filter(Boolean).join(' › ');
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  const reading = plan.readings[Math.floor((result.tier - 2) / 2)] ?? plan.readings[0];
  // related readings share the literal reading's tier: their words are marked too (手数料 → 費用)
  const marked = result.tier === 3 ? [reading, ...plan.related] : [reading];
  const keys = [...new Set(marked.flatMap((r) => r?.keys ?? []))];
  const words = [...new Set(marked.flatMap((r) => r?.words ?? []))];
  // A cited article is shown from its beginning; other results where the query's words are.
  const pieces: ExcerptPiece[] =
    result.tier < 2 && !plan.definitions
      ? makeExcerpt(meta.text ?? '', { keys: [], words: [] }, vocab)
      : makeExcerpt(meta.text ?? '', { keys, words }, vocab);
  for (const piece of pieces) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      excerpt.append(mark);
    } else {
      excerpt.append(piece.text);
    }
  }
  item.append(heading, source, excerpt);
  return item;
}
