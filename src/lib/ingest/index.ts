/**
 * Reading sources: bytes → decoded, extracted text in a VFile, plus validated metadata.
 * See docs/sources.md for the layout of `content/sources/`.
 */
export { type CityEntry, loadCorpus, type SourceEntry } from './corpus.ts';
export { type DocumentMeta, documentSchema, parseMetadata } from './metadata.ts';
export { readSourceSync } from './read-source.ts';
export { formatMessage } from './report.ts';
