/**
 * A unit's text prepared for matching pointers and law numbers: full-width letters and digits
 * become half-width, whitespace goes (PDF extractions print 第 4 章), and kanji numerals that
 * count provisions or date a law become Arabic (第十一条の二 → 第11条の2, 前二項 → 前2項,
 * 平成十五年 → 平成15年). Other kanji numerals stay: 一定, 統一, 第三者 are words. Every
 * unit of the result maps back to the view characters it came from (a {@link MappedText}).
 */

import { ERAS } from '../text/era.ts';
import { type MappedText, MappedTextBuilder } from '../text/mapped-text.ts';
import { KANJI_NUMERAL_CLASS, parseNumeral } from '../text/numerals.ts';
import { COUNTERS } from '../tree/levels.ts';

/** 1 for the code of a kanji numeral (〇零一二三四五六七八九十百千). */
const KANJI_NUMERAL = new Uint8Array(0x10000);
for (const c of KANJI_NUMERAL_CLASS) KANJI_NUMERAL[c.charCodeAt(0)] = 1;
/** Era names, each two characters (the check below looks two back). */
const ERA_NAMES = new Set(ERAS.map((era) => era.name));
/** Kanji that may follow a branch number (条の二第一項, 条の二及び): pointer words, not compounds. */
const BRANCH_FOLLOWERS = '第各及並又若中本前後同次附項号条';

/**
 * Half-width form of a character code: full-width ASCII and the ideographic space; 0 for
 * whitespace. Old laws count with the traditional 條 and 號: read as 条 and 号, so that
 * 第七條 points where 第七条 does.
 */
function halfCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x689d) return 0x6761; // 條 → 条
  if (code === 0x865f) return 0x53f7; // 號 → 号
  if (code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0 || code === 0x0a || code === 0x0d)
    return 0;
  return code;
}

/** Prepares a view text for matching: see the module comment. Offsets map into `text`. */
export function normalizeForMatching(text: string): MappedText {
  const n = text.length;
  const out = new MappedTextBuilder(n);
  for (let i = 0; i < n; ) {
    const code = halfCode(text.charCodeAt(i));
    if (code === 0) {
      i++;
      continue;
    }
    const gannen = code === 0x5143 && nextCode(text, i + 1) === 0x5e74; // 元年
    if (gannen || KANJI_NUMERAL[code] === 1) {
      let j = i + 1;
      if (!gannen) while (j < n && KANJI_NUMERAL[text.charCodeAt(j)] === 1) j++;
      if (convertible(out.lastUnits(2), nextCode(text, j), gannen)) {
        // converted numerals may make the text longer than the view (百 → 100)
        out.push(gannen ? '1' : String(parseNumeral(text.slice(i, j))), i, j);
        i = j;
        continue;
      }
    }
    out.pushUnit(code, i, i + 1);
    i++;
  }
  return out.finish(n);
}

/** The next non-space character code from `i` (half-width), or 0. */
function nextCode(text: string, i: number): number {
  for (let k = i; k < text.length; k++) {
    const code = halfCode(text.charCodeAt(k));
    if (code !== 0) return code;
  }
  return 0;
}

/** Whether a kanji numeral, after the output so far and before `after`, counts a provision or a date. */
function convertible(lastTwo: string, afterCode: number, gannen: boolean): boolean {
  const before = lastTwo.slice(-1);
  const before2 = lastTwo.length > 1 ? lastTwo[0]! : '';
  const after = afterCode === 0 ? undefined : String.fromCharCode(afterCode);
  if (gannen) return ERA_NAMES.has(before2 + before);
  if (after !== undefined && COUNTERS.includes(after) && (before === '第' || before === '前')) return true;
  // 別表第二, 別記様式第一号, 様式第三
  if (before === '第' && (before2 === '表' || before2 === '記' || before2 === '式')) return true;
  // 第22条の2; older laws print the branch with katakana ノ (軌道法第二十二条ノ二)
  if ((before === 'の' || before === 'ノ') && /[編章節款目条項号\d]/.test(before2)) {
    return after === undefined || !/[\u4e00-\u9fff々]/.test(after) || BRANCH_FOLLOWERS.includes(after);
  }
  if (after === '年' && ERA_NAMES.has(before2 + before)) return true;
  if (after === '月' && before === '年') return true;
  if (after === '日' && before === '月') return true;
  return false;
}
