import { withoutParentheticals } from './parentheticals.ts';

/**
 * The members of a coordinated phrase (A、B及びC), for the terms that name one member rather than the
 * list: 売主及び買主(以下それぞれ「甲」及び「乙」という。) gives 甲 to 売主 and 乙 to 買主, and
 * 国、地方公共団体及び私立学校法第3条に規定する学校法人(以下「学校法人」という。) names the last member.
 */

/** Conjunctions between members; その他 is left out, as its last member is the general word for the rest. */
const CONJUNCTION = /及び|並びに|又は|若しくは|、/y;
/** A noun ends before a 、 between members; a kana before it ends a clause (…にかかり、) instead. */
const NOUN_END = /[\u3400-\u9fff々\u30a0-\u30ffA-Za-z0-9０-９]/;
/** What follows a conjunction inside a law's title: nouns up to …に関する法律 (or 政令, 省令 …). */
const IN_TITLE =
  /^[^、()をがは]*?(?:に関する|に係る|等の|のための)[^、()をがは]*?(?:法律|法|政令|省令|府令|条例|規則)(?:第|\(|に規定|の規定|$)/;
/** An argument of a clause, or a conjunction: a member holding one is no plain noun phrase. */
const CLAUSE_OR_LIST = /[をがは、]|及び|並びに|又は|若しくは/;
/**
 * A member that opens with the provision its modifier cites (私立学校法第3条に規定する…, 第5条に掲げる…);
 * after a noun and の (B社の第3条に規定する子会社) the noun may be shared with the members before.
 */
const CITING =
  /^(?:[\u4e00-\u9fff々・ー]*?(?:法律|法|政令|省令|府令|条例|規則))?第[0-9〇一二三四五六七八九十百千]+.*(?:に規定する|に掲げる|に定める)/;
/** A provision or a law's title: a member that is one may be the argument of the last member's modifier. */
const POINTER =
  /第[0-9〇一二三四五六七八九十百千]+[条項号]|(?:法|法律|政令|省令|府令|条例|規則|同項|同条|同号)$/;
/** A term that names a list as a whole (…等, …など) never names one member of it. */
const COLLECTIVE = /(?:等|など)$/;

/** A member of `s`: its offsets, end exclusive. */
interface Member {
  start: number;
  end: number;
}

/**
 * The members of the phrase s[from, to): split at conjunctions outside parentheses, never where a
 * law's title may go on (精神保健及び精神障害者福祉に関する法律第5条に規定する精神障害者 is not
 * split). A single member when the phrase is no coordination.
 */
export function coordinatedMembers(s: string, from: number, to: number): Member[] {
  const splits: Array<{ at: number; next: number }> = [];
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = s[k]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || c === '(' || c === ')') continue;
    CONJUNCTION.lastIndex = k;
    const m = CONJUNCTION.exec(s);
    if (!m) continue;
    if (m[0] === '、' && !NOUN_END.test(s[k - 1] ?? '')) continue;
    splits.push({ at: k, next: k + m[0].length });
    k += m[0].length - 1;
  }
  const members: Member[] = [];
  let start = from;
  for (const split of splits) {
    // 精神保健及び精神障害者福祉に関する法律: a conjunction before …に関する法律 may be the title's own
    if (IN_TITLE.test(s.slice(split.next, Math.min(to, split.next + 60)))) continue;
    members.push({ start, end: split.at });
    start = split.next;
  }
  members.push({ start, end: to });
  return members.filter((m) => m.end > m.start);
}

/**
 * Where the phrase s[from, to) starts for a term that names only its last member: a list whose last
 * member cites a provision and ends in the term's head (国、地方公共団体及び私立学校法第3条に規定する
 * 学校法人(以下「学校法人」という。)) while no other member ends in as much of it or cites anything.
 * `from` otherwise: a term for the list (…等), members that share the head (利用の停止、消去又は提供の
 * 停止 → 利用停止), Aその他B (B is the general word for all), or a list that may be the argument of
 * the last member's modifier.
 */
export function namedMemberStart(s: string, from: number, to: number, term: string): number {
  if (COLLECTIVE.test(term)) return from;
  const members = coordinatedMembers(s, from, to);
  if (members.length < 2) return from;
  const last = members[members.length - 1]!;
  // a member with an argument (…の額及びその調達方法を記載した書類) or a conjunction left inside it
  // (a title's, or one that may be) is read with the clause or the list it is part of
  const lastText = withoutParentheticals(s.slice(last.start, last.end));
  if (CLAUSE_OR_LIST.test(lastText)) return from;
  // only a member that cites a provision (…法第3条に規定する学校法人) can show the others are no
  // arguments of its modifier: 国 or 地方公共団体 cites nothing. Elsewhere the list may be the
  // modifier's argument (自動車及び原動機付自転車の運転の禁止, …又は泡消火設備に使用する装置)
  if (!CITING.test(lastText)) return from;
  if (members.slice(0, -1).some((m) => POINTER.test(withoutParentheticals(s.slice(m.start, m.end)))))
    return from;
  const shared = (m: Member) => commonSuffix(withoutParentheticals(s.slice(m.start, m.end)), term);
  const head = shared(last);
  if (head < 2) return from;
  return members.slice(0, -1).every((m) => shared(m) < head) ? last.start : from;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
