import { KANJI_NUMERAL_CLASS } from '../text/numerals.ts';
import { readAgencyList } from './agencies.ts';
import type { Counting, FactKey, FactUnit } from './facts.ts';
import { type Procedure, procedureOf, proceduresIn, toNumber, toYen } from './sentences.ts';

/** A sentence to read, with what surrounds it. */
export interface SentenceContext {
  sentence: string;
  /** the sentence without its parentheticals: 法定代理人(…をいう。以下同じ。)は → 法定代理人は */
  plain: string;
  /** the whole text of its clause */
  text: string;
  /** captions and titles of the clause and of what encloses it, nearest first */
  captions: readonly string[];
  /** the text of the clause before this one, if any */
  previous?: string;
}

/** A fact as a rule reads it, before the clause it comes from is attached. */
export interface FactDraft {
  key: FactKey;
  value: number | boolean | string | string[];
  unit: FactUnit;
  counting?: Counting;
  /** a weaker statement (the purpose article naming a right): a later direct statement replaces it */
  weak?: boolean;
}

/** Reads some facts from one sentence; returns none when the sentence does not state them. */
type FactRule = (context: SentenceContext) => FactDraft[];

/** A count as printed: Arabic or full-width digits, or kanji numerals (三十, 一三〇). */
const DIGITS = `(?:[0-9０-９]+|[${KANJI_NUMERAL_CLASS}]+)`;
/** An amount as printed: 1,000 or 二万一千 or 零 (a fee of nothing). */
const AMOUNT = `(?:[0-9０-９][0-9０-９,，]*|[${KANJI_NUMERAL_CLASS}万]+)`;

/** 請求があった日から起算して14日以内 / 翌日から起算して14日以内 / 提出した日から30日以内. */
const DAY_LIMIT = new RegExp(`(翌日から起算して|日から起算して|日から)(${DIGITS})日以内`, 'u');

function countingOf(start: string): Counting {
  if (start.startsWith('翌日')) return 'next-day';
  return start.includes('起算') ? 'request-day' : 'next-day-civil-code';
}

/** The decision deadline of a request: a day limit in a sentence about a decision (決定), not an extension. */
const decisionDays: FactRule = ({ plain: sentence, captions }) => {
  if (
    !/決定/u.test(sentence) ||
    /延長|限度/u.test(sentence) ||
    captions.some((caption) => caption.includes('特例'))
  ) {
    return [];
  }
  const match = DAY_LIMIT.exec(sentence);
  const procedure = procedureOf(sentence, captions);
  if (!match || !procedure) return [];
  return [
    {
      key: `${procedure}.decision_days`,
      value: toNumber(match[2]!),
      unit: 'days',
      counting: countingOf(match[1]!),
    },
  ];
};

/** How far a deadline may be extended: 起算して60日を限度として延長 (total) or 30日以内に限り延長 (added). */
const extensionDays: FactRule = ({ plain: sentence, captions }) => {
  if (!/延長/u.test(sentence)) return [];
  const procedure = procedureOf(sentence, captions);
  if (!procedure) return [];
  const total = new RegExp(`(日から起算して|翌日から起算して)(${DIGITS})日を限度`, 'u').exec(sentence);
  if (total) {
    return [
      {
        key: `${procedure}.extension_max_days`,
        value: toNumber(total[2]!),
        unit: 'days',
        counting: countingOf(total[1]!),
      },
    ];
  }
  const added = new RegExp(`(${DIGITS})日(?:以内に限り|を限度として|以内で)延長`, 'u').exec(sentence);
  if (!added) return [];
  return [
    { key: `${procedure}.extension_max_days`, value: toNumber(added[1]!), unit: 'days', counting: 'added' },
  ];
};

/** 訂正請求は、保有個人情報の開示を受けた日から90日以内にしなければならない. */
const requestWithin: FactRule = ({ plain: sentence }) => {
  const match = new RegExp(
    `^(訂正|利用停止)請求は、[^。]*?(日から起算して|日から)(${DIGITS})日以内にしなければならない`,
    'u',
  ).exec(sentence);
  if (!match) return [];
  const procedure: Procedure = match[1] === '訂正' ? 'correction' : 'suspension';
  return [
    {
      key: `${procedure}.request_within_days`,
      value: toNumber(match[3]!),
      unit: 'days',
      counting: countingOf(match[2]!),
    },
  ];
};

/**
 * The right to ask: …の開示を請求することができる / 訂正を請求することができます; more weakly, the
 * purpose of an ordinance naming it (開示、訂正及び利用停止を求める権利を明らかにする).
 */
const rights: FactRule = ({ plain, captions }) => {
  const direct = /請求(?:をする|する)?ことができ|請求でき/u.test(plain);
  if (!direct && !/求める(?:個人の)?権利/u.test(plain)) return [];
  return proceduresIn(plain, captions).map((procedure) => ({
    key: `${procedure}.right` as const,
    value: true,
    unit: 'boolean' as const,
    ...(direct ? {} : { weak: true }),
  }));
};

/** 遅滞なく…開示…に応じます: a response without delay, with no day count. */
const withoutDelay: FactRule = ({ plain }) =>
  /遅滞なく[^。]*?(?:開示|応じ)/u.test(plain)
    ? [{ key: 'decision.without_delay', value: true, unit: 'boolean' }]
    : [];

/** 何人も…開示を請求することができる / 本人であれば、だれでも請求することができます. */
const anyone: FactRule = ({ plain }) =>
  /何人も[^。]*?請求することができ|だれでも請求|誰でも請求/u.test(plain)
    ? [{ key: 'request.anyone', value: true, unit: 'boolean' }]
    : [];

/** 法定代理人は、本人に代わって…請求をすることができる / ご本人またはその代理人から…請求をすることができます. */
const representative: FactRule = ({ plain }) =>
  /代理人[^。]*?(?:代わって|から)[^。]*?請求[^。]*?でき/u.test(plain)
    ? [{ key: 'request.by_representative', value: true, unit: 'boolean' }]
    : [];

/** 書面を実施機関に提出して / 所定の請求書に必要事項を記入の上、提出. */
const inWriting: FactRule = ({ plain }) =>
  /請求/u.test(plain) && /(?:書面|請求書)[^。]*?提出して|請求書に[^。]*?記入[^。]*?提出/u.test(plain)
    ? [{ key: 'request.in_writing', value: true, unit: 'boolean' }]
    : [];

/** 口頭により開示請求をすることができる. */
const oral: FactRule = ({ plain }) =>
  /口頭により[^。]*?請求をすることができ/u.test(plain)
    ? [{ key: 'request.oral', value: true, unit: 'boolean' }]
    : [];

/** 市役所第1庁舎2階の情報公開コーナーでご相談いただき…: where requests are made. */
const where: FactRule = ({ sentence }) => {
  if (!/請求/u.test(sentence)) return [];
  const match = /([^、。「」()（）]{2,40}?(?:コーナー|窓口))(?:で|にて|へ|に)/u.exec(sentence);
  return match ? [{ key: 'request.where', value: match[1]!.trim(), unit: 'text' }] : [];
};

/** A link on its own, right after 請求の手続きについては、以下のリンクをご確認ください. */
const procedureUrl: FactRule = ({ sentence, text, previous }) => {
  const url = /^https?:\/\/\S+$/u.exec(text.trim());
  if (!url || sentence.trim() !== text.trim() || !previous || !/請求の手続|手続き?について/u.test(previous))
    return [];
  return [{ key: 'request.procedure_url', value: url[0], unit: 'url' }];
};

/**
 * Proof of identity: 本人であることを示す書類を提示し / 運転免許証や旅券などにより、本人であることを確認.
 * A city that only says it confirms who is asking (…からの請求であることを当市が確認できた後)
 * does not say a document is needed, so that is not this fact.
 */
const identity: FactRule = ({ plain }) =>
  /本人であること[^。]*?(?:示す書類|証明する書類)|(?:運転免許証|旅券|マイナンバーカード|個人番号カード|身分証明書)[^。]*?本人であることを[^。]*?確認/u.test(
    plain,
  )
    ? [{ key: 'request.id_required', value: true, unit: 'boolean' }]
    : [];

/** なお、郵送による受付はできません / 郵送でも請求できます. */
const byMail: FactRule = ({ plain: sentence }) => {
  if (/郵送[^。]*?(?:できません|できない|受け付けません|受付けません|不可)/u.test(sentence)) {
    return [{ key: 'request.by_mail', value: false, unit: 'boolean' }];
  }
  if (/郵送(?:による|で|でも)[^。]*?(?:請求|受付)[^。]*?でき(?:ます|る)/u.test(sentence)) {
    return [{ key: 'request.by_mail', value: true, unit: 'boolean' }];
  }
  return [];
};

/**
 * 手数料は、無料です / 手数料は1件につき300円 / 納付しなければならない手数料の額は、零円とする. A fee
 * for anonymised information (匿名加工情報) is not the fee of a request about oneself.
 */
const requestFee: FactRule = ({ sentence, captions }) => {
  if ([sentence, ...captions].some((text) => /匿名加工/u.test(text))) return [];
  if (/手数料は、?無料/u.test(sentence)) return [{ key: 'fee.request_yen', value: 0, unit: 'yen' }];
  const match = new RegExp(`手数料(?:の額)?(?:は|として)[^。]*?(${AMOUNT})(万)?円`, 'u').exec(sentence);
  return match ? [{ key: 'fee.request_yen', value: toYen(match[1]!, match[2]), unit: 'yen' }] : [];
};

/** 条例で定めるところにより…条例で定める額の手数料を納めなければならない: the fee is the ordinance's to set. */
const feeByOrdinance: FactRule = ({ plain }) =>
  /条例で定める額の手数料/u.test(plain)
    ? [{ key: 'fee.set_by_ordinance', value: true, unit: 'boolean' }]
    : [];

/**
 * 開示請求に係る保有個人情報が著しく大量であるため…相当の期間内に開示決定等をすれば足りる: for a very
 * large request, part is decided in time and the rest within a reasonable period (the special extension).
 */
const specialExtension: FactRule = ({ plain, captions }) => {
  if (!/著しく大量/u.test(plain) || !/相当の期間内/u.test(plain)) return [];
  return procedureOf(plain, captions) === 'disclosure'
    ? [{ key: 'disclosure.special_extension', value: true, unit: 'boolean' }]
    : [];
};

/** この節の規定は、地方公共団体が…条例で必要な規定を定めることを妨げるものではない. */
const ordinanceMaySet: FactRule = ({ plain }) =>
  /地方公共団体が[^。]*?手続[^。]*?条例で必要な規定を定めることを妨げ/u.test(plain)
    ? [{ key: 'procedure.ordinance_may_set', value: true, unit: 'boolean' }]
    : [];

/** 写しの交付に要する費用を負担 / 写しの交付…実費が必要: copies are paid for. */
const copyCost: FactRule = ({ plain }) =>
  /写し[^。]*?(?:費用|実費)[^。]*?(?:負担|必要)/u.test(plain)
    ? [{ key: 'fee.copy_cost_borne', value: true, unit: 'boolean' }]
    : [];

/** 写し1枚につき単色刷り10円、カラー50円. */
const copyPrices: FactRule = ({ sentence }) => {
  const unit: FactUnit = /1枚につき|１枚につき|1枚当たり|per (?:page|sheet)/u.test(sentence)
    ? 'yen-per-sheet'
    : 'yen';
  const drafts: FactDraft[] = [];
  const mono = new RegExp(`(?:単色|白黒|モノクロ)(?:刷り)?(?:[^0-9０-９、。]{0,4})(${AMOUNT})円`, 'u').exec(
    sentence,
  );
  if (mono) drafts.push({ key: 'fee.copy_mono_yen', value: toNumber(mono[1]!), unit });
  const color = new RegExp(`(?:カラー|多色)(?:刷り)?(?:[^0-9０-９、。]{0,4})(${AMOUNT})円`, 'u').exec(
    sentence,
  );
  if (color) drafts.push({ key: 'fee.copy_color_yen', value: toNumber(color[1]!), unit });
  return drafts;
};

/** 行政不服審査法による審査請求, and the board consulted: …に規定する日向市情報公開・個人情報保護審査会に諮問. */
const appeal: FactRule = ({ sentence, plain }) => {
  const drafts: FactDraft[] = [];
  if (/行政不服審査法[^。]*?審査請求/u.test(plain)) {
    drafts.push({ key: 'appeal.review_request', value: true, unit: 'boolean' });
  }
  // the literal tested first: the pattern alone tries 40 lengths at every character of every sentence
  const board = sentence.includes('審査会に諮問')
    ? /(?:に規定する|の)?([^、。()（）「」]{2,40}?審査会)に諮問/u.exec(sentence)
    : null;
  if (board)
    drafts.push({ key: 'appeal.review_board', value: board[1]!.replace(/^.*に規定する/u, ''), unit: 'text' });
  return drafts;
};

/** 日向市個人情報保護審議会(以下「審議会」という。)を置く / 委員8人以内で組織する. */
const council: FactRule = ({ sentence }) => {
  const drafts: FactDraft[] = [];
  // both literals tested first, as for the review board above
  const name =
    sentence.includes('審議会') && sentence.includes('を置く')
      ? /([^、。()（）「」]{2,40}審議会)(?:[(（]以下「審議会」という。[)）])?を置く/u.exec(sentence)
      : null;
  if (name) drafts.push({ key: 'council.name', value: name[1]!, unit: 'text' });
  const members = new RegExp(`審議会は、委員(${DIGITS})人以内で組織`, 'u').exec(sentence);
  if (members) drafts.push({ key: 'council.max_members', value: toNumber(members[1]!), unit: 'people' });
  return drafts;
};

/** The implementing agencies: a list of at least three known city bodies in a sentence about 実施機関 or 市の機関. */
const agencies: FactRule = ({ sentence, text }) => {
  if (!/実施機関|実施する市の機関/u.test(text)) return [];
  const list = readAgencyList(sentence);
  return list ? [{ key: 'agencies', value: list, unit: 'list' }] : [];
};

/** 2年以下の懲役又は100万円以下の罰金 / 5万円以下の過料: the largest of each in the document. */
const penalties: FactRule = ({ sentence }) => {
  const drafts: FactDraft[] = [];
  for (const match of sentence.matchAll(new RegExp(`(${DIGITS})年以下の(?:懲役|禁錮|禁固|拘禁刑)`, 'gu'))) {
    drafts.push({ key: 'penalty.max_prison_years', value: toNumber(match[1]!), unit: 'years' });
  }
  for (const match of sentence.matchAll(new RegExp(`(${AMOUNT})(万)?円以下の罰金`, 'gu'))) {
    drafts.push({ key: 'penalty.max_fine_yen', value: toYen(match[1]!, match[2]), unit: 'yen' });
  }
  for (const match of sentence.matchAll(new RegExp(`(${AMOUNT})(万)?円以下の過料`, 'gu'))) {
    drafts.push({
      key: 'penalty.max_administrative_fine_yen',
      value: toYen(match[1]!, match[2]),
      unit: 'yen',
    });
  }
  return drafts;
};

/** Every rule, tried on every sentence in document order. */
export const FACT_RULES: readonly FactRule[] = [
  rights,
  decisionDays,
  extensionDays,
  requestWithin,
  withoutDelay,
  anyone,
  representative,
  inWriting,
  oral,
  where,
  procedureUrl,
  identity,
  byMail,
  requestFee,
  feeByOrdinance,
  specialExtension,
  ordinanceMaySet,
  copyCost,
  copyPrices,
  appeal,
  council,
  agencies,
  penalties,
];
