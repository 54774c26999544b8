/**
 * Translations keyed by anchors: units of a parsed source, translation files with source hashes,
 * their status and coverage, the build report, and the glossary. See docs/translation.md.
 */

export { glossaryRenderings, loadGlossary, parseGlossary } from './glossary.ts';
export { hashSourceText, normalizeSourceText } from './hash.ts';
export { loadTranslation, otherLang, parseTranslation, translationPath } from './load.ts';
export { findPhraseMismatches, phraseEntries } from './phrases.ts';
export { agreesWith, loadReferenceLexicon, normalizeRendering } from './reference.ts';
export {
  type DocumentTranslationReport,
  reportDocumentTranslation,
  reportTranslations,
  totalTranslationLine,
} from './report.ts';
export type { TranslationEntry } from './schema.ts';
export { coverage, orphanKeys, translationStatus, type UnitTranslation } from './status.ts';
export { collectTerms, findUnrenderedTerms } from './terms.ts';
export { cellKey, collectUnits } from './units.ts';
