import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, splitArticles } from './ordinance.ts';

/** Options of a synthetic corpus. */
export interface SyntheticCorpusOptions {
  /** number of municipalities (one ordinance each, plus a policy for every third) */
  cities: number;
  /** seed of the pseudo-random generator: the same seed gives the same corpus */
  seed?: number;
}

const CITY_SYLLABLES = [
  'あお',
  'かわ',
  'やま',
  'はな',
  'みず',
  'たか',
  'もり',
  'いし',
  'しま',
  'ふじ',
  'さと',
  'みな',
];
const CITY_KANJI = ['青', '川', '山', '花', '水', '高', '森', '石', '島', '藤', '里', '南'];
const DEADLINES = [10, 14, 15, 20, 30];
const EXTENSIONS = [30, 45, 60];
const AGENCIES = [
  '市長',
  '教育委員会',
  '選挙管理委員会',
  '公平委員会',
  '監査委員',
  '農業委員会',
  '固定資産評価審査委員会',
  '水道事業管理者',
  '消防長',
  '議会',
];

/**
 * Varies one municipal ordinance the way real ones differ: renumbered articles, articles and
 * items added or removed, other deadlines and other implementing agencies.
 */
export function varyOrdinance(seedText: string, random: () => number, cityName: string): string {
  const { articles, tail } = splitArticles(seedText);
  const kept = articles.filter(() => random() > 0.08);
  const extra = articles.filter(() => random() < 0.05);
  const chosen = [...kept, ...extra];
  const deadline = DEADLINES[Math.floor(random() * DEADLINES.length)]!;
  const extension = EXTENSIONS[Math.floor(random() * EXTENSIONS.length)]!;
  const agencies = AGENCIES.filter((_, i) => i === 0 || random() > 0.4).join('、');
  const body = chosen.map((article, i) =>
    article
      .replace(/^第[0-9]+条(?:の[0-9]+)*/m, `第${i + 1}条`)
      .replace(/14日以内/g, `${deadline}日以内`)
      .replace(/60日を限度/g, `${extension}日を限度`)
      .replace(/市長、教育委員会、[^。]*?をいう/, `${agencies}をいう`)
      .replace(/日向市/g, cityName)
      .replace(/\n\(\d+\) [^\n]*\n/, (m) => (random() < 0.15 ? '\n' : m)),
  );
  const year = 10 + Math.floor(random() * 20);
  return `○${cityName}個人情報保護条例\n\n平成${year}年3月${1 + Math.floor(random() * 28)}日\n\n条例第${1 + Math.floor(random() * 40)}号\n\n${body.join('')}${tail.replace(/日向市/g, cityName)}`;
}

/**
 * Writes a synthetic corpus in the content/sources layout: N municipalities made by varying the
 * real seed structures. Returns the number of documents written.
 */
export function writeSyntheticCorpus(
  outDir: string,
  seeds: { ordinance: string; policy: string },
  options: SyntheticCorpusOptions,
): number {
  const random = createRandom(options.seed ?? 1);
  let documents = 0;
  for (let n = 0; n < options.cities; n++) {
    const slug = `synth-${String(n + 1).padStart(4, '0')}`;
    const a = n % CITY_KANJI.length;
    const b = Math.floor(n / CITY_KANJI.length) % CITY_KANJI.length;
    const nameJa = `${CITY_KANJI[a]}${CITY_KANJI[b]}${n + 1}市`;
    const nameEn = `${CITY_SYLLABLES[a]}${CITY_SYLLABLES[b]} ${n + 1} City`;
    const dir = join(outDir, slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'city.yaml'),
      `name:\n  ja: ${nameJa}\n  en: ${nameEn}\nprefecture:\n  ja: 架空県\n  en: Kaku\n`,
    );
    writeFileSync(join(dir, 'ordinance.txt'), varyOrdinance(seeds.ordinance, random, nameJa));
    writeFileSync(
      join(dir, 'ordinance.yaml'),
      `title:\n  ja: ${nameJa}個人情報保護条例\n  en: ${nameEn} Personal Information Protection Ordinance\nkind: ordinance\nlang: ja\n`,
    );
    documents++;
    if (n % 3 === 0) {
      writeFileSync(join(dir, 'policy.txt'), seeds.policy.replace(/小田原市/g, nameJa));
      writeFileSync(
        join(dir, 'policy.yaml'),
        `title:\n  ja: ${nameJa}プライバシーポリシー\n  en: ${nameEn} Privacy Policy\nkind: policy\nlang: ja\n`,
      );
      documents++;
    }
  }
  return documents;
}
