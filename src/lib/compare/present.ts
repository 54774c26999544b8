import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { type Lang, MESSAGES, type MessageKey, t } from '../i18n/index.ts';
import type { CityKind } from '../ingest/metadata.ts';
import type { Parent } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { agencyLabel } from './agencies.ts';
import { articleNumber, type Citation } from './citation.ts';
import type { Fact, FactKey } from './facts.ts';
import { qualifiersOf } from './qualifiers.ts';
import type { GuideParam } from './rights.ts';

/** A piece of text to show: UI text, or text from a source in its own language, or a link. */
export interface Piece {
  text: string;
  /** language of text quoted from a source, when it may differ from the page's */
  lang?: string;
  href?: string;
}

/** English renderings of Japanese names by their Japanese (the glossary's `ja` → `en`). */
type NameRenderings = ReadonlyMap<string, string>;

/**
 * A name quoted from a source (a review board, the office that takes requests) on a page in
 * `lang`: as printed when the page is in the source's language; else its rendering where the
 * glossary has one, followed by the name as printed (what a resident shows at the counter); else
 * as printed, marked with its language.
 */
export function sourceNamePieces(
  lang: Lang,
  name: string,
  sourceLang: string,
  renderings: NameRenderings = new Map(),
): Piece[] {
  const rendering = lang === sourceLang ? undefined : renderings.get(name.trim());
  if (!rendering) return [{ text: name, lang: sourceLang }];
  return [{ text: rendering }, { text: ' (' }, { text: name, lang: sourceLang }, { text: ')' }];
}

/** The URL of a document page, or of an anchor in it. */
export function documentHref(lang: Lang, city: string, doc: string, anchor?: string): string {
  return `/${lang}/${city}/${doc}/${anchor ? `#${anchor}` : ''}`;
}

/**
 * The compare page of a topic. The definitions topic has its own page, which compares each
 * defined term across documents.
 */
export function topicHref(lang: Lang, topic: string): string {
  return `/${lang}/compare/${topic}/`;
}

/** A citation in the page's language: 第26条第1項 / Art. 26(1), 「請求に対する決定」 … */
export function formatCitation(lang: Lang, citation: Citation): string {
  switch (citation.kind) {
    case 'article': {
      const { article, branch } = articleNumber(citation.article, lang);
      if (citation.paragraph && citation.item) {
        return t(lang, 'cite.item', { article, branch, paragraph: citation.paragraph, item: citation.item });
      }
      if (citation.item) return t(lang, 'cite.articleItem', { article, branch, item: citation.item });
      if (citation.paragraph)
        return t(lang, 'cite.paragraph', { article, branch, paragraph: citation.paragraph });
      return t(lang, 'cite.article', { article, branch });
    }
    case 'section':
      return t(lang, 'cite.section', { title: citation.title });
    default:
      return t(lang, `cite.${citation.kind}`);
  }
}

/** Nodes whose printed marker (２, (1), ア) says where a sentence stands in its article. */
const NUMBERED = new Set(['paragraph', 'item', 'subitem']);

/**
 * The text of a topic unit as its card shows it: one line per paragraph, item and block, each
 * with its marker as printed (２ …, (1) …, ア …), so the card keeps 第26条第2項 and its items
 * apart; a page heading's sub-headings are left to their own units.
 */
export function numberedText(node: Parent): string {
  const lines: string[] = [];
  visit(node, (current) => {
    if (isLeaf(current)) return CONTINUE;
    if (current !== node && current.type === 'heading') return SKIP;
    const text = current.type !== 'heading' ? current.text?.trim() : undefined;
    if (text) {
      const marker = NUMBERED.has(current.type) && current.label ? `${current.label} ` : '';
      lines.push(text.startsWith(current.label ?? '\u0000') ? text : `${marker}${text}`);
    }
    return CONTINUE;
  });
  return lines.join('\n');
}

/** A number as the page's language writes it: 1,000,000. */
export function formatNumber(lang: Lang, value: number): string {
  return value.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
}

/** A date (yyyy-mm-dd) as the page's language writes it: 2025年4月14日, 14 April 2025. */
export function formatDate(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** A fact's value in the page's language: 14日 / 14 days; はい / Yes; agency names; a link for URLs. */
export function formatFactValue(
  lang: Lang,
  fact: Fact,
  sourceLang: string,
  renderings?: NameRenderings,
): Piece[] {
  const { value } = fact;
  if (typeof value === 'boolean') return [{ text: t(lang, value ? 'facts.yes' : 'facts.no') }];
  if (Array.isArray(value)) {
    const names = value.map((name) => agencyLabel(name)[lang]);
    return [{ text: names.join(lang === 'ja' ? '、' : ', '), ...(lang === 'ja' ? {} : { lang: 'en' }) }];
  }
  if (typeof value === 'string') {
    if (fact.unit === 'url') return [{ text: value, href: value }];
    return sourceNamePieces(lang, value, sourceLang, renderings);
  }
  const n = formatNumber(lang, value);
  switch (fact.unit) {
    case 'days':
      return [{ text: t(lang, 'facts.unit.days', { n }) }];
    case 'yen':
      return [{ text: t(lang, 'facts.unit.yen', { n }) }];
    case 'yen-per-sheet':
      return [{ text: t(lang, 'facts.unit.yenPerSheet', { n }) }];
    case 'years':
      return [{ text: t(lang, 'facts.unit.years', { n }) }];
    case 'people':
      return [{ text: t(lang, 'facts.unit.people', { n }) }];
    default:
      return [{ text: n }];
  }
}

/** How a day count is counted, in words (facts with `counting`). */
export function formatCounting(lang: Lang, fact: Fact): string | undefined {
  return fact.counting ? t(lang, `facts.counting.${fact.counting}`) : undefined;
}

/**
 * The qualifiers the clauses of these facts put on their rule, in words: "(in principle)",
 * "（原則として）"; undefined when the clauses state none.
 */
export function formatQualifiers(lang: Lang, facts: readonly Fact[]): string | undefined {
  const qualifiers = qualifiersOf(facts);
  if (qualifiers.length === 0) return undefined;
  const list = qualifiers.map((qualifier) => t(lang, `facts.qualifier.${qualifier}`));
  return t(lang, 'facts.qualifiers', { list: list.join(lang === 'ja' ? '、' : '; ') });
}

/**
 * How pages name a local government generically, by its kind: 市 / "the city", 都 / "the
 * Metropolitan Government" (Tokyo is a 都, not a 市). `Authority` opens a sentence.
 */
export function authorityParams(
  lang: Lang,
  kind: CityKind = 'city',
): { authority: string; Authority: string } {
  const authority = t(lang, `authority.${kind}`);
  return { authority, Authority: authority.charAt(0).toUpperCase() + authority.slice(1) };
}

/** The label of a fact key. */
export function factLabel(lang: Lang, key: FactKey): string {
  return t(lang, `fact.${key}`);
}

/** The groups of the facts table. */
type FactGroupId =
  | 'rights'
  | 'deadlines'
  | 'request'
  | 'fees'
  | 'appeal'
  | 'council'
  | 'agencies'
  | 'penalties';

/** Groups of fact keys, in the order of the facts table. */
export const FACT_GROUPS: ReadonlyArray<{ id: FactGroupId; keys: readonly FactKey[] }> = [
  {
    id: 'rights',
    keys: [
      'disclosure.right',
      'correction.right',
      'correction.request_within_days',
      'suspension.right',
      'suspension.request_within_days',
    ],
  },
  {
    id: 'deadlines',
    keys: [
      'disclosure.decision_days',
      'disclosure.extension_max_days',
      'disclosure.special_extension',
      'correction.decision_days',
      'correction.extension_max_days',
      'suspension.decision_days',
      'suspension.extension_max_days',
      'decision.without_delay',
    ],
  },
  {
    id: 'request',
    keys: [
      'request.anyone',
      'request.by_representative',
      'request.in_writing',
      'request.oral',
      'request.where',
      'request.procedure_url',
      'request.id_required',
      'request.by_mail',
      'procedure.ordinance_may_set',
    ],
  },
  {
    id: 'fees',
    keys: [
      'fee.request_yen',
      'fee.set_by_ordinance',
      'fee.copy_cost_borne',
      'fee.copy_mono_yen',
      'fee.copy_color_yen',
    ],
  },
  { id: 'appeal', keys: ['appeal.review_request', 'appeal.review_board'] },
  { id: 'council', keys: ['council.name', 'council.max_members'] },
  { id: 'agencies', keys: ['agencies'] },
  {
    id: 'penalties',
    keys: ['penalty.max_prison_years', 'penalty.max_fine_yen', 'penalty.max_administrative_fine_yen'],
  },
];

/**
 * A UI string with its placeholders filled, as pieces: names quoted from a source are given in the
 * page's language where the glossary renders them, else keep their language (a Japanese board name
 * in an English sentence); UI strings named by a param are looked up, numbers are formatted.
 */
export function fillMessage(
  lang: Lang,
  key: MessageKey,
  params: Record<string, GuideParam>,
  sourceLang: string,
  renderings?: NameRenderings,
): Piece[] {
  const template = MESSAGES[lang][key];
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) pieces.push({ text: template.slice(last, match.index) });
    const param = params[match[1]!];
    if (param === undefined) pieces.push({ text: match[0] });
    else if (typeof param === 'number') pieces.push({ text: formatNumber(lang, param) });
    else if (typeof param === 'string')
      pieces.push(/^https?:\/\//.test(param) ? { text: param, href: param } : { text: param });
    else if ('message' in param) pieces.push({ text: t(lang, param.message) });
    else pieces.push(...sourceNamePieces(lang, param.source, sourceLang, renderings));
    last = match.index + match[0].length;
  }
  if (last < template.length) pieces.push({ text: template.slice(last) });
  return pieces;
}
