/**
 * Where the phrase an abbreviation stands for begins: 「浄化槽の設置に関する計画（以下「設置計画」という。）」
 * names 浄化槽の設置に関する計画, not everything back to the last 、.
 *
 * Statute Japanese is head-final and its grammar words are a closed class, so the phrase is read
 * backwards from the parenthesis with a small lexicon instead of a full morphological analysis
 * (which would make the analysis asynchronous): content words (kanji, katakana, digits, quoted
 * words) are the nouns; の, に規定する, による … attach a noun phrase as a modifier; 及び, 又は,
 * その他の, and 、 between nouns coordinate; a verb ending before the noun opens a relative
 * clause whose arguments (に, を, で …) belong to the phrase; a topic (は, も), a case particle
 * outside a relative clause, 、 after a predicate or a particle, 。 and an unmatched ( end it.
 */

type Kind =
  /** a content word: kanji, katakana, digits, a quoted word, a kana noun (こと, もの) */
  | 'word'
  /** a parenthetical; `alias`: it names the phrase before it (以下「X」という。) */
  | 'paren'
  /** 及び, 並びに, 又は, 若しくは, その他の */
  | 'coord'
  /** の, に規定する, による, における …: the noun before modifies the noun after */
  | 'conn'
  /** この, その, これらの */
  | 'det'
  /** は, も */
  | 'topic'
  /** それぞれ alone, 必ずしも: an adverb of the predicate after it */
  | 'adverb'
  /** に, を, で, が, から, において, により … */
  | 'case'
  /** a kana verb or auxiliary ending (した, される, しないで, かかり) */
  | 'pred'
  | 'comma'
  | 'stop';

interface Token {
  kind: Kind;
  start: number;
  end: number;
  alias?: boolean;
  /** a parenthetical that says how the word before it reads from here on (…をいう。以下同じ。) */
  note?: boolean;
}

const COORD = /(?:及び|並びに|又は|若しくは|その他の|その他|或いは)$/;
/** Modifiers that attach a noun (often a provision) to the noun after them, as の does. */
const CONN =
  /(?:であ[つっ]て|に(?:規定す|掲げ|定め|係|関す|基づ|対す|対応す|相当す|該当す|類す|準ず|属す|関連す|付随す|附随す|おけ|よ)る|に規定された|に掲げられた|についての|としての|(?:から|まで|へ|と|より|で)の|の)$/;
const DET = /(?:これらの|それらの|この|その|あの|かかる)$/;
const KANA_NOUN = /(?:こと|もの|とき|ところ|ため|うち|ほか|おそれ|すべて|いずれ|もと)$/;
/** 「AであってB」: a noun restricted by the clause after it (普通自動車であって、…以外のもの) is one phrase. */
const RESTRICTIVE = /であ[つっ]て$/;
/** それぞれ before の is a noun (改正前のそれぞれの法律); alone it is an adverb of the sentence. */
const EACH = /それぞれ$/;
/** Adverbs written in kana whose last kana is a particle's (必ずしも: no topic も). */
const KANA_ADVERB = /必ずしも$/;
/** A conjunctive ending (…に代わって, …がなければ, …せず) modifies a predicate, never the noun after it. */
const CONJUNCTIVE = /[てばず]$/;
/**
 * Case particles a clause fills once (が may be double): a second を or に is the sentence's
 * (…により駐車場整備計画に|都市公園の地下に設けられる路外駐車場), unless に says when (TIMELY).
 */
const ONCE = new Set(['を', 'に']);
/** A noun before に that says when (毎月一日に, 同一の年度に): an adverb, not the clause's second に. */
const TIMELY = /(?:日|月|年|年度|時|期間|間|期|前|後|ごと|毎)$/;
/** Heads a restriction by であって ends in (普通自動車であって、…以外のもの): other nouns are its arguments. */
const RESTRICTED_HEAD = /(?:もの|者)$/;
/** A head that is a person: the subject a clause before it leaves out (住所を有する者). */
const PERSON_HEAD = /者$/;
const TOPIC = /[はも]$/;
/** Case particles; とともに (with) is one, its も no topic (市町村とともに行う国民健康保険). */
const CASE =
  /(?:とともに|と共に|において|により|によつて|によって|について|に対して|に対し|に関して|に関し|として|をもつて|をもって|にて|から|まで|より|[にをでがとへや])$/;
const KANA = /[\u3041-\u309f]/;
const BRANCHED = /[条項号]/;
const NUMERAL = /[0-9０-９〇一二三四五六七八九十百千]/;
const CONTENT = /[\u3400-\u9fff\uf900-\ufaff々〆\u30a0-\u30ffA-Za-z0-9・ー＝=.-]/;

/** Longest a phrase is read back (longer is a whole paragraph, not a phrase); keeps the scan linear. */
const MAX_PHRASE = 600;
/** Nouns that, before 、, say when or where (この場合、): they end a phrase, they do not start a list. */
const LEADING_GRAMMAR: ReadonlySet<Kind> = new Set(['conn', 'coord', 'comma', 'case', 'topic', 'adverb']);
/** A condition before 、 (…場合であって、…とき、): the clause it ends is not the phrase's. */
const CONDITION = /(?:場合|とき|際)(?:であ[つっ]て|には|に|で)?$/;
/** 場合には, ときは: a condition inside a clause, whose は is no topic of the sentence. */
const CONDITION_TOPIC = /(?:場合|とき|際)に?は$/;
const ADVERBIAL = /(?:場合|際|時|後|前|以後|以降|以前|間|限り|上|中|外|とき|うち|ところ|ため|ほか)$/;

/** Reads one token ending at `p` (exclusive), not before `floor`. */
function tokenBefore(s: string, p: number, floor: number): Token {
  if (p <= floor) return { kind: 'stop', start: p, end: p };
  const c = s[p - 1]!;
  if (c === ')') {
    let depth = 0;
    for (let k = p - 1; k >= floor; k--) {
      if (s[k] === ')') depth++;
      else if (s[k] === '(' && --depth === 0) {
        const inner = s.slice(k + 1, p - 1);
        return {
          kind: 'paren',
          start: k,
          end: p,
          alias: /」と(?:いう|いいます|称する|総称する)。?$/.test(inner),
          note: /以下[^()]*同じ。?$/.test(inner),
        };
      }
    }
    return { kind: 'stop', start: p, end: p };
  }
  if (c === '」') {
    for (let k = p - 2; k >= floor; k--) if (s[k] === '「') return { kind: 'word', start: k, end: p };
    return { kind: 'stop', start: p, end: p };
  }
  if (c === '、' || c === ',' || c === '，') return { kind: 'comma', start: p - 1, end: p };
  const tail = s.slice(Math.max(floor, p - 8), p);
  const adverb = KANA_ADVERB.exec(tail);
  if (adverb) return { kind: 'adverb', start: p - adverb[0].length, end: p };
  if (EACH.test(tail))
    return s[p] === 'の' ? { kind: 'word', start: p - 4, end: p } : { kind: 'adverb', start: p - 4, end: p };
  for (const [kind, re] of [
    ['coord', COORD],
    ['det', DET],
    ['word', KANA_NOUN],
    ['conn', CONN],
    ['topic', TOPIC],
    ['case', CASE],
  ] as const) {
    const m = re.exec(tail);
    // もとの軍人, …することの: the と is a kana noun's (もと, こと), the connector is の alone
    if (m && kind === 'conn' && m[0] === 'との' && /(?:もと|こと)の$/.test(tail))
      return { kind, start: p - 1, end: p };
    if (m) return { kind, start: p - m[0].length, end: p };
  }
  if (CONTENT.test(c)) {
    let k = p - 1;
    for (;;) {
      while (k > floor && CONTENT.test(s[k - 1]!) && !s.startsWith('その他', k - 3)) k--;
      // 第51条の4第6項: の in a branch number is part of the pointer, not a modifier
      if (k - 2 >= floor && s[k - 1] === 'の' && BRANCHED.test(s[k - 2]!) && NUMERAL.test(s[k]!)) k -= 1;
      else break;
    }
    return { kind: 'word', start: k, end: p };
  }
  if (KANA.test(c)) return { kind: 'pred', start: p - 1, end: p };
  return { kind: 'stop', start: p, end: p };
}

/**
 * The start of the phrase that ends at `end` (the opening parenthesis of (以下「X」という。)),
 * not before `floor`. `term` helps where only the words can tell: in a coordination the first
 * member keeps the modifiers the other members have (法第11条第3項の…日及び同項の…日), or those
 * the term itself names (当該登録製造所に係る製造業者又は… → 登録製造所に係る製造業者等).
 */
export function phraseStart(s: string, end: number, term: string, floor = 0, collective = false): number {
  const lowest = Math.max(floor, end - MAX_PHRASE);
  const taken: Token[] = [];
  let start = end;
  let clause = false;
  let coordinated = false;
  /** a noun restricted by であって: its members are not parallel nouns */
  let restricted = false;
  /** …までの read: a から before it opens the same range (施行の日から…までの間) */
  let range = false;
  /** the particles the predicate next to the phrase has, while no other predicate was read */
  const filled = new Set<string>();
  let predicates = 0;
  /** a coordination read since the last predicate: the relative clause read belongs to a member */
  let listSinceClause = false;
  const restrictable = RESTRICTED_HEAD.test(s.slice(Math.max(lowest, end - 2), end));
  const personal = PERSON_HEAD.test(s.slice(Math.max(lowest, end - 2), end));
  /** where to fall back to if a tentatively crossed 、 turns out to end a main clause */
  let fallback: number | undefined;
  for (let p = end; p > lowest; ) {
    const t = kanaMember(s, tokenBefore(s, p, lowest), lowest, taken[taken.length - 1]);
    const right = taken[taken.length - 1];
    let take = true;
    let last = false;
    /** a stop after which a tentatively crossed 、 still holds: のうち、 before the relative clause */
    let keepsFallback = false;
    switch (t.kind) {
      case 'stop':
        take = false;
        keepsFallback = true;
        break;
      case 'paren':
        // A(以下「甲」という。)及びB(以下「乙」という。): 乙 is B alone, unless 乙 names them all
        // (以下これらを「乙」と総称する); A(以下「甲」という。)のB、C又はD: 乙 is B、C又はD; inside a
        // member (漁業法(以下「法」という。)第52条の許可又は…) it is crossed, as a gloss (…をいう。) is
        // 住民票の写し(…書類。以下同じ。)又は…証明書(以下「住民票記載事項証明書」という。): a member read
        // on its own from here on is not part of a term that does not name a list (…等)
        take = !(
          !collective &&
          ((t.alias &&
            (right?.kind === 'coord' ||
              right?.kind === 'comma' ||
              (coordinated && right?.kind === 'conn' && bareList(taken)))) ||
            (t.note &&
              !/(?:等|など)$/.test(term) &&
              (right?.kind === 'coord' || right?.kind === 'comma') &&
              !listIsSubject(s, taken)))
        );
        break;
      case 'coord':
        coordinated = true;
        listSinceClause = true;
        break;
      case 'topic':
        // 民間の主体に委ねた場合には必ずしも実施されない…もの: a condition inside the relative clause
        take = clause && CONDITION_TOPIC.test(s.slice(Math.max(lowest, t.start - 4), t.end));
        break;
      case 'adverb':
        // 特定事業者の区分に応じそれぞれ同表の中欄に定める業務: the adverb of the clause's predicate;
        // outside a relative clause it is the sentence's (…については、それぞれ…)
        take = clause || taken.some((x) => x.kind === 'conn' && /る$/.test(s.slice(x.start, x.end)));
        break;
      case 'case': {
        const particle = s.slice(t.start, t.end);
        if (particle === 'から' && range) break;
        // 国と地方公共団体(以下「国等」という。), 国と地方公共団体との間の協議: と between nouns joins
        // them when the phrase says so (との after them, a term that begins with the first);
        // otherwise it is a case particle of the sentence (事業者と協定(以下…)を締結する)
        if (particle === 'と' && !clause && right?.kind === 'word' && joinedByTo(s, t, lowest, taken, term)) {
          coordinated = true;
          break;
        }
        // 第1号から第7号まで、第9号及び第10号, 第32条から第32条の5まで若しくは第40条の労働時間: a
        // range as a member of a list
        if (particle === 'まで' && coordinated && (right?.kind === 'comma' || right?.kind === 'coord')) {
          range = true;
          break;
        }
        // 当該許可を受けようとする者が|本邦外に住所を有する者(以下…)である: a clause with its を filled
        // whose head is a person has that person for its subject; a が before it is the sentence's
        if (particle === 'が' && predicates === 1 && filled.has('を') && personal) {
          take = false;
          break;
        }
        // これを…事業に使用させる: the clause has its を; one before it is the sentence's
        const timely = particle === 'に' && TIMELY.test(s.slice(Math.max(lowest, t.start - 2), t.start));
        take = clause && !(predicates === 1 && ONCE.has(particle) && filled.has(particle) && !timely);
        if (!timely) filled.add(particle);
        break;
      }
      case 'conn': {
        const word = s.slice(t.start, t.end);
        if (RESTRICTIVE.test(word)) {
          // 法人であつて、登録特定漁船講習の実施に関する事務(以下…)を行う…もの: an argument, not the head
          if (!restrictable) take = false;
          restricted = true;
        }
        if (word.startsWith('まで')) range = true;
        break;
      }
      case 'pred':
        // 本人に代わって前項の規定による請求: a conjunctive form does not modify the noun after it
        // (申立てその他の不服申立て(以下…), 申立ての: nouns that end in kana)
        if (
          !clause &&
          (right?.kind === 'word' || right?.kind === 'det') &&
          CONJUNCTIVE.test(s.slice(t.start, t.end))
        ) {
          take = false;
          break;
        }
        if (right?.kind !== 'pred') predicates++;
        clause = true;
        listSinceClause = false;
        filled.clear();
        break;
      case 'comma': {
        const left = kanaMember(s, tokenBefore(s, p - 1, lowest), lowest, t);
        const before = s.slice(Math.max(lowest, p - 13), p - 1);
        if (CONDITION.test(before)) {
          take = false;
          break;
        }
        // 普通自動車であって、第6号に掲げる自動車以外のもの
        if (restrictable && left.kind === 'conn' && RESTRICTIVE.test(s.slice(left.start, left.end))) break;
        const noun = (left.kind === 'word' || left.kind === 'paren') && !ADVERBIAL.test(before);
        if (noun && coordinated) break;
        if (coordinated && left.kind === 'case' && /まで$/.test(before)) break;
        // 要配慮者のうち、…困難な者であつて…もの: the formula of a subset (AのうちBであってCもの) is one
        // phrase; without であって (特別遺族弔慰金等のうち、…死亡した者) のうち restricts the sentence's noun
        if (clause && restricted && /のうち$/.test(before)) break;
        // 人の知覚によつて認識することができるもののうち、文字、図形…その他政令で定めるもの: a subset of
        // もの (things) is named only with the set it is taken from
        if (clause && /もののうち$/.test(before)) break;
        // 職員が組織的に用いるものとして、当該実施機関が保有しているもの: ものとして says in what capacity
        // the clause's predicate holds, inside that clause
        if (clause && left.kind === 'case' && /ものとして$/.test(before)) break;
        // 災害が発生し、又は災害が発生するおそれがある場合: predicates joined inside the relative clause
        if (
          clause &&
          left.kind === 'pred' &&
          right?.kind === 'coord' &&
          !/その他/.test(s.slice(right.start, right.end))
        )
          break;
        // 指定疾病にかかり、当該指定疾病に関し…死亡した者: predicates chained inside the relative
        // clause, unless what comes before shows the 、 ended a clause of the sentence. Once a list
        // was read after the clause (法令に基づき、行政庁の許可、認可…その他の…を付与する処分), the
        // clause was its last member's and the predicate before the 、 is the sentence's
        if (clause && !listSinceClause && left.kind === 'pred' && !/[てで]$/.test(before)) {
          fallback ??= start;
          break;
        }
        take = false;
        keepsFallback = left.kind === 'word';
        break;
      }
      case 'det':
        // この法律による…: a determiner opens a noun phrase; in a relative clause, an argument
        last = !clause;
        break;
      default:
        break;
    }
    if (!take) {
      if (fallback !== undefined && !keepsFallback) start = fallback;
      break;
    }
    taken.push(t);
    if (t.kind !== 'comma' && t.kind !== 'coord') start = t.start;
    if (last) break;
    p = t.start;
  }
  // the phrase starts with a word, never with the particle or 、 it was read back to
  const inside = taken.filter((t) => t.start >= start);
  const firstWord = inside.findLast((t) => !LEADING_GRAMMAR.has(t.kind));
  start = firstWord ? firstWord.start : end;
  return coordinated && !clause && !restricted ? parallelStart(s, taken, start, term) : start;
}

/** Conjunctions and adverbs written in kana between 、 (…であり、かつ、…): never a member of a list. */
const KANA_CONJUNCTION = /^(?:かつ|また|なお|ただし|さらに|しかし|ただ|あわせて|もって|もつて)$/;

/**
 * A noun written in kana as a member of a list (昆虫、ねずみ、草その他の動植物; 線虫、だに、昆虫): kana
 * between a 、 and the 、 or conjunction after it is a word, not a predicate's ending or a particle.
 */
function kanaMember(s: string, t: Token, floor: number, right: Token | undefined): Token {
  const kana = t.kind === 'pred' || (t.kind === 'case' && t.end - t.start === 1);
  if (!kana || (right?.kind !== 'comma' && right?.kind !== 'coord')) return t;
  let k = t.end;
  while (k > floor && k > t.end - 5 && KANA.test(s[k - 1]!)) k--;
  const run = s.slice(k, t.end);
  if (k === floor || s[k - 1] !== '、' || run.length < 2 || KANA_CONJUNCTION.test(run)) return t;
  return { kind: 'word', start: k, end: t.end };
}

/**
 * Whether the list whose conjunction was read last is the subject of a relative clause (都道府県(…。
 * 以下同じ。)又は指定都市が行う事業): the first word after its last member is が. Its members are then
 * arguments inside the phrase, whatever a parenthesis says of one of them.
 */
function listIsSubject(s: string, taken: Token[]): boolean {
  for (let k = taken.length - 2; k >= 0; k--) {
    const t = taken[k]!;
    if (t.kind === 'word' || t.kind === 'paren') continue;
    return t.kind === 'case' && s.slice(t.start, t.end) === 'が';
  }
  return false;
}

/** Whether the と at `t`, between two nouns, joins them into the phrase rather than marking an argument. */
function joinedByTo(s: string, t: Token, floor: number, taken: Token[], term: string): boolean {
  const left = tokenBefore(s, t.start, floor);
  if (left.kind !== 'word') return false;
  if (taken.some((x) => x.kind === 'conn' && s.startsWith('との', x.start))) return true;
  // 国等 begins with 国: the term names the list; 市と国、…(以下「国等」…) has 市 as an argument
  const stem = term.replace(/(?:等|など)$/, '');
  return s.startsWith(stem.slice(0, 2), left.start);
}

/**
 * Whether the members read so far after the first are bare nouns (A(以下「甲」という。)のB、C又はD):
 * then the modifier before B qualifies the whole list, and the parenthesis ends the phrase. A member
 * with modifiers of its own (…に関する情報又は…の当該事業に関する情報) is a list of phrases, and the
 * first goes on back across the parenthesis.
 */
function bareList(taken: Token[]): boolean {
  const members: Token[][] = [[]];
  for (const t of [...taken].reverse()) {
    if (t.kind === 'coord' || t.kind === 'comma') members.push([]);
    else members[members.length - 1]!.push(t);
  }
  return members.slice(1).every((m) => m.every((t) => t.kind === 'word' || t.kind === 'paren'));
}

/**
 * In a coordination read as nouns, the first member keeps as many modifiers (の, に規定する …) as
 * the fewest any other member has: 強化地域内の居住者、滞在者その他の者及び公私の団体 is
 * 居住者、… (強化地域内の qualifies the whole list), unless the term names more.
 */
function parallelStart(s: string, taken: Token[], start: number, term: string): number {
  const forward = taken.filter((t) => t.start >= start).reverse();
  const members: Token[][] = [[]];
  for (const t of forward) {
    if (t.kind === 'coord' || t.kind === 'comma') members.push([]);
    else members[members.length - 1]!.push(t);
  }
  const levels = (m: Token[]) => m.filter((t) => t.kind === 'conn').length;
  const first = members[0]!;
  const others = members.slice(1).filter((m) => m.length > 0);
  if (others.length === 0) return start;
  const keep = others.reduce((fewest, m) => Math.min(fewest, levels(m)), Number.POSITIVE_INFINITY);
  const drop = levels(first) - keep;
  if (drop <= 0) return start;
  // candidate starts, outermost first: the phrase start, then after each modifier
  const candidates = [start];
  for (const [k, t] of first.entries())
    if (t.kind === 'conn' && first[k + 1]) candidates.push(first[k + 1]!.start);
  // 利用停止等 names 利用の停止、消去…; 登録製造所に係る製造業者等, 当該登録製造所に係る製造業者又は…
  const stem = withoutNo(term.replace(/(?:等|など)$/, ''));
  if (stem.length >= 2) {
    for (const c of candidates) {
      const text = withoutNo(s.slice(c, c + stem.length * 2 + 4));
      if (text.startsWith(stem) || text.replace(/^(?:当該|同|各|本)/, '').startsWith(stem)) return c;
    }
  }
  return candidates[Math.min(drop, candidates.length - 1)]!;
}

function withoutNo(text: string): string {
  return text.replaceAll('の', '');
}
