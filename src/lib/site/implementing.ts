import type { Definition } from '../analyze/types.ts';
import type { Manifest, ManifestDocument } from '../emit/manifest.ts';

/**
 * The documents that implement a national law: those whose own abbreviation 法 (以下「法」という)
 * names that law. An implementing ordinance (施行条例) calls the law it implements 法 and cites its
 * articles by that name; a text that merely cites a law names it in full.
 */
export function implementingDocuments(
  lawId: string,
  manifest: Manifest,
  definitionsOf: (document: ManifestDocument) => readonly Definition[],
): ManifestDocument[] {
  return manifest.documents.filter(
    (document) =>
      document.kind !== 'law' &&
      definitionsOf(document).some(
        (definition) => definition.term === '法' && definition.law?.lawId === lawId,
      ),
  );
}
