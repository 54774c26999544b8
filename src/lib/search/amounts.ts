/**
 * Sums of money written in English ("one million yen", "1,000,000 yen", "100 million yen") as the
 * Japanese texts write them once normalized (100万円, 1億円, 2万1000円): English records carry the
 * keys of the Japanese text, so an amount asked in English finds the articles that state it, the
 * untranslated ones too.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

const NUMBER_WORD = `(?:[0-9][0-9,]*(?:\\.[0-9]+)?|${[...Object.keys(UNITS), ...Object.keys(SCALES)].join('|')}|a|and)`;

/** A run of number words or figures ending in yen: "one million yen", "21,000 yen", "10 yen". */
const AMOUNT = new RegExp(`\\b${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*\\s*(?:yen|円)\\b`, 'giu');

/** The value of number words and figures ("one hundred million", "1.5 million", "21,000"), if they make one. */
function numberValue(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (word === 'and') continue;
    if (word === 'a') {
      current = Math.max(current, 1);
      continue;
    }
    const figure = /^[0-9][0-9,]*(?:\.[0-9]+)?$/.test(word) ? Number(word.replace(/,/g, '')) : undefined;
    if (figure !== undefined || UNITS[word] !== undefined) {
      current += figure ?? UNITS[word]!;
      seen = true;
    } else if (SCALES[word] !== undefined) {
      const scale = SCALES[word]!;
      // "hundred" multiplies what precedes it within a group; larger scales close the group
      if (scale === 100) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else return undefined;
  }
  const value = total + current;
  return seen && Number.isInteger(value) ? value : undefined;
}

/** A sum of yen as the texts write it after normalizing kanji numerals: 100万円, 1億円, 2万1000円. */
export function japaneseYen(value: number): string {
  const oku = Math.floor(value / 100_000_000);
  const man = Math.floor((value % 100_000_000) / 10_000);
  const rest = value % 10_000;
  const parts = `${oku ? `${oku}億` : ''}${man ? `${man}万` : ''}${rest || (!oku && !man) ? rest : ''}`;
  return `${parts}円`;
}

/** The sums of yen an English query names, as the Japanese texts write them. */
export function englishAmounts(query: string): string[] {
  const out: string[] = [];
  for (const match of query.matchAll(AMOUNT)) {
    const words = match[0]
      .replace(/\s*(?:yen|円)$/iu, '')
      .split(/[\s-]+/u)
      .filter(Boolean);
    const value = numberValue(words);
    if (value !== undefined && value > 0) out.push(japaneseYen(value));
  }
  return out;
}
