import { textDate } from '../ingest/metadata.ts';
import { type DocumentInput, type ParsedDocument, toParsedDocument } from './documents.ts';
import { FACT_RULES, type FactDraft, type SentenceContext } from './fact-rules.ts';
import { splitSentences, stripParentheticals } from './sentences.ts';
import { listTextNodes } from './units.ts';

/**
 * The facts the compare pages, the rights guides and /api/facts.json show, each read by a rule
 * from the text (see docs/facts.md). A key a document does not state is absent, never guessed.
 */
export const FACT_KEYS = [
  'disclosure.right',
  'disclosure.decision_days',
  'disclosure.extension_max_days',
  'disclosure.special_extension',
  'correction.right',
  'correction.request_within_days',
  'correction.decision_days',
  'correction.extension_max_days',
  'suspension.right',
  'suspension.request_within_days',
  'suspension.decision_days',
  'suspension.extension_max_days',
  'decision.without_delay',
  'request.anyone',
  'request.by_representative',
  'request.in_writing',
  'request.oral',
  'request.where',
  'request.procedure_url',
  'request.id_required',
  'request.by_mail',
  'fee.request_yen',
  'fee.set_by_ordinance',
  'fee.copy_cost_borne',
  'fee.copy_mono_yen',
  'fee.copy_color_yen',
  'appeal.review_request',
  'appeal.review_board',
  'council.name',
  'council.max_members',
  'agencies',
  'procedure.ordinance_may_set',
  'penalty.max_prison_years',
  'penalty.max_fine_yen',
  'penalty.max_administrative_fine_yen',
] as const;

/** A documented fact key. */
export type FactKey = (typeof FACT_KEYS)[number];

/** What a fact's value measures. */
export type FactUnit =
  | 'days'
  | 'yen'
  | 'yen-per-sheet'
  | 'years'
  | 'people'
  | 'boolean'
  | 'text'
  | 'url'
  | 'list';

/**
 * How a day count is counted, as the text words it:
 * - `request-day`: the day of the request is day 1 (請求があった日から起算して14日以内);
 * - `next-day`: the day after is day 1 (提出した日の翌日から起算して14日以内);
 * - `next-day-civil-code`: the text says only 日から (提出した日から30日以内), and by the Civil Code
 *   (民法第140条) the first day is not counted, so the day after is day 1;
 * - `added`: days added to the first period (同項に規定する期間を30日以内に限り延長).
 */
export type Counting = 'request-day' | 'next-day' | 'next-day-civil-code' | 'added';

/** One fact, with the clause it comes from. */
export interface Fact {
  city: string;
  doc: string;
  key: FactKey;
  value: number | boolean | string | string[];
  unit: FactUnit;
  /** anchor of the paragraph, item or block that states it */
  anchor: string;
  /** the text of that clause, as the document has it */
  quote: string;
  /** for day counts: how the days are counted */
  counting?: Counting;
  /** `local`: a municipality's own text; `national`: a national law (the APPI) */
  basis: FactBasis;
  /** the document and unit it was read from (`national`/`appi` for a national default) */
  source: FactSource;
  /** whether the text it was read from applies now (its metadata's status is `in-force`) */
  current: boolean;
  /** the date that text is as of, when known */
  asOf?: string;
}

/** Whose rule a fact is. */
type FactBasis = 'local' | 'national';

/** The document and unit a fact was read from. */
interface FactSource {
  city: string;
  doc: string;
  anchor: string;
}

/** Keys whose value is the largest stated anywhere in the document (penalties), not the first. */
const MAXIMUM_KEYS: ReadonlySet<FactKey> = new Set([
  'penalty.max_prison_years',
  'penalty.max_fine_yen',
  'penalty.max_administrative_fine_yen',
]);

/**
 * Extract the facts of documents (loaded sources or parsed documents), in document order and then
 * in the order of FACT_KEYS. Each key is read once per document: from the first clause that states
 * it, or for maximum penalties from the clause with the largest value.
 */
export function extractFacts(documents: readonly DocumentInput[]): Fact[] {
  return documents.flatMap((input) => extractDocumentFacts(toParsedDocument(input)));
}

/** The facts of one document (see extractFacts). */
function extractDocumentFacts(document: ParsedDocument): Fact[] {
  const found = new Map<FactKey, Fact>();
  const weak = new Set<FactKey>();
  const scope = factScope(document);
  let previous: string | undefined;
  for (const { node, text, ancestors } of listTextNodes(document.tree)) {
    if (scope && ![...ancestors, node].some((unit) => unit.id && scope.has(unit.id))) continue;
    const captions = [...ancestors, node]
      .reverse()
      .map((parent) => parent.caption ?? parent.title)
      .filter((caption): caption is string => Boolean(caption));
    for (const sentence of splitSentences(text)) {
      const plain = stripParentheticals(sentence);
      const context: SentenceContext = { sentence, plain, text, captions, ...(previous ? { previous } : {}) };
      for (const rule of FACT_RULES) {
        for (const draft of rule(context)) record(found, weak, document, draft, node.id!, text);
      }
    }
    previous = text;
  }
  const order = (key: FactKey) => FACT_KEYS.indexOf(key);
  return [...found.values()].sort((a, b) => order(a.key) - order(b.key));
}

/**
 * Keep a fact unless one is already known: the first statement wins, except that a direct
 * statement replaces a weak one, and a larger maximum replaces a smaller.
 */
function record(
  found: Map<FactKey, Fact>,
  weak: Set<FactKey>,
  document: ParsedDocument,
  { weak: isWeak, ...draft }: FactDraft,
  anchor: string,
  quote: string,
): void {
  const previous = found.get(draft.key);
  if (previous) {
    const larger =
      typeof draft.value === 'number' && typeof previous.value === 'number' && draft.value > previous.value;
    const stronger = weak.has(draft.key) && !isWeak;
    if (!stronger && !(MAXIMUM_KEYS.has(draft.key) && larger)) return;
  }
  if (isWeak) weak.add(draft.key);
  else weak.delete(draft.key);
  const { meta } = document;
  const asOf = meta ? textDate(meta) : undefined;
  found.set(draft.key, {
    city: document.city,
    doc: document.doc,
    ...draft,
    anchor,
    quote,
    basis: meta?.kind === 'law' ? 'national' : 'local',
    source: { city: document.city, doc: document.doc, anchor },
    current: meta?.status === 'in-force',
    ...(asOf ? { asOf } : {}),
  });
}

/**
 * `overrides.facts.scope` in a document's metadata: the parts (anchors) facts are read from. A
 * national law states rules for many addressees; the APPI's rules residents use with their
 * municipality are its 第5章第4節 (ch-5-sec-4), while 第4章 binds businesses.
 */
function factScope(document: ParsedDocument): Set<string> | undefined {
  const facts = document.meta?.overrides?.['facts'];
  if (!facts || typeof facts !== 'object' || !('scope' in facts)) return undefined;
  const scope = (facts as { scope: unknown }).scope;
  return Array.isArray(scope) ? new Set(scope.map(String)) : undefined;
}

/** The facts of a city (or one of its documents) by key; where two documents state a key, the first fact given wins. */
export function factsByKey(facts: readonly Fact[], city: string, doc?: string): Map<FactKey, Fact> {
  const byKey = new Map<FactKey, Fact>();
  for (const fact of facts) {
    if (fact.city !== city || (doc !== undefined && fact.doc !== doc) || byKey.has(fact.key)) continue;
    byKey.set(fact.key, fact);
  }
  return byKey;
}
