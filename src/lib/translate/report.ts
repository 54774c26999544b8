import type { DocumentNode } from '../tree/types.ts';
import type { Lang, Translation } from './load.ts';
import { orphanKeys, summarizeStatus, translationStatus } from './status.ts';

/** One document of the build with its translation. */
interface ReportInput {
  city: string;
  doc: string;
  /** language of the source text */
  sourceLang: Lang;
  tree: DocumentNode;
  translation: Translation;
}

/** How many missing keys a report lists per document before summarising the rest. */
const MISSING_LISTED = 5;

/** One document's part of the translation report, and the counts the total is made of. */
export interface DocumentTranslationReport {
  lines: string[];
  units: number;
  translated: number;
}

/**
 * Lines for the build output: per document its coverage, then one line per stale entry
 * (`path: key: reason [translation-stale]`), per orphaned entry, per problem in the file, and
 * the first few missing keys; finally a total. The caller prints them.
 * @example
 * "hyuga/personal-information-protection-ordinance ja→en: 100% translated (800/800 units; 0 stale, 0 missing)"
 */
export function reportTranslations(inputs: readonly ReportInput[]): string[] {
  const reports = inputs.map(reportDocumentTranslation);
  return [...reports.flatMap((report) => report.lines), totalTranslationLine(reports)];
}

/** The report of one document (see reportTranslations); the build makes it as it generates the document. */
export function reportDocumentTranslation({
  city,
  doc,
  sourceLang,
  tree,
  translation,
}: ReportInput): DocumentTranslationReport {
  const statuses = translationStatus(tree, translation);
  const summary = summarizeStatus(statuses);
  const file = translation.exists ? '' : ` — no file ${translation.path}`;
  const lines = [
    `${city}/${doc} ${sourceLang}→${translation.lang}: ${summary.percent}% translated (${summary.translated}/${summary.units} units; ${summary.stale} stale, ${summary.missing} missing)${file}`,
  ];
  for (const message of translation.messages) {
    const where = message.line != null ? `:${message.line}:${message.column ?? 1}` : '';
    lines.push(`  ${translation.path}${where}: ${message.reason} [${message.ruleId}]`);
  }
  for (const unit of statuses.filter((u) => u.status === 'stale')) {
    lines.push(
      `  ${translation.path}: ${unit.key}: translation may be out of date: unexpected hash ${unit.entryHash}, expected ${unit.hash} for source ${JSON.stringify(clip(unit.source))} [translation-stale]`,
    );
  }
  for (const key of orphanKeys(tree, translation)) {
    lines.push(
      `  ${translation.path}: ${key}: unexpected entry, expected a key of a unit in the source [translation-orphan]`,
    );
  }
  const missing = statuses.filter((u) => u.status === 'missing');
  if (translation.exists) {
    for (const unit of missing.slice(0, MISSING_LISTED)) {
      lines.push(`  ${translation.path}: ${unit.key}: not yet translated [translation-missing]`);
    }
    if (missing.length > MISSING_LISTED)
      lines.push(`  … and ${missing.length - MISSING_LISTED} more not yet translated`);
  }
  return { lines, units: summary.units, translated: summary.translated };
}

/** The last line of the report: how much of all documents is translated. */
export function totalTranslationLine(reports: readonly DocumentTranslationReport[]): string {
  const units = reports.reduce((sum, report) => sum + report.units, 0);
  const translated = reports.reduce((sum, report) => sum + report.translated, 0);
  const percent = units === 0 ? 100 : Math.floor((translated * 1000) / units) / 10;
  return `translations: ${percent}% of ${units} units in ${reports.length} documents up to date`;
}

function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
