import type { DocumentNode } from '../tree/types.ts';
import type { TranslationEntry } from './schema.ts';
import { collectUnits, type TranslationUnit } from './units.ts';

/**
 * State of one unit's translation: `translated` (an entry whose hash matches the source),
 * `stale` (an entry translating an earlier version of the source: "translation may be out of
 * date"), `missing` (no entry: "not yet translated").
 */
type UnitStatus = 'translated' | 'missing' | 'stale';

/** A unit with its translation state, and the translation when there is one (stale included). */
export interface UnitTranslation extends TranslationUnit {
  status: UnitStatus;
  /** the translated text (for `translated` and `stale`) */
  translation?: string;
  /** the translator's note, if any */
  note?: string;
  /** the hash the entry carries; differs from `hash` when stale */
  entryHash?: string;
}

/** Anything holding translation entries: a loaded `Translation`, or entries alone. */
interface TranslationEntries {
  entries: ReadonlyMap<string, TranslationEntry>;
}

/** Translation state of every unit of `tree` ({@link collectUnits}), in document order. */
export function translationStatus(
  tree: DocumentNode,
  translation: TranslationEntries | undefined,
): UnitTranslation[] {
  const entries = translation?.entries ?? new Map<string, TranslationEntry>();
  return collectUnits(tree).map((unit) => {
    const entry = entries.get(unit.key);
    if (!entry) return { ...unit, status: 'missing' };
    return {
      ...unit,
      status: entry.hash === unit.hash ? 'translated' : 'stale',
      translation: entry.text,
      entryHash: entry.hash,
      ...(entry.note ? { note: entry.note } : {}),
    };
  });
}

/** How much of a document is translated. `percent` counts only up-to-date entries, rounded down to 0.1. */
interface Coverage {
  units: number;
  translated: number;
  stale: number;
  missing: number;
  percent: number;
}

/** Coverage of a document by a translation (a document without units is 100% covered). */
export function coverage(tree: DocumentNode, translation: TranslationEntries | undefined): Coverage {
  return summarizeStatus(translationStatus(tree, translation));
}

/** Coverage from unit states already computed by {@link translationStatus}. */
export function summarizeStatus(units: readonly UnitTranslation[]): Coverage {
  const count = (status: UnitStatus) => units.filter((unit) => unit.status === status).length;
  const translated = count('translated');
  return {
    units: units.length,
    translated,
    stale: count('stale'),
    missing: count('missing'),
    percent: units.length === 0 ? 100 : Math.floor((translated * 1000) / units.length) / 10,
  };
}

/** Keys of entries that translate no unit of the tree (the anchor moved or the unit was removed). */
export function orphanKeys(tree: DocumentNode, translation: TranslationEntries | undefined): string[] {
  const keys = new Set(collectUnits(tree).map((unit) => unit.key));
  return [...(translation?.entries.keys() ?? [])].filter((key) => !keys.has(key));
}
