/**
 * Synthetic ordinances for benchmarks and scale tests: real article bodies of a seed, renumbered
 * and varied (deadlines, agencies, items added or removed) so the parser sees realistic text.
 */

/** A tiny deterministic PRNG (mulberry32), so generated corpora are reproducible. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits a law text into its articles (caption line + body) and everything before/after. */
export function splitArticles(text: string): { head: string; articles: string[]; tail: string } {
  const starts = [...text.matchAll(/^(?:[(（][^)）\n]+[)）]\n+)?第[0-9０-９]+条(?:の[0-9]+)* /gm)].map(
    (m) => m.index!,
  );
  const first = starts[0] ?? 0;
  const supplement = text.slice(first).search(/^附\s*則/m);
  const end = supplement >= 0 ? first + supplement : text.length;
  const inside = starts.filter((s) => s < end);
  if (inside.length === 0) return { head: text, articles: [], tail: '' };
  const articles = inside.map((s, i) => text.slice(s, inside[i + 1] ?? end));
  return { head: text.slice(0, inside[0]), articles, tail: text.slice(end) };
}

const DEADLINES = ['14日', '15日', '30日', '10日'];
const AGENCIES = ['市長', '町長', '村長', '教育委員会', '選挙管理委員会', '監査委員', '農業委員会', '議会'];

/**
 * An ordinance of about `targetBytes` UTF-8 bytes made from `seedText`'s articles, renumbered
 * 第1条…第N条, with headings dropped (chapters would repeat) and values varied by `random`.
 */
export function generateOrdinance(
  seedText: string,
  targetBytes: number,
  random: () => number,
  title = '合成市個人情報保護条例',
): string {
  const { articles } = splitArticles(seedText);
  if (articles.length === 0) throw new Error('seed text has no articles to vary');
  const parts = [`○${title}\n\n令和5年3月31日\n\n条例第${1 + Math.floor(random() * 60)}号\n\n`];
  let bytes = Buffer.byteLength(parts[0]!);
  let number = 0;
  while (bytes < targetBytes) {
    const source = articles[Math.floor(random() * articles.length)]!;
    number++;
    let article = source
      .replace(/^第[0-9]+条(?:の[0-9]+)*/m, `第${number}条`)
      .replace(/^第\d+[章節].*\n+/gm, '')
      .replace(/(\d+)日以内/g, () => `${DEADLINES[Math.floor(random() * DEADLINES.length)]}以内`)
      .replace(/市長/g, () => AGENCIES[Math.floor(random() * AGENCIES.length)]!);
    if (random() < 0.2) article = article.replace(/\n\(\d+\) [^\n]*\n/, '\n');
    parts.push(article);
    bytes += Buffer.byteLength(article);
  }
  parts.push('附 則\n\nこの条例は、公布の日から施行する。\n');
  return parts.join('');
}
