import type { VFileMessage } from 'vfile-message';
import type { SourceEntry } from './corpus.ts';
import { MUNICIPAL_APPI_DATE, textDate } from './metadata.ts';
import { createMessage } from './report.ts';

/**
 * Check the status metadata of a corpus as a whole (docs/sources.md, "Status"): `supersededBy`
 * names a document the corpus has, and a municipal text that may predate the APPI's rules for
 * municipalities (2023-04-01) says whether it still applies, so that no page guesses it.
 */
export function checkStatuses(
  documents: readonly SourceEntry[],
  metaPath: (entry: SourceEntry) => string,
): VFileMessage[] {
  const known = new Set(documents.map(({ city, doc }) => `${city}/${doc}`));
  const messages: VFileMessage[] = [];
  for (const entry of documents) {
    const { meta } = entry;
    const by = meta.supersededBy;
    if (by && !known.has(`${by.city}/${by.doc}`)) {
      messages.push(
        createMessage(
          metaPath(entry),
          `Unexpected supersededBy \`${by.city}/${by.doc}\`, expected a document of the corpus (content/sources/{city}/{doc})`,
          'unknown-superseded-by',
        ),
      );
    }
    if (meta.status || meta.kind === 'law') continue;
    const date = textDate(meta);
    if (date !== undefined && date >= MUNICIPAL_APPI_DATE) continue;
    const when = date === undefined ? 'states no date' : `is dated ${date}`;
    messages.push(
      createMessage(
        metaPath(entry),
        `Missing status: the text ${when}, before the APPI governed municipalities (${MUNICIPAL_APPI_DATE}); expected status (in-force, superseded or historical) with statusNote saying why`,
        'missing-status',
      ),
    );
  }
  return messages;
}
