import { type Lang, t } from '../i18n/index.ts';
import type { DocContext } from './document.ts';

/** How one translated unit is shown beside (or instead of) its original. */
export interface UnitDisplay {
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
