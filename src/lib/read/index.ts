/**
 * Any source into the document tree, by its format: e-Gov standard law XML through the e-Gov
 * importer, text and extracted HTML through the parser. The dispatch lives here, above both
 * readers, so that neither needs the other (test/architecture.test.ts keeps it so).
 */
import { extname } from 'node:path';
import type { VFile } from 'vfile';
import { importEgovXml } from '../egov/import/index.ts';
import { type ParseOptions, parseSource } from '../parse/index.ts';
import type { DocumentNode } from '../tree/types.ts';

/** True when a source is e-Gov XML: read as `.xml` (`file.data.format`), or named so. */
export function isEgovXmlSource(file: VFile): boolean {
  return (
    file.data.format === 'xml' || (file.path !== undefined && extname(file.path).toLowerCase() === '.xml')
  );
}

/**
 * Parse any source into the document tree: e-Gov XML through {@link importEgovXml} (national
 * laws: their structure is in the markup already), text and extracted HTML through `parseSource`.
 * Never throws; problems are messages on `file`.
 */
export function parseAny(file: VFile, options: ParseOptions = {}): DocumentNode {
  if (isEgovXmlSource(file)) return importEgovXml(file, options.lang ? { lang: options.lang } : {});
  return parseSource(file, options);
}
