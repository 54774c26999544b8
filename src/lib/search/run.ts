/**
 * Running a query plan on Pagefind and merging what the searches find, best first: the cited
 * article (in the document in view first) or the units defining the term asked about, then
 * records holding the exact phrase, then records holding every word or a related reading of
 * them (手数料 → 費用, scored lower), then the same for a romaji reading; when nothing holds every
 * word, records holding most of them. Within each tier Pagefind's score decides (captions weigh
 * most; see RANKING), times the record's weight (WEIGHT_FILTER): a rule before its exceptions, a
 * municipality's own rule before the national law, articles before 附則.
 */
import { docCitationKey, encodeKey } from './encode.ts';
import type { QueryPlan } from './query.ts';

/** The part of a Pagefind result the search uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

/** What Pagefind returns for a record (its fragment). */
export interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

/** The part of the Pagefind API the search uses. */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string | string[]> },
  ): Promise<{ results: PagefindResult[] } | null>;
  /** every filter with its values and how many records hold each */
  filters?(): Promise<Record<string, Record<string, number>>>;
}

/**
 * The filter that carries a record's weight, as a percentage (`w60`): records without it weigh 1.
 * Set at build time (build-index.ts, recordWeight); the page reads each weight's records once.
 */
export const WEIGHT_FILTER = 'weight';

/** Fewer results than this (one page of the first five) and records holding some words follow. */
const FEW_RESULTS = 5;

/** The tier of a cited article in the law the query names: after the document in view, before every document. */
const SCOPED_CITATION_TIER = 0.5;

/** A related reading's score counts this much of a literal one's. */
const RELATED_FACTOR = 0.6;

/** A merged result. */
export interface RankedResult extends PagefindResult {
  /** 0 = cited article of the document in view … higher = weaker evidence */
  tier: number;
}

/** Filters of a search: city slug, document kind, topic id. */
interface SearchFilters {
  city?: string;
  kind?: string;
  topic?: string;
}

/**
 * Pagefind ranking: caption keys (`c`) weigh most, then terms the unit defines (`t`: the article
 * that says 以下「不開示情報」という answers 不開示情報), enclosing headings (`x`) and the document
 * title and city (`d`) a little; the fields only shown (title, text …) not at all. Length counts
 * less than by default, since long articles are often the answer.
 */
export const RANKING = {
  pageLength: 0.3,
  termSimilarity: 3,
  termSaturation: 1.4,
  metaWeights: {
    c: 4,
    t: 3,
    x: 0.6,
    d: 0.3,
    title: 0,
    doc: 0,
    city: 0,
    label: 0,
    caption: 0,
    context: 0,
    text: 0,
    kind: 0,
  },
} as const;

/** Run `plan`; `doc` (city/doc) is the document the search was started from, if any. */
export async function runPlan(
  pagefind: PagefindApi,
  plan: QueryPlan,
  filters: SearchFilters = {},
  doc?: string,
  weightValues?: readonly string[],
): Promise<RankedResult[]> {
  const options = { filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) };
  const merged = new Map<string, RankedResult>();
  const weights = await recordWeights(pagefind, weightValues);
  const search = async (term: string) => (await pagefind.search(term, options))?.results ?? [];
  const add = (results: readonly PagefindResult[], tier: number, factor = 1) => {
    for (const result of results) {
      const score = result.score * factor * (tier >= 2 ? (weights.get(result.id) ?? 1) : 1);
      const known = merged.get(result.id);
      if (!known || (known.tier === tier && known.score < score))
        merged.set(result.id, { ...result, score, tier });
    }
  };
  if (plan.citation) {
    if (doc) add(await search(encodeKey(docCitationKey(doc, plan.citation.article))), 0);
    // the article of the law the query names (個人情報保護法第27条) before the same number elsewhere
    for (const terms of plan.scopedCitations ?? []) add(await search(terms), SCOPED_CITATION_TIER);
    add(await search(plan.citation.term), 1);
  }
  for (const term of plan.definitions ?? []) add(await search(term), 1);
  let tier = 2;
  for (const [index, reading] of plan.readings.entries()) {
    // Pagefind scores every exact-phrase hit alike, so phrase hits are ordered by their score
    // in the search for all words, where captions and term frequency count.
    const all = await search(reading.terms);
    const phrase = reading.phrase
      ? new Set((await search(reading.phrase)).map((result) => result.id))
      : new Set();
    add(
      all.filter((result) => phrase.has(result.id)),
      tier,
    );
    add(all, tier + 1);
    if (index === 0) {
      // A resident's question often holds one word no record has ("notify people about a data
      // breach"): when few records hold every word of a short query, it is also read without one
      // word each (QueryPlan.loose), as weaker evidence. Longer queries are left to the partial
      // matches, which weigh how many of the words a record holds.
      const loose = all.length < FEW_RESULTS ? (plan.loose ?? []) : [];
      await addRelated(search, plan.related, weights, merged, tier, loose);
    }
    tier += 2;
  }
  const literal = plan.readings[0];
  // A question in a resident's words holds words no article has ("does the city have"): when few
  // records hold every word, records holding most of them follow, the literal words' and those of
  // the first related readings (死んだ親の情報 → 生存 … 情報).
  if (merged.size < FEW_RESULTS && literal && literal.terms.split(' ').length > 1) {
    const readings = [
      { terms: literal.terms.split(' '), factor: 1 },
      ...plan.related
        .slice(0, PARTIAL_RELATED)
        .map((reading) => ({ terms: reading.terms.split(' '), factor: RELATED_FACTOR })),
    ];
    await addPartialMatches(search, readings, merged, tier);
  }
  return [...merged.values()].sort((a, b) => a.tier - b.tier || b.score - a.score);
}

/**
 * Records a related reading finds (手数料 → 費用, 罰金 → 罰則), in the literal reading's all-words
 * tier at RELATED_FACTOR of their score. A record the literal words found too gets its best
 * related score added: the penalty article holding 罰金 in a chapter titled 罰則 has more evidence
 * than an article on qualifications that mentions 罰金 in passing.
 */
async function addRelated(
  search: (term: string) => Promise<PagefindResult[]>,
  related: QueryPlan['related'],
  weights: Map<string, number>,
  merged: Map<string, RankedResult>,
  tier: number,
  loose: readonly string[] = [],
): Promise<void> {
  const best = new Map<string, RankedResult>();
  const readings = [
    ...related.map((reading) => ({ terms: reading.terms, factor: RELATED_FACTOR })),
    ...loose.map((terms) => ({ terms, factor: LOOSE_FACTOR })),
  ];
  for (const reading of readings) {
    const results = await search(reading.terms);
    // the query without one word that many records hold ("annual report", "report operation")
    // says little about the question: only a narrow one counts
    if (reading.factor === LOOSE_FACTOR && results.length > LOOSE_MAX_RESULTS) continue;
    for (const result of results) {
      const score = result.score * reading.factor * (weights.get(result.id) ?? 1);
      if ((best.get(result.id)?.score ?? -1) < score)
        best.set(result.id, { ...result, score, tier: tier + 1 });
    }
  }
  for (const [id, found] of best) {
    const known = merged.get(id);
    if (!known) merged.set(id, found);
    // the phrase and all-words tiers of the literal reading, not a citation or a definition
    else if (known.tier >= tier) known.score += found.score;
  }
}

const weightsOf = new WeakMap<PagefindApi, Promise<Map<string, number>>>();

/**
 * Each weighted record's weight (records of `w60` weigh 0.6), read once per Pagefind instance (and
 * again after forgetRecordWeights, when bundles were merged into it). `values` are the weight
 * filter's values when the vocabulary lists them; without, Pagefind is asked for every filter,
 * which loads the city, kind and topic filters of every record as well.
 */
function recordWeights(pagefind: PagefindApi, values?: readonly string[]): Promise<Map<string, number>> {
  let weights = weightsOf.get(pagefind);
  if (!weights) {
    weights = (async () => {
      const out = new Map<string, number>();
      const known = values ?? Object.keys((await pagefind.filters?.())?.[WEIGHT_FILTER] ?? {});
      for (const value of known) {
        const weight = Number(value.slice(1)) / 100;
        if (!Number.isFinite(weight)) continue;
        const results = (await pagefind.search(null, { filters: { [WEIGHT_FILTER]: value } }))?.results ?? [];
        for (const result of results) out.set(result.id, weight);
      }
      return out;
    })();
    weightsOf.set(pagefind, weights);
  }
  return weights;
}

/** Read the weights again on the next search: bundles merged into `pagefind` brought more records. */
export function forgetRecordWeights(pagefind: PagefindApi): void {
  weightsOf.delete(pagefind);
}

/** A reading without one of its words counts this much of a literal hit (less than a related reading). */
const LOOSE_FACTOR = 0.45;

/** A reading without one word that finds more records than this is too broad to count. */
const LOOSE_MAX_RESULTS = 12;

/** How many related readings the partial matches also try. */
const PARTIAL_RELATED = 3;

/**
 * Records holding some of the words of a reading. A word counts by how rare it is (a word in a
 * few records says more than one in hundreds: "location data" is about location, not about
 * every record saying data) and a little by how well the record holds it; a related reading's
 * words count at its factor. A record keeps its best reading.
 */
async function addPartialMatches(
  search: (term: string) => Promise<PagefindResult[]>,
  readings: ReadonlyArray<{ terms: readonly string[]; factor: number }>,
  merged: Map<string, RankedResult>,
  tier: number,
): Promise<void> {
  const found = new Map<string, Promise<PagefindResult[]>>();
  const best = new Map<string, { result: PagefindResult; value: number }>();
  for (const reading of readings) {
    const value = new Map<string, { result: PagefindResult; value: number; words: number }>();
    const terms = reading.terms.slice(0, 6);
    for (const term of terms) {
      if (!found.has(term)) found.set(term, search(term));
      const results = await found.get(term)!;
      if (results.length === 0) continue;
      const rarity = 1 / (1 + Math.log(results.length));
      const top = Math.max(...results.map((result) => result.score)) || 1;
      for (const result of results) {
        const entry = value.get(result.id) ?? { result, value: 0, words: 0 };
        entry.value += reading.factor * rarity * (0.75 + 0.25 * (result.score / top));
        entry.words++;
        value.set(result.id, entry);
      }
    }
    // a record holding more of the words says more: a rare filler word ("take", "form") alone
    // does not outweigh the record holding the rest of the question
    for (const [id, entry] of value) {
      const scored = { result: entry.result, value: (entry.value * entry.words) / terms.length };
      if ((best.get(id)?.value ?? -1) < scored.value) best.set(id, scored);
    }
  }
  for (const [id, entry] of best) {
    if (merged.has(id)) continue;
    merged.set(id, { ...entry.result, score: entry.value, tier });
  }
}
