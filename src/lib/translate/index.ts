/**
 * Translations keyed by anchors: units of a parsed source, translation files with source hashes,
 * their status and coverage, the build report, and the glossary. See docs/translation.md.
 */

export {
  GLOSSARY_PATH,
  type Glossary,
  type GlossaryEntry,
  glossaryEntrySchema,
  glossarySchema,
  loadGlossary,
  parseGlossary,
} from './glossary.ts';
export { hashSourceText, normalizeSourceText, SOURCE_HASH_LENGTH } from './hash.ts';
export {
  type Lang,
  loadTranslation,
  otherLang,
  parseTranslation,
  TRANSLATIONS_DIR,
  type Translation,
  translationPath,
} from './load.ts';
export {
  type BilingualUnit,
  findPhraseMismatches,
  type PhraseMismatch,
  phraseEntries,
} from './phrases.ts';
export {
  agreesWith,
  loadReferenceLexicon,
  normalizeRendering,
  REFERENCE_FILES,
  type ReferenceLexicon,
  readAppiTerms,
  readDictionary,
} from './reference.ts';
export {
  type DocumentTranslationReport,
  type ReportInput,
  reportDocumentTranslation,
  reportTranslations,
  totalTranslationLine,
} from './report.ts';
export {
  TRANSLATION_KEY,
  type TranslationEntry,
  translationEntrySchema,
  translationFileSchema,
} from './schema.ts';
export {
  type Coverage,
  coverage,
  orphanKeys,
  summarizeStatus,
  type TranslationEntries,
  translationStatus,
  type UnitStatus,
  type UnitTranslation,
} from './status.ts';
export { collectTerms, findUnrenderedTerms, type TermKind, type TermOccurrence } from './terms.ts';
export {
  cellKey,
  collectUnits,
  DOCUMENT_TITLE_KEY,
  type TranslationUnit,
  type UnitField,
  unitKey,
} from './units.ts';
export { parseYamlFile, TRANSLATE_SOURCE } from './yaml-file.ts';
