import { LAW_NUMBER_PATTERN, type LawKind, type LawNumber, parseLawNumber } from '../text/law-number.ts';
import { COUNTERS } from '../tree/levels.ts';

/** A law or ordinance the text cites, or the document itself (`self`). */
export interface LawInfo {
  title: string | null;
  lawNum: string | null;
  lawId: string | null;
  kind: LawKind | 'self' | 'unknown';
}

/** A law named with its number in parentheses: 地方自治法(昭和22年法律第67号). Offsets are normalised. */
export interface LawMention {
  /** where the law's name starts (the parenthesis, when no name could be read) */
  nameStart: number;
  parenStart: number;
  /** just after the law number inside the parentheses */
  numberEnd: number;
  /** just after the closing parenthesis */
  parenEnd: number;
  law: LawInfo;
  /** 以下「番号法」という inside the parentheses: the abbreviation, offsets of the term */
  alias?: { term: string; start: number; end: number };
}

const PAREN = new RegExp(
  `\\((${LAW_NUMBER_PATTERN})(?:抄)?(?:[。、]以下、?(?:[^「」()。]*?において)?「([^「」()]{1,30})」と(?:いう|いいます|称する)。?)?\\)`,
  'g',
);

/** Finds every law named with its number in a normalised text. */
export function findLawMentions(s: string): LawMention[] {
  const out: LawMention[] = [];
  for (const m of s.matchAll(PAREN)) {
    const number = parseLawNumber(m[1]!);
    if (!number) continue;
    const parenStart = m.index;
    const nameStart = lawNameStart(s, parenStart);
    const name = s.slice(nameStart, parenStart);
    // 法律, 条例 alone are not titles (…の一部を改正する法律 whose name could not be read)
    const title = name.length > 2 ? name : null;
    const mention: LawMention = {
      nameStart,
      parenStart,
      numberEnd: parenStart + 1 + m[1]!.length,
      parenEnd: parenStart + m[0].length,
      law: { title, lawNum: number.lawNum, lawId: number.lawId, kind: number.kind },
    };
    if (m[2]) {
      const start = s.indexOf(`「${m[2]}」`, parenStart) + 1;
      mention.alias = { term: m[2], start, end: start + m[2].length };
    }
    out.push(mention);
  }
  return out;
}

/**
 * Connecting words that occur inside law titles (…の保護に関する法律, …を識別するための番号の
 * 利用等に関する法律). Reading backwards from the parenthesis, the name goes on over letters and
 * these; any other word (について, に属する, は) ends it. Longest first.
 */
const NAME_CONNECTORS = [
  'の一部を改正する',
  'を識別するための',
  'を改正する',
  'の保有する',
  'に関する',
  'における',
  'のための',
  'に対する',
  'に基づく',
  'ための',
  'による',
  'に係る',
  '並びに',
  '及び',
  'の',
  '・',
];
const NAME_CHAR = /[\u4e00-\u9fff々\u30a0-\u30ffA-Za-z]/;
const NAME_START = /[\u4e00-\u9fff々\u30a0-\u30ffA-Za-z]/;
/** Okurigana a noun in a title holds (取締り, 取扱い, 貸付け, 申立て): read as part of the name. */
const NAME_OKURIGANA = /[いきしちみりえけれて]/;
const KANJI_CHAR = /[\u4e00-\u9fff々]/;

/** Words after which a law's name starts afresh: another law's 中, a version's 改正後の. */
const WITHIN_ANOTHER = /(?:法律|法|政令|省令|府令|規則|条例|命令)中|改正[後前]の/g;

/** Where the law name ending at `end` starts; `end` when there is none. */
export function lawNameStart(s: string, end: number): number {
  let p = end;
  const limit = Math.max(0, end - 80);
  outer: while (p > limit) {
    // a provision number (第3条第2項の機関並びに…) is not part of a name
    if (COUNTERS.includes(s[p - 1]!) && /\d/.test(s[p - 2] ?? '')) break;
    // 前條ノ規定ハ商法第五十二條: the topic particle of a katakana text between kanji is in no title
    if (s[p - 1] === 'ハ' && KANJI_CHAR.test(s[p - 2] ?? '') && KANJI_CHAR.test(s[p] ?? '')) break;
    if (NAME_CHAR.test(s[p - 1]!)) {
      p--;
      continue;
    }
    // 指定漁業の許可及び取締り等に関する省令: a noun's okurigana between kanji is part of the name
    if (NAME_OKURIGANA.test(s[p - 1]!) && KANJI_CHAR.test(s[p - 2] ?? '') && KANJI_CHAR.test(s[p] ?? '')) {
      p--;
      continue;
    }
    // 暴力団員による不当な行為の防止等に関する法律: an adjective's な between kanji is part of the name
    if (s[p - 1] === 'な' && KANJI_CHAR.test(s[p - 2] ?? '') && KANJI_CHAR.test(s[p] ?? '')) {
      p--;
      continue;
    }
    for (const c of NAME_CONNECTORS) {
      if (p - c.length >= limit && s.startsWith(c, p - c.length)) {
        p -= c.length;
        continue outer;
      }
    }
    break;
  }
  // a name starts with a letter, never with a connector
  while (p < end && !NAME_START.test(s[p]!)) {
    const c = NAME_CONNECTORS.find((x) => s.startsWith(x, p));
    p += c ? c.length : 1;
  }
  // …に関する法律中金融商品取引法第5条 (in that amending law, the provision on this one),
  // …の規定による改正後の金融商品取引法: the name is what follows 中 or 改正後の/改正前の
  const within = [...s.slice(p, end).matchAll(WITHIN_ANOTHER)].pop();
  if (within) p += within.index + within[0].length;
  // 及び/並びに inside a title come before …に関する (地方教育行政の組織及び運営に関する法律);
  // otherwise they join two names (宮内庁並びに内閣府設置法)
  const name = s.slice(p, end);
  const conj = /及び|並びに/g;
  let cut = -1;
  for (const m of name.matchAll(conj)) {
    if (!/に関する|に係る|等の|等に/.test(name.slice(m.index + m[0].length))) cut = m.index + m[0].length;
  }
  return cut >= 0 ? p + cut : p;
}

/** Words by which a text cites itself: この条例第5条 is this document's article 5. */
const SELF_WORDS = /(?:この|本)(?:条例|規則|法律|規程|要綱|要領|訓令|告示|ポリシー|規約)$|本法$/;

/**
 * The laws a document knows by name: titles read from numbered mentions, abbreviations defined
 * for them, and the document's own title.
 */
export class LawRegistry {
  readonly self: LawInfo;
  private names: Array<{ name: string; law: LawInfo }> = [];
  private byKey = new Map<string, LawInfo>();
  private known = new Set<string>();
  private sorted = true;

  private formerSelf: LawInfo | undefined;

  /** `selfNumber`: the document's own law number, when its promulgation date and number are known. */
  constructor(selfTitle: string | undefined, selfNumber: LawNumber | undefined) {
    this.self = {
      title: selfTitle ?? null,
      lawNum: selfNumber?.lawNum ?? null,
      lawId: selfNumber?.lawId ?? null,
      kind: 'self',
    };
    if (selfTitle) this.addName(selfTitle, this.self);
    // the document citing itself with its number (個人情報の保護に関する法律(平成15年法律第57号)) is itself
    const key = this.self.lawId ?? this.self.lawNum;
    if (key && selfNumber) this.byKey.set(key, this.self);
  }

  /**
   * The document as it stood before an amendment (旧個人情報保護法): the same law, but its old
   * provision numbers are not this text's, so references to it are external.
   */
  former(): LawInfo {
    this.formerSelf ??= { ...this.self, kind: 'unknown' };
    return this.formerSelf;
  }

  /** The one LawInfo for a law, however often it is mentioned. */
  intern(law: LawInfo): LawInfo {
    const key = law.lawId ?? law.lawNum;
    if (!key) return law;
    const known = this.byKey.get(key);
    if (known) {
      if (!known.title && law.title) known.title = law.title;
      return known;
    }
    this.byKey.set(key, law);
    return law;
  }

  /** Whether a name (title or abbreviation) is registered. */
  has(name: string): boolean {
    return this.known.has(name);
  }

  /** Registers a name (title or abbreviation) for a law. */
  addName(name: string, law: LawInfo): void {
    if (!name || this.known.has(name)) return;
    this.known.add(name);
    this.names.push({ name, law });
    this.sorted = false;
  }

  /**
   * The law whose name ends at `p` in a normalised text, if any: a registered title or
   * abbreviation, or a word by which the document cites itself. One-letter abbreviations (法)
   * count only when no letter precedes them, so 方法 is not 法.
   */
  lookupBefore(s: string, p: number): { start: number; law: LawInfo } | undefined {
    if (!this.sorted) {
      this.names.sort((a, b) => b.name.length - a.name.length);
      this.sorted = true;
    }
    for (const { name, law } of this.names) {
      if (p < name.length || !s.startsWith(name, p - name.length)) continue;
      const start = p - name.length;
      if (name.length === 1 && start > 0 && NAME_CHAR.test(s[start - 1]!)) continue;
      return { start, law };
    }
    const self = SELF_WORDS.exec(s.slice(Math.max(0, p - 6), p));
    if (self) return { start: p - self[0].length, law: this.self };
    return undefined;
  }
}
