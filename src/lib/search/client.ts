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
import {
  forgetRecordWeights,
  type PagefindApi,
  RANKING,
  type RankedResult,
  type ResultData,
  runPlan,
} from './run.ts';
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
  /** merge the bundles a search with this city filter (or none: all of them) reads, once each */
  include(city: string | undefined): Promise<void>;
}

type PagefindInstance = PagefindApi & {
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
};

/**
 * Load the first Pagefind bundle of the page's language (main thread: no worker file to fetch) and
 * the vocabulary. A split index (a large corpus) is merged bundle by bundle as searches need them:
 * a search filtered by a city reads the first bundle (national laws) and that city's only, so a
 * visitor who picks their municipality never loads the metadata of the others.
 */
async function loadEngine(base: string, lang: SiteLang, city: string | undefined): Promise<Engine> {
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
  const merged = new Map<number, Promise<void>>([[1, Promise.resolve()]]);
  const merge = (part: number) => {
    let done = merged.get(part);
    if (!done) {
      done = pagefind
        .mergeIndex(`${base}${pagefindBundle(lang, part)}/`, { ranking: RANKING })
        .then(() => forgetRecordWeights(pagefind));
      merged.set(part, done);
    }
    return done;
  };
  const include = async (filter: string | undefined) => {
    const parts = bundlesFor(data, lang, filter);
    // one after the other: Pagefind merges into shared state
    for (const part of parts) await merge(part);
  };
  await include(city);
  return { pagefind, vocab: new Vocabulary(data), weights: data.weights, include };
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

  const engine = loadEngine(
    root.dataset.base ?? '/',
    document.documentElement.lang === 'en' ? 'en' : 'ja',
    params.get('city') || undefined,
  );
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
      const { pagefind, vocab, weights, include } = await engine;
      const chosen = filters();
      await include(chosen['city'] || undefined);
      if (id !== sequence) return;
      plan = planQuery(query, lang, vocab);
      ranked = await runPlan(pagefind, plan, chosen, doc, weights);
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
      status.textContent =
        ranked.length > 0
          ? searchMessage(lang, 'count', { n: ranked.length })
          : searchMessage(lang, 'none', { q: query.trim() });
    } catch (error) {
      if (id !== sequence) return;
      console.error(error);
      list.replaceChildren();
      status.textContent = searchMessage(lang, 'error');
    }
    list.setAttribute('aria-busy', 'false');
  };

  const showMore = async (id: number, vocab: Vocabulary) => {
    const next = ranked.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (id !== sequence) return;
    next.forEach((result, index) => {
      list.append(renderResult(result, data[index]!, plan!, vocab));
    });
    shown += next.length;
    more.hidden = shown >= ranked.length;
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
    await showMore(sequence, vocab);
    list.querySelectorAll('a')[before]?.focus();
  });
  void search(true);
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
