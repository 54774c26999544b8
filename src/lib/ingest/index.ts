/**
 * Reading sources: bytes → decoded, extracted text in a VFile, plus validated metadata.
 * See docs/sources.md for the layout of `content/sources/`.
 */
export { type CityEntry, type Corpus, loadCorpus, type SourceEntry } from './corpus.ts';
export { type DecodeOptions, decodeSource } from './decode.ts';
export { type ExtractedHtml, extractHtml } from './html.ts';
export {
  type CityMeta,
  citySchema,
  type DocumentMeta,
  documentSchema,
  localizedSchema,
  type MetadataResult,
  parseMetadata,
  readCityMeta,
  readDocumentMeta,
  type VersionMeta,
  versionSchema,
} from './metadata.ts';
export { finishSource, readSource, readSourceSync, sniffCharset } from './read-source.ts';
export { compareMessages, createMessage, formatMessage, INGEST_SOURCE } from './report.ts';
export type { ChromeRange, SourceEncoding, SourceFormat } from './source-data.ts';
export {
  currentVersionDate,
  earlierVersions,
  loadVersions,
  VERSIONS_SUFFIX,
  type VersionEntry,
} from './versions.ts';
