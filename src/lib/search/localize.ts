/**
 * A search unit in one site language: labels in that language (第26条 / Article 26), caption,
 * enclosing headings and text from the source when it is written in that language, otherwise from
 * its translation, falling back to the source piece by piece where a translation is missing.
 */
import { NUMERAL_CLASS, parseNumeral } from '../text/numerals.ts';
import type { SearchUnit } from './records.ts';

/** A site language. */
export type SiteLang = 'ja' | 'en';

/** A unit as shown and indexed in one language. */
export interface LocalizedUnit {
  /** 第26条, Article 26, 附則第5項, Supplementary Provisions, paragraph 5; '' for page sections */
  label: string;
  /** caption or heading title; '' when the unit has none */
  caption: string;
  /** enclosing headings, outermost first */
  context: string[];
  /** the text, one line per paragraph, item, block or cell, markers first */
  text: string;
  /** true when every piece is in `lang` (source language, or translated) */
  complete: boolean;
  /** a chapter or section (titled 第6章 罰則, Chapter 6 Penal Provisions) */
  container?: boolean;
}

const CONTAINER_NAMES: Record<string, string> = {
  編: 'Part',
  章: 'Chapter',
  節: 'Section',
  款: 'Subsection',
  目: 'Division',
};

/**
 * Localize `unit` of a document written in `sourceLang` into `lang`; `translation` maps
 * translation keys to text in `lang` (used only when `lang` is not the source language). Pieces
 * without a translation show the source text, or are left out when `fallback` is false.
 */
export function localizeUnit(
  unit: SearchUnit,
  sourceLang: SiteLang,
  lang: SiteLang,
  translation: ReadonlyMap<string, string> = new Map(),
  fallback = true,
): LocalizedUnit {
  const own = lang === sourceLang;
  let complete = true;
  const pick = (key: string | undefined, source: string): string => {
    if (own) return source;
    const translated = key ? translation.get(key) : undefined;
    if (translated === undefined) complete = false;
    return translated ?? (fallback ? source : '');
  };
  const caption = unit.caption ? pick(unit.captionKey, unit.caption) : '';
  const context = unit.context
    .map((part) => {
      if (own || !part.label) return pick(part.key, part.text);
      const title = translation.get(part.key);
      if (title === undefined) complete = false;
      return title === undefined
        ? fallback
          ? part.text
          : ''
        : `${englishLabel(part.label)} ${title}`.trim();
    })
    .filter(Boolean);
  const lines = unit.parts
    .map((part) => {
      const text = pick(part.key || undefined, part.text);
      if (!text) return '';
      return part.label && !/^[•・·]$/.test(part.label) ? `${part.label} ${text}` : text;
    })
    .filter(Boolean);
  return {
    label: labelOf(unit, lang, translation),
    caption,
    context,
    text: lines.join('\n'),
    complete,
    ...(unit.type === 'container' ? { container: true } : {}),
  };
}

function labelOf(unit: SearchUnit, lang: SiteLang, translation: ReadonlyMap<string, string>): string {
  const inSupplement = unit.anchor.startsWith('suppl-');
  switch (unit.type) {
    case 'article': {
      if (lang === 'ja') return `${inSupplement ? '附則' : ''}${unit.label ?? ''}`;
      const number = (unit.num ?? '').replace(/_/g, '-');
      return `${inSupplement ? 'Supplementary Provisions, ' : ''}Article ${number}`.trim();
    }
    case 'supplement': {
      const paragraph = (unit.siblings ?? 1) > 1 ? (unit.num ?? unit.label ?? '') : '';
      if (lang === 'ja') {
        return `附則${unit.amendment ? `（${unit.amendment}）` : ''}${paragraph ? `第${paragraph}項` : ''}`;
      }
      const amendment = unit.amendmentKey ? translation.get(unit.amendmentKey) : undefined;
      const of = amendment ?? unit.amendment;
      return `Supplementary Provisions${of ? ` (${of})` : ''}${paragraph ? `, paragraph ${paragraph}` : ''}`;
    }
    case 'preamble':
      return lang === 'ja' ? '前文' : 'Preamble';
    case 'contact':
      return lang === 'ja' ? 'お問い合わせ' : 'Contact';
    case 'container':
      return lang === 'ja' ? (unit.label ?? '') : englishLabel(unit.label ?? '');
    default:
      return unit.label ?? '';
  }
}

const CONTAINER_LABEL = new RegExp(`^第([${NUMERAL_CLASS}]+)([編章節款目])(?:の([${NUMERAL_CLASS}]+))?$`);

/** 第3章 → Chapter 3, 第一節 → Section 1; other labels as printed. */
export function englishLabel(label: string): string {
  const match = CONTAINER_LABEL.exec(label.replace(/\s+/g, ''));
  if (!match) return label;
  const number = parseNumeral(match[1]!);
  const branch = match[3] ? `-${parseNumeral(match[3])}` : '';
  return `${CONTAINER_NAMES[match[2]!]} ${number}${branch}`;
}
