/**
 * Build-time only: the Pagefind bundle (one index per language) made of one custom record per
 * search unit, and the vocabulary file the browser segments queries with.
 *
 * A Japanese record's content is the stream of its word keys, each written as one opaque Pagefind
 * word (encode.ts), followed by its citation word (§art-26). Caption, enclosing headings and the
 * document's title and city are also meta fields of keys (`c`, `x`, `d`), which Pagefind 1.6
 * searches and weighs (metaWeights in the client), so a caption that holds the query ranks first.
 * English text (sources, translations) is given to Pagefind as it is, for its English stemming.
 */

import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { appendAll } from '../arrays.ts';
import type { DocumentKind } from '../tree/types.ts';
import { buildVocabulary } from './build-vocabulary.ts';
import { citationKey, decodeKey, definitionKey, docCitationKey, encodeKey, hideText } from './encode.ts';
import { type LocalizedUnit, localizeUnit, type SiteLang } from './localize.ts';
import { PAGEFIND_DIR, pagefindBundle, VOCABULARY_PATH } from './paths.ts';
import type { SearchUnit } from './records.ts';
import type { RelatedGroup } from './related.ts';
import { isDocumentCitation, type RouteMeta, RouteTable, routeShardPath } from './route.ts';
import { WEIGHT_FILTER } from './run.ts';
import { tokenize } from './tokenize.ts';
import { Vocabulary } from './vocabulary.ts';

/** A text in both site languages. */
interface Localized {
  ja: string;
  en: string;
}

/** A document to index. */
export interface SearchSource {
  city: string;
  doc: string;
  kind: DocumentKind;
  /** language of the source text */
  lang: SiteLang;
  title: Localized;
  cityName: Localized;
  /** what is searchable of the document (collectSearchUnits of its tree), without the tree */
  units: SearchUnit[];
  /** translations into the other language: translation key → text */
  translations?: Partial<Record<SiteLang, ReadonlyMap<string, string>>>;
  /** topics of its units (content/topics.yaml): anchor → topic ids */
  topics?: ReadonlyMap<string, readonly string[]>;
  /** terms each unit defines, by the reference analysis (definition items, tables …): anchor → terms */
  definitions?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Meta fields of a record (all strings, as Pagefind stores them). Pagefind indexes every meta
 * field; the fields only shown (title … text) are stored with hideText, which leaves Pagefind no
 * word to index, so they do not double the index. The client reads them with showText.
 */
interface RecordMeta {
  /** what the result link says: 第26条（開示決定等の期限） */
  title: string;
  /** document title */
  doc: string;
  /** city name */
  city: string;
  /** 第26条 */
  label: string;
  caption: string;
  /** enclosing headings, joined with › */
  context: string;
  /** the unit's text for the excerpt */
  text: string;
  /** document kind (ordinance, policy, page) */
  kind: string;
  /** searchable keys of the caption, of the enclosing headings, of the document title and city */
  c: string;
  x: string;
  d: string;
  /** searchable keys of the terms the unit defines (以下「不開示情報」という, 「実施機関」とは) */
  t: string;
}

/** A Pagefind custom record. */
interface SearchRecord {
  url: string;
  language: SiteLang;
  content: string;
  meta: RecordMeta;
  filters: { city: string[]; kind: string[]; topic?: string[]; weight?: string[] };
}

/** The site languages, each with its own Pagefind bundle. */
const SEARCH_LANGS: readonly SiteLang[] = ['ja', 'en'];

/**
 * Records of one language past which the index is split (a corpus this small is one bundle, searched
 * whole: every search is exact): Pagefind lists every record of a bundle in its metadata file, which
 * the page loads before it searches, and holds an index in memory until it writes it (60,000 records
 * took 4.5 GB). REIKI_SEARCH_BUNDLE_RECORDS sets another limit (tests split a small corpus with it).
 */
const RECORDS_PER_BUNDLE = 20_000;

/**
 * Records of one language in a bundle of a split index, at most: a search without a city filter
 * merges only the bundles the route index names (route.ts), so a bundle should be small enough
 * that its whole word index is a chunk or two (Pagefind cuts chunks at 20,000 word positions, about
 * 100 records of an ordinance). REIKI_SEARCH_PART_RECORDS sets another size.
 */
const RECORDS_PER_PART = 100;

function positiveInteger(value: string | undefined, fallback: number): number {
  const asked = Number.parseInt(value ?? '', 10);
  return Number.isFinite(asked) && asked > 0 ? asked : fallback;
}

function recordsPerBundle(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger(env['REIKI_SEARCH_BUNDLE_RECORDS'], RECORDS_PER_BUNDLE);
}

function recordsPerPart(env: NodeJS.ProcessEnv = process.env): number {
  return Math.min(recordsPerBundle(env), positiveInteger(env['REIKI_SEARCH_PART_RECORDS'], RECORDS_PER_PART));
}

/**
 * The sources in bundles: one bundle when they hold at most `limit` records; else the national laws
 * in a bundle of their own, then bundles of whole cities in corpus order, each of at most
 * `partLimit` records (a city with more has a bundle of its own): a search filtered by city reads
 * one bundle's data, a search without reads the bundles the route index names.
 */
export function splitForBundles(
  sources: readonly SearchSource[],
  limit: number,
  partLimit = limit,
): SearchSource[][] {
  if (totalUnits(sources) <= limit) return [[...sources]];
  const parts: SearchSource[][] = [];
  let current: SearchSource[] = [];
  let records = 0;
  const cities = new Map<string, SearchSource[]>();
  // the national laws first, in a bundle of their own: every search loads the first bundle, and
  // a search adds only the municipalities' bundles it needs to it
  const national = sources.filter((source) => source.city === NATIONAL_CITY);
  if (national.length > 0 && sources.length > national.length) parts.push([...national]);
  for (const source of sources) {
    if (parts.length > 0 && source.city === NATIONAL_CITY) continue;
    const city = cities.get(source.city);
    if (city) city.push(source);
    else cities.set(source.city, [source]);
  }
  for (const city of cities.values()) {
    const size = totalUnits(city);
    if (current.length > 0 && records + size > partLimit) {
      parts.push(current);
      current = [];
      records = 0;
    }
    appendAll(current, city);
    records += size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/** The folder of the national laws (content/sources/national), weighed below a municipality's own rules. */
const NATIONAL_CITY = 'national';

function totalUnits(sources: readonly SearchSource[]): number {
  return sources.reduce((sum, source) => sum + source.units.length, 0);
}

/** Index one bundle's records and write it, then let Pagefind drop the index; how many records it holds. */
async function writeBundle(
  sources: readonly SearchSource[],
  lang: SiteLang,
  outputPath: string,
  recordsOf: (source: SearchSource) => SearchRecord[],
): Promise<number> {
  let count = 0;
  const { index, errors } = await pagefind.createIndex({ writePlayground: false });
  if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`);
  // Pagefind's service takes records concurrently; one at a time is ten times slower.
  const pending: Array<Promise<void>> = [];
  const add = async (record: SearchRecord) => {
    const added = await index.addCustomRecord(
      record as unknown as Parameters<typeof index.addCustomRecord>[0],
    );
    if (added.errors.length > 0)
      throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
    count++;
  };
  for (const source of sources) {
    for (const record of recordsOf(source)) {
      pending.push(add(record));
      if (pending.length >= 64) await Promise.all(pending.splice(0));
    }
  }
  await Promise.all(pending);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0)
    throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return count;
}

/**
 * Files a merged bundle does not need: the page loads Pagefind's script and WebAssembly from the
 * first bundle only, and a thousand documents make hundreds of bundles.
 */
async function removeRuntime(path: string): Promise<void> {
  for (const name of await readdir(path)) {
    if (/^(pagefind.*\.(js|css)|wasm\..*\.pagefind)$/.test(name)) await rm(join(path, name));
  }
}

/** Write a language's route table as shards (route.ts); what the vocabulary file says of it. */
async function writeRouteTable(outDir: string, lang: SiteLang, table: RouteTable): Promise<RouteMeta> {
  const { meta, shards } = table.shards();
  await mkdir(join(outDir, 'search', 'route'), { recursive: true });
  for (const [index, shard] of shards.entries())
    await writeFile(join(outDir, routeShardPath(lang, index)), JSON.stringify(shard));
  return meta;
}

/** The text of every unit in Japanese (source or translation), for the vocabulary. */
function japaneseTexts(sources: readonly SearchSource[]): string[] {
  const texts: string[] = [];
  for (const source of sources) {
    texts.push(source.title.ja, source.cityName.ja);
    for (const unit of source.units) {
      const ja = localizeUnit(unit, source.lang, 'ja', source.translations?.ja, false);
      texts.push([ja.caption, ...ja.context, ja.text].join('\n'));
    }
  }
  return texts;
}

/** The records of one document in one site language. */
function createRecords(
  source: SearchSource,
  lang: SiteLang,
  vocab: Vocabulary,
  words: (text: string) => string = (text) => keysOf(text, vocab),
): SearchRecord[] {
  return source.units.map((unit) => createRecord(source, unit, lang, words));
}

function createRecord(
  source: SearchSource,
  unit: SearchUnit,
  lang: SiteLang,
  words: (text: string) => string,
): SearchRecord {
  const shown = localizeUnit(unit, source.lang, lang, source.translations?.[lang]);
  // Only text really written in a language is indexed as that language: Japanese (source or
  // translation) as keys in both indexes, so a term pasted from a Japanese page is found on the
  // English site too; English (source or translation) as plain text in the English index, and
  // an English source's words as keys in the Japanese index (SSL).
  const ja = localizeUnit(unit, source.lang, 'ja', source.translations?.ja, false);
  const en = localizeUnit(unit, source.lang, 'en', source.translations?.en, false);
  const englishWords = lang === 'ja' && source.lang === 'en' ? words([en.caption, en.text].join('\n')) : '';
  const content = [
    lang === 'en' ? [en.caption, en.text, englishLabelWords(unit)].join('\n') : '',
    words([ja.caption, ja.text].join('\n')),
    englishWords,
    unit.citation ? encodeKey(citationKey(unit.citation)) : '',
    unit.citation ? encodeKey(docCitationKey(`${source.city}/${source.doc}`, unit.citation)) : '',
    definitionWords(source, unit, ja.text, words),
  ]
    .filter((part) => part.trim())
    .join('\n');
  const english = (text: string) => (lang === 'en' ? text : '');
  const weight = recordWeight(source, unit);
  return {
    url: `/${lang}/${source.city}/${source.doc}/#${unit.anchor}`,
    language: lang,
    content,
    meta: {
      title: hideText(titleOf(shown, lang)),
      doc: hideText(source.title[lang]),
      city: hideText(source.cityName[lang]),
      label: hideText(shown.label),
      caption: hideText(shown.caption),
      context: hideText(shown.context.join(' › ')),
      text: hideText(shown.text),
      kind: source.kind,
      c: joinWords(english(en.caption), words(ja.caption)),
      t: definedTerms(ja.text)
        .map((term) => words(term))
        .join(' '),
      x: joinWords(english(en.context.join(' ')), words(ja.context.join('\n'))),
      d: joinWords(
        english(`${source.title.en} ${source.cityName.en}`),
        words(`${source.title.ja}\n${source.cityName.ja}`),
      ),
    },
    filters: {
      city: [source.city],
      kind: [source.kind],
      ...(source.topics?.get(unit.anchor)?.length ? { topic: [...source.topics.get(unit.anchor)!] } : {}),
      ...(weight < 1 ? { [WEIGHT_FILTER]: [`w${Math.round(weight * 100)}`] } : {}),
    },
  };
}

/** Captions that name an exception to a rule stated elsewhere: 開示決定等の期限の特例, 適用除外. */
const EXCEPTION_CAPTION = /特例|特則|例外|適用除外|exception|special provisions/iu;

/** The caption of the provision that says when a text takes effect. */
const EFFECTIVE_DATE_CAPTION = /施行期日|effective date/iu;

/**
 * How much a record's score counts (1 = fully), so that among records holding the query's words
 * the one a resident means comes first: the rule before its exception (第26条 before 第27条
 * 開示決定等の期限の特例), a municipality's own rule before the national law it sits under, main
 * provisions before 附則 (transitional and amending provisions), an article before the chapter
 * that holds it (which is found by its title anyway). The 施行期日 of a text's own 附則 (the
 * first; later ones are amending acts') is no transitional provision but the one answer to "when
 * did it take effect", and counts fully.
 */
export function recordWeight(
  source: Pick<SearchSource, 'city' | 'kind'>,
  unit: Pick<SearchUnit, 'type' | 'anchor' | 'caption'>,
): number {
  let weight = 1;
  const supplement = unit.type === 'supplement' || unit.anchor.startsWith('suppl-');
  const ownEffectiveDate =
    /^suppl-1(?:-|$)/u.test(unit.anchor) &&
    unit.caption !== undefined &&
    EFFECTIVE_DATE_CAPTION.test(unit.caption);
  if (supplement && !ownEffectiveDate) weight *= 0.3;
  if (unit.caption && EXCEPTION_CAPTION.test(unit.caption)) weight *= 0.6;
  // a chapter holds the caption words of all its articles, so a question of several words meets
  // it by chance (term of office … members: 第6章 before 第135条 任期等); its title still finds it
  if (unit.type === 'container') weight *= 0.35;
  if (source.city === NATIONAL_CITY) weight *= 0.7;
  return weight;
}

/** One word per term the unit defines (§def:個人情報): 「個人情報とは」 finds the definition first. */
function definitionWords(
  source: SearchSource,
  unit: SearchUnit,
  japanese: string,
  words: (text: string) => string,
): string {
  const terms = new Set([...definedTerms(japanese), ...(source.definitions?.get(unit.anchor) ?? [])]);
  return [...terms]
    .map((term) => {
      const keys = words(term)
        .split(' ')
        .filter(Boolean)
        .map((word) => decodeKey(word) ?? word);
      return keys.length > 0 ? encodeKey(definitionKey(keys.join(''))) : '';
    })
    .filter(Boolean)
    .join(' ');
}

/** Terms a Japanese text defines: 以下「不開示情報」という, 「実施機関」とは, 「個人情報」といいます. */
export function definedTerms(text: string): string[] {
  return [...text.matchAll(/「([^「」]{1,30})」(?:という|とは|といいます|といい)/g)].map(
    (match) => match[1]!,
  );
}

function joinWords(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

/** 第26条（開示決定等の期限） / Article 26 (Due Date of Decisions on Disclosure) / 請求の方法. */
export function titleOf(unit: LocalizedUnit, lang: SiteLang): string {
  if (!unit.caption) return unit.label;
  if (!unit.label) return unit.caption;
  if (unit.container) return `${unit.label} ${unit.caption}`;
  return lang === 'ja' ? `${unit.label}（${unit.caption}）` : `${unit.label} (${unit.caption})`;
}

/** The English label as words a reader types: Article 26, Art 26. */
function englishLabelWords(unit: SearchUnit): string {
  if (unit.type !== 'article' || !unit.num) return '';
  return `Article ${unit.num.replace(/_/g, '-')}`;
}

/** The keys of a text as Pagefind words, space-separated. */
function keysOf(text: string, vocab: Vocabulary): string {
  return tokenize(text, vocab)
    .map((token) => encodeKey(token.key))
    .join(' ');
}

/** What the build wrote. */
interface SearchIndexSummary {
  records: Record<SiteLang, number>;
  vocabulary: { words: number; bytes: number };
  files: number;
}

/**
 * Build the vocabulary and one Pagefind bundle per language from `sources`, and write them under
 * `outDir` (`pagefind/ja/`, `pagefind/en/` and `search/vocab.dat`). The languages are indexed one
 * after the other, each index dropped once written: Pagefind holds a whole index in memory until
 * it writes it, and a thousand documents make 60,000 records per language. A search page loads
 * only the bundle of its language. Throws with Pagefind's errors when it cannot index.
 */
export async function writeSearchIndex(
  sources: readonly SearchSource[],
  outDir: string,
  related: readonly RelatedGroup[] = [],
): Promise<SearchIndexSummary> {
  const vocabularyData = await buildVocabulary(japaneseTexts(sources));
  if (related.length > 0) vocabularyData.related = [...related];
  const vocab = new Vocabulary(vocabularyData);
  // Texts repeat (titles, city names, identical articles of many municipalities): key each once.
  const keyed = new Map<string, string>();
  const words = (text: string) => {
    let keys = keyed.get(text);
    if (keys === undefined) {
      keys = keysOf(text, vocab);
      keyed.set(text, keys);
    }
    return keys;
  };
  const counts: Record<SiteLang, number> = { ja: 0, en: 0 };
  const parts = splitForBundles(sources, recordsPerBundle(), recordsPerPart());
  const weights = new Set<string>();
  const recordsOf = (source: SearchSource, lang: SiteLang) => {
    const records = createRecords(source, lang, vocab, words);
    for (const record of records) for (const value of record.filters.weight ?? []) weights.add(value);
    return records;
  };
  try {
    const routes: Partial<Record<SiteLang, RouteMeta>> = {};
    for (const lang of SEARCH_LANGS) {
      // the first bundle is read by every search: it needs no route
      const table = parts.length > 1 ? new RouteTable(parts.length) : undefined;
      for (const [index, part] of parts.entries()) {
        const path = join(outDir, pagefindBundle(lang, index + 1));
        const route = index > 0 ? table : undefined;
        counts[lang] += await writeBundle(part, lang, path, (source) => {
          const records = recordsOf(source, lang);
          for (const record of records) route?.add(index + 1, record, isDocumentCitation);
          return records;
        });
        if (index > 0) await removeRuntime(path);
      }
      if (table) routes[lang] = await writeRouteTable(outDir, lang, table);
    }
    vocabularyData.weights = [...weights].sort();
    if (parts.length > 1) {
      vocabularyData.bundles = { ja: parts.length, en: parts.length };
      vocabularyData.cityBundles = Object.fromEntries(
        parts.flatMap((part, index) => part.map((source) => [source.city, index + 1] as const)),
      );
      vocabularyData.routes = routes;
    }
    // counted on disk: index.getFiles() would send every file's bytes back over Pagefind's pipe
    const files = await readdir(join(outDir, PAGEFIND_DIR), { recursive: true, withFileTypes: true });
    const compressed = gzipSync(JSON.stringify(vocabularyData), { level: 9 });
    await mkdir(join(outDir, 'search'), { recursive: true });
    await writeFile(join(outDir, VOCABULARY_PATH), compressed);
    return {
      records: counts,
      vocabulary: { words: vocab.words.size + vocab.kana.size, bytes: compressed.length },
      files: files.filter((entry) => entry.isFile()).length,
    };
  } finally {
    await pagefind.close();
  }
}
