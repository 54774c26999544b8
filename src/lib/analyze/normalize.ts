import { parseNumeral } from '../parse/numerals.ts';
import { ERAS } from '../text/era.ts';

/**
 * A unit's text prepared for matching pointers and law numbers: full-width letters and digits
 * become half-width, whitespace goes (PDF extractions print 第 4 章), and kanji numerals that
 * count provisions or date a law become Arabic (第十一条の二 → 第11条の2, 前二項 → 前2項,
 * 平成十五年 → 平成15年). Other kanji numerals stay: 一定, 統一, 第三者 are words.
 */
export interface Normalized {
  s: string;
  /** map[i] = offset in the view text where s[i] starts; map[s.length] = view length */
  map: Int32Array;
  /** mapEnd[i] = offset in the view text just after s[i] */
  mapEnd: Int32Array;
}

/** 1 for the code of a kanji numeral (〇零一二三四五六七八九十百千). */
const KANJI_NUMERAL = new Uint8Array(0x10000);
for (const c of '〇零一二三四五六七八九十百千') KANJI_NUMERAL[c.charCodeAt(0)] = 1;
const UNITS = '編章節款目条項号';
/** Era names, each two characters (the check below looks two back). */
const ERA_NAMES = new Set(ERAS.map((era) => era.name));
/** Kanji that may follow a branch number (条の二第一項, 条の二及び): pointer words, not compounds. */
const BRANCH_FOLLOWERS = '第各及並又若中本前後同次附項号条';

/** Half-width form of a character code: full-width ASCII and the ideographic space; 0 for whitespace. */
function halfCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0 || code === 0x0a || code === 0x0d)
    return 0;
  return code;
}

/** Prepares a view text for matching; see `Normalized`. */
export function normalizeForMatching(text: string): Normalized {
  const n = text.length;
  let out: Uint16Array = new Uint16Array(n + 8);
  let map: Int32Array = new Int32Array(n + 9);
  let mapEnd: Int32Array = new Int32Array(n + 9);
  let length = 0;
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
      if (convertible(out, length, nextCode(text, j), gannen)) {
        const digits = gannen ? '1' : String(parseNumeral(text.slice(i, j)));
        if (length + digits.length + 1 >= out.length) {
          out = grow16(out);
          map = grow32(map);
          mapEnd = grow32(mapEnd);
        }
        for (let k = 0; k < digits.length; k++, length++) {
          out[length] = digits.charCodeAt(k);
          map[length] = i;
          mapEnd[length] = j;
        }
        i = j;
        continue;
      }
    }
    // converted numerals may have made the text longer than the view (百 → 100)
    if (length + 1 >= out.length) {
      out = grow16(out);
      map = grow32(map);
      mapEnd = grow32(mapEnd);
    }
    out[length] = code;
    map[length] = i;
    mapEnd[length] = i + 1;
    length++;
    i++;
  }
  map[length] = n;
  mapEnd[length] = n;
  let s = '';
  for (let i = 0; i < length; i += 8192) {
    s += String.fromCharCode.apply(null, out.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return { s, map: map.subarray(0, length + 1), mapEnd: mapEnd.subarray(0, length + 1) };
}

/** The next non-space character code from `i` (half-width), or 0. */
function nextCode(text: string, i: number): number {
  for (let k = i; k < text.length; k++) {
    const code = halfCode(text.charCodeAt(k));
    if (code !== 0) return code;
  }
  return 0;
}

function grow16(a: Uint16Array): Uint16Array {
  const b = new Uint16Array(a.length * 2);
  b.set(a);
  return b;
}

function grow32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Whether a kanji numeral, after the output so far and before `after`, counts a provision or a date. */
function convertible(out: Uint16Array, length: number, afterCode: number, gannen: boolean): boolean {
  const before = length > 0 ? String.fromCharCode(out[length - 1]!) : '';
  const before2 = length > 1 ? String.fromCharCode(out[length - 2]!) : '';
  const after = afterCode === 0 ? undefined : String.fromCharCode(afterCode);
  if (gannen) return ERA_NAMES.has(before2 + before);
  if (after !== undefined && UNITS.includes(after) && (before === '第' || before === '前')) return true;
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
