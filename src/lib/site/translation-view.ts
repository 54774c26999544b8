import { type Lang, t } from '../i18n/index.ts';
import type { DocContext } from './document.ts';

/** How one translated unit is shown beside (or instead of) its original. */
interface UnitDisplay {
  /** the text shown: the translation, or the original where there is none */
  text: string;
  /** language of `text` */
  lang: Lang;
  /** `stale`: the source changed since the entry was written; `missing`: no entry, the original is shown */
  flag?: { kind: 'stale' | 'missing'; label: string };
  /** the translator's note */
  note?: string;
}

/**
 * What the page shows for translation key `key` ({@link UnitDisplay}): an up-to-date translation
 * as it is; a stale one flagged "translation may be out of date"; a missing one as the original,
 * flagged "not yet translated". Labels are in the page's language. Undefined for keys the
 * document does not have.
 */
export function displayOf(context: DocContext, key: string): UnitDisplay | undefined {
  const unit = context.translation.get(key);
  if (!unit) return undefined;
  const note = unit.note ? { note: unit.note } : {};
  if (unit.status === 'missing' || unit.translation === undefined) {
    return {
      text: unit.source,
      lang: context.sourceLang,
      flag: { kind: 'missing', label: t(context.lang, 'trans.missing') },
      ...note,
    };
  }
  return {
    text: unit.translation,
    lang: context.transLang,
    ...(unit.status === 'stale'
      ? { flag: { kind: 'stale' as const, label: t(context.lang, 'trans.stale') } }
      : {}),
    ...note,
  };
}

/** A piece of translated text: plain, or a citation linked to a provision of the document. */
type TextPiece = string | { text: string; anchor: string };

/** "Article 11-2, paragraph (2), item (iv)": the absolute citations English translations print. */
const ENGLISH_CITATION = /Article (\d+(?:-\d+)*)(?:, paragraph \((\d+)\))?(?:, item \(([ivxlc]+)\))?/g;

function fromRoman(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]!]!;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * Link the absolute citations of a translated text ("Article 20, paragraph (3)") to the provisions
 * the original unit cites: a citation is linked only when its anchor is a target of a reference
 * of that unit, or encloses one (Article 11, paragraph (2) for 第11条第2項各号), so a provision of
 * another law ("Article 2 of the Local Public Officer Act") never links into this document.
 * Relative citations ("the preceding paragraph") stay text.
 */
export function linkCitations(text: string, targets: ReadonlySet<string>): TextPiece[] {
  if (targets.size === 0) return [text];
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(ENGLISH_CITATION)) {
    const [whole, article, paragraph, item] = match;
    let anchor = `art-${article!.replace(/-/g, '_')}`;
    if (paragraph || item) anchor += `-p${paragraph ?? '1'}`;
    if (item) anchor += `-i${fromRoman(item)}`;
    const cited = targets.has(anchor) || [...targets].some((target) => target.startsWith(`${anchor}-`));
    if (!cited) continue;
    if (match.index > at) pieces.push(text.slice(at, match.index));
    pieces.push({ text: whole, anchor });
    at = match.index + whole.length;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
