/**
 * Readings as the search compares them: hiragana and romaji (Hepburn, Kunrei or as typed on a
 * keyboard: kaiji, seikyuu, seikyū, zyouhou) meet in one loose romaji key, in which long vowels
 * and the spelling systems no longer differ (じょうほう, jouhou, johou, jōhō → joho).
 */

const BASE: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  ゔ: 'vu',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゎ: 'wa',
};
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Hiragana (and ー) → Hepburn romaji: じょうほう → jouhou, きっぷ → kippu. Other characters are kept. */
export function kanaToRomaji(kana: string): string {
  let out = '';
  let doubleNext = false;
  const chars = [...kana];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === 'っ') {
      doubleNext = true;
      continue;
    }
    let syllable = BASE[c];
    if (syllable === undefined) {
      if (c === 'ー') out += out.at(-1) ?? '';
      else out += c;
      doubleNext = false;
      continue;
    }
    const small = SMALL_Y[chars[i + 1] ?? ''];
    if (small !== undefined && syllable.endsWith('i') && syllable.length > 1) {
      const head = syllable.slice(0, -1);
      syllable = /^(sh|ch|j)$/.test(head) ? head + small : `${head}y${small}`;
      i++;
    }
    if (doubleNext) {
      out += syllable.startsWith('ch') ? 't' : syllable[0];
      doubleNext = false;
    }
    out += syllable;
  }
  return out;
}

/** Long vowels as one (ou, oo, uu, aa, ii, ee): jouhou, johou and joho meet. */
function collapseVowels(romaji: string): string {
  return romaji
    .replace(/o[ou]/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/aa/g, 'a')
    .replace(/ii/g, 'i')
    .replace(/ee/g, 'e');
}

/** The loose key of a hiragana reading: じょうほう → joho, せいきゅう → seikyu. */
export function looseReading(hiragana: string): string {
  return collapseVowels(kanaToRomaji(hiragana));
}

/** Romaji spellings → kana: Hepburn from BASE, plus Kunrei and keyboard spellings. */
const ROMAJI_TO_KANA = new Map<string, string>();
for (const [kana, romaji] of Object.entries(BASE)) {
  if (!/[ぁぃぅぇぉゎゐゑをぢづ]/.test(kana)) ROMAJI_TO_KANA.set(romaji, kana);
  if (romaji.endsWith('i') && romaji.length > 1 && !/[ぃゐぢ]/.test(kana)) {
    const head = romaji.slice(0, -1);
    for (const [small, vowel] of Object.entries(SMALL_Y)) {
      ROMAJI_TO_KANA.set(/^(sh|ch|j)$/.test(head) ? head + vowel : `${head}y${vowel}`, kana + small);
    }
  }
}
const KUNREI: Array<[string, string]> = [
  ['si', 'し'],
  ['ti', 'ち'],
  ['tu', 'つ'],
  ['hu', 'ふ'],
  ['zi', 'じ'],
  ['di', 'ぢ'],
  ['du', 'づ'],
  ['wo', 'を'],
  ['sya', 'しゃ'],
  ['syu', 'しゅ'],
  ['syo', 'しょ'],
  ['tya', 'ちゃ'],
  ['tyu', 'ちゅ'],
  ['tyo', 'ちょ'],
  ['cya', 'ちゃ'],
  ['cyu', 'ちゅ'],
  ['cyo', 'ちょ'],
  ['zya', 'じゃ'],
  ['zyu', 'じゅ'],
  ['zyo', 'じょ'],
  ['jya', 'じゃ'],
  ['jyu', 'じゅ'],
  ['jyo', 'じょ'],
  ['she', 'しぇ'],
  ['che', 'ちぇ'],
  ['je', 'じぇ'],
  ['fa', 'ふぁ'],
  ['fi', 'ふぃ'],
  ['fe', 'ふぇ'],
  ['fo', 'ふぉ'],
  ['wi', 'うぃ'],
  ['we', 'うぇ'],
  ['va', 'ゔぁ'],
  ['vi', 'ゔぃ'],
  ['ve', 'ゔぇ'],
  ['vo', 'ゔぉ'],
  ['ltu', 'っ'],
  ['xtu', 'っ'],
  ['la', 'ぁ'],
  ['li', 'ぃ'],
  ['lu', 'ぅ'],
  ['le', 'ぇ'],
  ['lo', 'ぉ'],
];
for (const [romaji, kana] of KUNREI) ROMAJI_TO_KANA.set(romaji, kana);
const LONGEST_SPELLING = Math.max(...[...ROMAJI_TO_KANA.keys()].map((k) => k.length));

/**
 * A word typed in romaji as hiragana (kaiji → かいじ, seikyuu → せいきゅう, zyouhou → じょうほう),
 * or undefined when it is not romaji (ssl, policy, https). Macrons count as long vowels (jōhō).
 */
export function romajiToKana(input: string): string | undefined {
  const text = input
    .toLowerCase()
    .replace(/[āâ]/g, 'aa')
    .replace(/[īî]/g, 'ii')
    .replace(/[ūû]/g, 'uu')
    .replace(/[ēê]/g, 'ee')
    .replace(/[ōô]/g, 'ou')
    .replace(/’/g, "'")
    .replace(/-/g, '');
  if (!/^[a-z']+$/.test(text)) return undefined;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === "'") {
      i++;
      continue;
    }
    if (
      ((c === 'n' || c === 'm') && (next === undefined || !/[aiueoy]/.test(next))) ||
      (c === 'n' && next === "'")
    ) {
      if (c === 'm' && (next === undefined || !/[bpm]/.test(next))) return undefined;
      out += 'ん';
      i += next === 'n' && text[i + 2] !== undefined && !/[aiueoy]/.test(text[i + 2]!) ? 2 : 1;
      continue;
    }
    if ((next === c && !/[aiueon]/.test(c)) || (c === 't' && next === 'c')) {
      out += 'っ';
      i++;
      continue;
    }
    let matched = false;
    for (let length = Math.min(LONGEST_SPELLING, text.length - i); length > 0; length--) {
      const kana = ROMAJI_TO_KANA.get(text.slice(i, i + length));
      if (kana !== undefined) {
        out += kana;
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) return undefined;
  }
  return out;
}
