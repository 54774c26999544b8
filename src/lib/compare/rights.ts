import type { MessageKey } from '../i18n/index.ts';
import type { ContactInfo } from './contact.ts';
import type { DeadlineRule } from './deadline.ts';
import type { Fact, FactKey } from './facts.ts';
import type { CityLayers, HistoryLayer } from './layers.ts';
import type { Procedure } from './sentences.ts';

/** The clause a guide sentence rests on: an anchor of a document, or the document as a whole. */
interface GuideCite {
  /** the city of the document: the guide's city, or `national` for a national law's rule */
  city: string;
  doc: string;
  /** absent when the sentence can only point at the document (nothing stated, no contact block) */
  anchor?: string;
}

/** A value put into a sentence: text or a number, or another UI string (a procedure's name). */
export type GuideParam = string | number | { message: MessageKey } | { source: string };

/** One sentence of a rights guide, generated from facts. */
export interface GuideSentence {
  message: MessageKey;
  params: Record<string, GuideParam>;
  cites: GuideCite[];
  /** the documents do not say: the sentence says so, and points at the contact to ask */
  unknown: boolean;
  /** the facts it states (for their quotes) */
  facts: Fact[];
}

/** The parts of a guide, in reading order. */
const GUIDE_SECTIONS = ['basis', 'rights', 'who', 'how', 'bring', 'deadline', 'cost', 'appeal'] as const;
type GuideSectionId = (typeof GUIDE_SECTIONS)[number];

/** A deadline the calculator can compute, with the facts it comes from. */
export interface GuideDeadline {
  procedure: Procedure;
  rule: DeadlineRule;
  facts: Fact[];
}

/** A city's guide to requesting disclosure, correction and suspension of use. */
export interface RightsGuide {
  city: string;
  sections: Array<{ id: GuideSectionId; sentences: GuideSentence[] }>;
  deadlines: GuideDeadline[];
  contact?: ContactInfo;
  /** what the city's older texts said, each with its date (facts of texts not in force) */
  history: HistoryLayer[];
}

const PROCEDURES: readonly Procedure[] = ['disclosure', 'correction', 'suspension'];
const procedureName = (procedure: Procedure): GuideParam => ({ message: `rights.procedure.${procedure}` });

/**
 * Build a city's rights guide from its facts (see extractFacts) and contact: every sentence states
 * facts and cites their clauses; what the documents do not state is said to be unknown and points
 * at the contact block (or, without one, at the document). `documents` lists the city's documents,
 * the first being the one to point at when nothing else can be.
 */
export function buildRightsGuide(
  city: string,
  facts: ReadonlyMap<FactKey, Fact>,
  documents: readonly string[],
  contact?: ContactInfo,
  layers?: CityLayers,
): RightsGuide {
  const fallback: GuideCite[] = contact
    ? [{ city, doc: contact.doc, anchor: contact.anchor }]
    : documents.slice(0, 1).map((doc) => ({ city, doc }));
  const stated = (
    message: MessageKey,
    keys: FactKey[],
    params: Record<string, GuideParam> = {},
  ): GuideSentence[] => {
    const found = keys.map((key) => facts.get(key)).filter((fact): fact is Fact => Boolean(fact));
    if (found.length === 0) return [];
    const cites = uniqueCites(
      found.map((fact) => ({ city: fact.source.city, doc: fact.source.doc, anchor: fact.source.anchor })),
    );
    return [{ message, params, cites, unknown: false, facts: found }];
  };
  const unknown = (message: MessageKey, params: Record<string, GuideParam> = {}): GuideSentence => ({
    message,
    params,
    cites: fallback,
    unknown: true,
    facts: [],
  });
  const value = (key: FactKey) => facts.get(key)?.value;

  // what governs: the national law's rules, the city's own ordinance on top, or its absence (法第108条)
  const basis: GuideSentence[] = [];
  if (layers?.governedByNational) {
    const national = [...facts.values()].find((fact) => fact.basis === 'national');
    if (national) {
      basis.push({
        message: 'rights.basis.national',
        params: {},
        cites: [{ city: national.source.city, doc: national.source.doc }],
        unknown: false,
        facts: [],
      });
    }
    if (layers.localOrdinance) {
      basis.push({
        message: 'rights.basis.localOrdinance',
        params: {},
        cites: [{ city, doc: layers.localOrdinance }],
        unknown: false,
        facts: [],
      });
    } else {
      basis.push(
        ...stated('rights.basis.ordinanceNotInCorpus', ['procedure.ordinance_may_set']).map((sentence) => ({
          ...sentence,
          unknown: true,
        })),
      );
    }
  }

  const rights: GuideSentence[] = [];
  for (const procedure of PROCEDURES) {
    const right = stated(`rights.right.${procedure}`, [`${procedure}.right`]);
    rights.push(...right);
    if (procedure !== 'disclosure') {
      const within = value(`${procedure}.request_within_days`);
      if (typeof within === 'number') {
        rights.push(
          ...stated('rights.right.within', [`${procedure}.request_within_days`], {
            procedure: procedureName(procedure),
            days: within,
          }),
        );
      }
    }
  }
  if (rights.length === 0) rights.push(unknown('rights.right.unknown'));

  const who = [
    ...stated('rights.who.anyone', ['request.anyone']),
    ...stated('rights.who.representative', ['request.by_representative']),
  ];
  if (who.length === 0) who.push(unknown('rights.who.unknown'));

  const how = [
    ...stated('rights.how.writing', ['request.in_writing']),
    ...(typeof value('request.where') === 'string'
      ? stated('rights.how.where', ['request.where'], { place: { source: String(value('request.where')) } })
      : []),
    ...stated('rights.how.oral', ['request.oral']),
    ...(typeof value('request.procedure_url') === 'string'
      ? stated('rights.how.url', ['request.procedure_url'], { url: String(value('request.procedure_url')) })
      : []),
  ];
  if (how.length === 0) how.push(unknown('rights.how.unknown'));
  const mail = value('request.by_mail');
  how.push(
    ...(mail === undefined
      ? [unknown('rights.how.mailUnknown')]
      : stated(mail ? 'rights.how.mail' : 'rights.how.noMail', ['request.by_mail'])),
  );

  const bring = stated('rights.bring.id', ['request.id_required']);
  if (bring.length === 0) bring.push(unknown('rights.bring.unknown'));

  const deadline: GuideSentence[] = [];
  const deadlines: GuideDeadline[] = [];
  for (const procedure of PROCEDURES) {
    const days = facts.get(`${procedure}.decision_days`);
    if (!days || typeof days.value !== 'number' || !days.counting || days.counting === 'added') continue;
    deadline.push(
      ...stated(`rights.deadline.${days.counting}`, [`${procedure}.decision_days`], {
        procedure: procedureName(procedure),
        days: days.value,
      }),
    );
    const extension = facts.get(`${procedure}.extension_max_days`);
    const rule: DeadlineRule = { days: days.value, counting: days.counting };
    if (extension && typeof extension.value === 'number' && extension.counting) {
      const message =
        extension.counting === 'added' ? 'rights.deadline.extensionAdded' : 'rights.deadline.extensionTotal';
      deadline.push(...stated(message, [`${procedure}.extension_max_days`], { days: extension.value }));
      rule.extension = { days: extension.value, counting: extension.counting };
    }
    deadlines.push({ procedure, rule, facts: extension ? [days, extension] : [days] });
  }
  deadline.push(...stated('rights.deadline.withoutDelay', ['decision.without_delay']));
  for (const procedure of PROCEDURES) {
    const hasDays = facts.has(`${procedure}.decision_days`);
    if (!hasDays && facts.has(`${procedure}.right`) && !facts.has('decision.without_delay')) {
      deadline.push(unknown('rights.deadline.unknown', { procedure: procedureName(procedure) }));
    }
  }
  if (deadline.length === 0) deadline.push(unknown('rights.deadline.none'));

  const cost: GuideSentence[] = [];
  const fee = value('fee.request_yen');
  if (fee === 0) cost.push(...stated('rights.cost.free', ['fee.request_yen']));
  else if (typeof fee === 'number')
    cost.push(...stated('rights.cost.fee', ['fee.request_yen'], { yen: fee }));
  else if (value('fee.set_by_ordinance') === true)
    cost.push(...stated('rights.cost.feeByOrdinance', ['fee.set_by_ordinance']));
  else cost.push(unknown('rights.cost.feeUnknown'));
  const mono = value('fee.copy_mono_yen');
  const color = value('fee.copy_color_yen');
  if (typeof mono === 'number' && typeof color === 'number') {
    cost.push(...stated('rights.cost.copies', ['fee.copy_mono_yen', 'fee.copy_color_yen'], { mono, color }));
  } else if (typeof mono === 'number') {
    cost.push(...stated('rights.cost.copiesMono', ['fee.copy_mono_yen'], { mono }));
  } else if (value('fee.copy_cost_borne') === true) {
    cost.push(...stated('rights.cost.copiesBorne', ['fee.copy_cost_borne']));
  } else cost.push(unknown('rights.cost.copiesUnknown'));

  const appeal = stated('rights.appeal.review', ['appeal.review_request']);
  const board = value('appeal.review_board');
  if (typeof board === 'string') {
    appeal.push(...stated('rights.appeal.board', ['appeal.review_board'], { board: { source: board } }));
  }
  if (appeal.length === 0) appeal.push(unknown('rights.appeal.unknown'));

  const special = facts.get('disclosure.special_extension');
  if (special?.value === true)
    deadline.push(...stated('rights.deadline.special', ['disclosure.special_extension']));

  const sections = { basis, rights, who, how, bring, deadline, cost, appeal };
  return {
    city,
    sections: GUIDE_SECTIONS.map((id) => ({ id, sentences: sections[id] })),
    deadlines,
    ...(contact ? { contact } : {}),
    history: layers?.history ?? [],
  };
}

function uniqueCites(cites: GuideCite[]): GuideCite[] {
  const seen = new Set<string>();
  return cites.filter((cite) => {
    const key = `${cite.city}/${cite.doc}#${cite.anchor ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
