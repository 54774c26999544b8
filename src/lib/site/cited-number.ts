/**
 * The number a pasted citation gives a document. A 例規集 prints an ordinance's number under its
 * title without the year or the issuer (平成18年9月22日 / 条例第57号), but numbering restarts every
 * year and every municipality has its own: 「条例第57号」 alone names dozens of ordinances. A citation
 * that leaves the site must name one, as the texts themselves cite ordinances: 平成18年日向市条例第57号,
 * "Hyuga City Ordinance No. 57 of 2006" (docs/translation.md); an Act keeps its own form
 * (平成十五年法律第五十七号, "Act No. 57 of 2003").
 */
import type { Localized } from '../emit/manifest.ts';
import type { Lang } from '../i18n/index.ts';
import { ERA_NAME_PATTERN } from '../text/era.ts';
import { englishLawNumber } from '../text/law-number.ts';
import { NUMERAL_CLASS } from '../text/numerals.ts';

const ERA_YEAR = new RegExp(`^(?:${ERA_NAME_PATTERN})(?:元|[${NUMERAL_CLASS}]+)年`);

/** The issuers a municipal number leaves out: 条例第57号, 規則第3号 (not 日向市条例, 法律, 政令). */
const BARE_MUNICIPAL = /^(?:条例|規則)第/;

interface CitedNumberInput {
  /** the number as printed under the title: 条例第57号, 平成十五年法律第五十七号 */
  printed: string;
  /** the promulgation date as printed (平成18年9月22日), which supplies a missing year */
  promulgated?: string | undefined;
  /** the municipality that issued it (日向市 / Hyuga City), named before a bare 条例 or 規則 */
  issuer?: Localized | undefined;
}

/** 平成18年日向市条例第57号 / Hyuga City Ordinance No. 57 of 2006; the printed number when it cannot be read. */
export function citedNumber({ printed, promulgated, issuer }: CitedNumberInput, lang: Lang): string {
  const number = printed.normalize('NFKC').replace(/\s/g, '');
  const printedYear = ERA_YEAR.exec(number)?.[0];
  const year = printedYear ?? ERA_YEAR.exec(promulgated?.normalize('NFKC').replace(/\s/g, '') ?? '')?.[0];
  const rest = printedYear ? number.slice(printedYear.length) : number;
  const municipal = issuer !== undefined && BARE_MUNICIPAL.test(rest);
  if (lang === 'ja') {
    return `${year ?? ''}${municipal ? issuer.ja : ''}${year || municipal ? rest : printed}`;
  }
  const english = englishLawNumber(`${year ?? ''}${rest}`, { withYear: true });
  if (english === `${year ?? ''}${rest}`) return englishLawNumber(printed);
  return municipal ? `${issuer.en} ${english}` : english;
}
