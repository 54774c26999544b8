/**
 * The route table of a split search index: for every word of a language, the bundles whose records
 * hold it, and those where it is in a caption or a defined term (the fields that rank most). The
 * page answers the searches of a query plan on the table first (RouteIndex, the same plan as on
 * the records: every word of a reading, a citation, a definition word, some of the words), which
 * names the bundles that can hold a result, best first; it merges those only. A bundle holding
 * no record that a search of the plan could find is never named, so a small town whose ordinance
 * alone holds a word is found as surely as in one index.
 *
 * Words are sorted and cut into small shards (`search/route/ja-3.json`), fetched as a query needs
 * them: each word once per shard, however many records hold it, so a query reads a few KB of table
 * where Pagefind would read a chunk of 20,000 word positions per word.
 */
import { decodeKey } from './encode.ts';
import type { SiteLang } from './localize.ts';
import type { PagefindApi, PagefindResult } from './run.ts';

/** The searched fields of a record: its content and the meta fields of keys. */
interface RoutedFields {
  content: string;
  meta: { c: string; t: string; x: string; d: string };
}

/** What the vocabulary file says of a language's route table. */
export interface RouteMeta {
  /** how many bundles the language's index has (bundle 1 is read by every search, so not routed) */
  parts: number;
  /** the first word of each shard, in order: shard i holds the words from shards[i] */
  shards: string[];
}

/** One shard: each word with the bundles holding it and those holding it in a caption or defined term. */
export type RouteShard = Record<string, [all: string, strong: string]>;

/**
 * Characters of a shard file, about: a query reads a shard per word, so a shard is a few KB (a word
 * held by a random fifth of 750 municipalities takes about 130 characters as a bitmap).
 */
const SHARD_CHARS = 3_000;

/** A word as Pagefind compares it: lower case, without the punctuation around it. */
function routeWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}§]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
}

/** The words of a text, as routeWord makes them. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).map(routeWord).filter(Boolean);
}

/** Build time: which bundles hold which words, for one language. */
export class RouteTable {
  private readonly all = new Map<string, Set<number>>();
  private readonly strong = new Map<string, Set<number>>();

  /** `parts`: how many bundles the language's index has */
  constructor(private readonly parts: number) {}

  /**
   * Add a record of bundle `part` (2, 3 …). `skip` leaves words out that no search of a page
   * without a city filter needs routed (the citation of an article in its own document, which a
   * document's search box sends together with the document, whose bundle is merged anyway).
   */
  add(part: number, record: RoutedFields, skip: (word: string) => boolean = () => false): void {
    const note = (into: Map<string, Set<number>>, text: string) => {
      for (const word of wordsOf(text)) {
        if (skip(word)) continue;
        const parts = into.get(word);
        if (parts) parts.add(part);
        else into.set(word, new Set([part]));
      }
    };
    note(this.all, [record.content, record.meta.c, record.meta.t, record.meta.x, record.meta.d].join(' '));
    note(this.strong, `${record.meta.c} ${record.meta.t}`);
  }

  get size(): number {
    return this.all.size;
  }

  /** The shards, in word order, and what the vocabulary file says of them. */
  shards(): { meta: RouteMeta; shards: RouteShard[] } {
    const words = [...this.all.keys()].sort(compareWords);
    const shards: RouteShard[] = [];
    const starts: string[] = [];
    let shard: RouteShard = {};
    let chars = 0;
    for (const word of words) {
      const entry: [string, string] = [
        formatParts(this.all.get(word)!),
        formatParts(this.strong.get(word) ?? new Set()),
      ];
      const size = word.length + entry[0].length + entry[1].length + 10;
      if (chars > 0 && chars + size > SHARD_CHARS) {
        shards.push(shard);
        shard = {};
        chars = 0;
      }
      if (chars === 0) starts.push(word);
      shard[word] = entry;
      chars += size;
    }
    if (chars > 0) shards.push(shard);
    return { meta: { parts: this.parts, shards: starts }, shards };
  }
}

/** Code-unit order, the same at build time and in the browser. */
function compareWords(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Bundle numbers, as ranges (`2-750`, `3,7-9`) or, when shorter, as a bitmap (`~` + base64url, bit
 * n for bundle n): a word in every bundle is a few characters, one in a random fifth of them a bit
 * per bundle.
 */
export function formatParts(parts: ReadonlySet<number>): string {
  const sorted = [...parts].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    const from = sorted[index]!;
    let to = from;
    while (sorted[index + 1] === to + 1) to = sorted[++index]!;
    index++;
    ranges.push(from === to ? String(from) : `${from}-${to}`);
  }
  const text = ranges.join(',');
  const last = sorted.at(-1) ?? 0;
  if (text.length <= Math.ceil((last + 1) / 6) + 1) return text;
  const bits = new Array<number>(Math.ceil((last + 1) / 6)).fill(0);
  for (const part of sorted) bits[Math.floor(part / 6)]! |= 1 << (part % 6);
  return `~${bits.map((value) => BASE64URL[value]).join('')}`;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The bundle numbers of `formatParts`. */
export function parseParts(text: string): number[] {
  const parts: number[] = [];
  if (text.startsWith('~')) {
    for (let index = 1; index < text.length; index++) {
      const value = BASE64URL.indexOf(text[index]!);
      for (let bit = 0; bit < 6; bit++)
        if (value >= 0 && value & (1 << bit)) parts.push((index - 1) * 6 + bit);
    }
    return parts;
  }
  for (const range of text.split(',')) {
    if (!range) continue;
    const [from, to = from] = range.split('-').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to)) continue;
    for (let part = from!; part <= to!; part++) parts.push(part);
  }
  return parts;
}

/** The shard file of a language's route table, relative to the site root. */
export function routeShardPath(lang: SiteLang, shard: number): string {
  return `search/route/${lang}-${shard}.json`;
}

/** A prefix that spans more shards than this matches every bundle: it says little, and reading them all costs. */
const MAX_SHARDS_PER_WORD = 3;

/** A route result's id: the bundle it names. */
function routeId(part: number): string {
  return `part-${part}`;
}

/** The bundle a route result's id names. */
export function partOfRouteId(id: string): number | undefined {
  const match = /^part-(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/**
 * The route table in the browser, searched like Pagefind (run.ts): a search finds the bundles
 * holding every one of its words, a query word matching the words it begins (Pagefind matches
 * prefixes: 情 finds 情報), an English word also the words sharing its stem (Pagefind stems both
 * sides), and scores a bundle by the words' rarity among bundles, doubled where a word is in a
 * caption or a defined term. A bundle is named if any record of it could match; its score only
 * orders the bundles.
 */
export class RouteIndex implements PagefindApi {
  private readonly loaded = new Map<number, Promise<RouteShard>>();

  constructor(
    private readonly meta: RouteMeta,
    private readonly fetchShard: (shard: number) => Promise<RouteShard>,
  ) {}

  async search(term: string | null): Promise<{ results: PagefindResult[] }> {
    const words = (term ?? '').replace(/"/g, ' ').split(/\s+/).map(routeWord).filter(Boolean);
    if (words.length === 0) return { results: [] };
    let scores: Map<number, number> | undefined;
    for (const word of words) {
      const found = await this.partsOf(word);
      if (found === 'all') continue;
      const next = new Map<number, number>();
      const rarity = Math.log(1 + this.routed / Math.max(1, found.size));
      for (const [part, weight] of found) {
        const before = scores ? scores.get(part) : 0;
        if (before !== undefined) next.set(part, before + rarity * weight);
      }
      scores = next;
    }
    // every word matched too many words to tell (one or two letters): every bundle
    scores ??= new Map(this.allParts().map((part) => [part, 0]));
    const results = [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .map(([part, score]) => ({
        id: routeId(part),
        score,
        data: () => Promise.reject(new Error('a route result has no data')),
      }));
    return { results };
  }

  /** Bundles a search can name: 2 … parts. */
  private get routed(): number {
    return Math.max(1, this.meta.parts - 1);
  }

  private allParts(): number[] {
    return Array.from({ length: this.routed }, (_, index) => index + 2);
  }

  /** The bundles holding a word the query word matches, with its weight there (2 in a caption or defined term). */
  private async partsOf(word: string): Promise<Map<number, number> | 'all'> {
    const prefix = stemPrefix(word);
    const shards = this.shardsFor(prefix);
    if (shards.length > MAX_SHARDS_PER_WORD) return 'all';
    const found = new Map<number, number>();
    for (const shard of await Promise.all(shards.map((index) => this.shard(index)))) {
      for (const [candidate, [all, strong]] of Object.entries(shard)) {
        if (!candidate.startsWith(prefix)) continue;
        for (const part of parseParts(all)) found.set(part, Math.max(found.get(part) ?? 0, 1));
        for (const part of parseParts(strong)) found.set(part, 2);
      }
    }
    return found;
  }

  /** The shards that can hold words beginning with `prefix`. */
  private shardsFor(prefix: string): number[] {
    const starts = this.meta.shards;
    if (starts.length === 0) return [];
    let first = 0;
    while (first + 1 < starts.length && compareWords(starts[first + 1]!, prefix) <= 0) first++;
    const shards = [first];
    for (let next = first + 1; next < starts.length && starts[next]!.startsWith(prefix); next++)
      shards.push(next);
    return shards;
  }

  private shard(index: number): Promise<RouteShard> {
    let shard = this.loaded.get(index);
    if (!shard) {
      shard = this.fetchShard(index);
      this.loaded.set(index, shard);
    }
    return shard;
  }
}

/**
 * The part of a query word every word sharing its stem begins with: an English word loses the
 * endings a stemmer removes (disclosures, disclosed → disclos), so the route names at least the
 * bundles Pagefind's stemmed search finds; a key (q + consonants) and a number stay whole.
 */
export function stemPrefix(word: string): string {
  if (!/^[a-z]+$/.test(word) || decodeKey(word) !== undefined || word.length <= 3) return word;
  const stem = word
    .replace(/(?:ations?|ements?|ments?|ings?|ions?|ies|ied|ers?|ed|es|ly|s|e)$/, '')
    .replace(/[iy]$/, '');
  return stem.length >= 3 ? stem : word.slice(0, 3);
}

/** The citation of an article in its own document (§hyuga/ordinance#art-26), which needs no route. */
export function isDocumentCitation(word: string): boolean {
  return /^§[^#]+\/[^#]+#/.test(decodeKey(word) ?? '');
}
