/**
 * The lookup from e-Gov law IDs to the corpus documents that hold the laws. e-Gov standard law
 * XML (`content/sources/{city}/{doc}.xml`) is read into the same tree as parsed texts by
 * `import/` and written from any tree by `export/`. See docs/api.md.
 */
import { lawKey } from '../text/law-number.ts';
import type { DocumentKind, DocumentNode } from '../tree/types.ts';

/** A law of the corpus, as the lookup knows it. */
export interface LawDocument {
  city: string;
  doc: string;
  /** e-Gov law ID: from `overrides.lawId` in `{doc}.yaml`, else from the law number of the XML */
  lawId: string;
  /** the law number as printed: 平成十五年法律第五十七号 */
  lawNum?: string;
  title?: string;
  /** the short title e-Gov gives (個人情報保護法) */
  abbrev?: string;
}

/** What the lookup is built from: corpus documents with their parsed trees. */
interface LawSource {
  city: string;
  doc: string;
  kind?: DocumentKind;
  tree: DocumentNode;
  /** `overrides` of the document metadata; `overrides.lawId` names the law explicitly */
  overrides?: Record<string, unknown>;
}

/** Finds the corpus document of a national law by its e-Gov law ID. */
export interface LawIndex {
  /** every law of the corpus with a law ID */
  laws: LawDocument[];
  /**
   * The document holding the law with this e-Gov law ID (`415AC0000000057`), if the corpus has it.
   * Acts match whether the ID marks a cabinet or a member bill (the law number is the same).
   */
  lawIdToDocument(lawId: string): { city: string; doc: string } | undefined;
}

/** Build the law lookup from parsed documents (laws imported from XML, or `kind: law` with a lawId). */
export function createLawIndex(sources: Iterable<LawSource>): LawIndex {
  const laws: LawDocument[] = [];
  for (const source of sources) {
    const data = source.tree.data ?? {};
    const override = source.overrides?.lawId;
    const lawId = typeof override === 'string' ? override : data.lawId;
    if (!lawId) continue;
    const law: LawDocument = { city: source.city, doc: source.doc, lawId };
    const lawNum = data.lawNum ?? source.tree.number;
    if (lawNum) law.lawNum = lawNum;
    if (source.tree.title) law.title = source.tree.title;
    if (data.abbrev) law.abbrev = data.abbrev;
    laws.push(law);
  }
  return lawIndexOf(laws);
}

/** The index of laws already found (by createLawIndex, possibly in another thread). */
export function lawIndexOf(laws: readonly LawDocument[]): LawIndex {
  const byKey = new Map<string, LawDocument>();
  for (const law of laws) if (!byKey.has(lawKey(law.lawId))) byKey.set(lawKey(law.lawId), law);
  return {
    laws: [...laws],
    lawIdToDocument(lawId: string) {
      const law = byKey.get(lawKey(lawId));
      return law ? { city: law.city, doc: law.doc } : undefined;
    },
  };
}

/** The site path of a law's provision: `/ja/national/appi/#art-2-p1`. */
export function lawHref(
  index: LawIndex,
  lawId: string,
  lang: 'ja' | 'en',
  anchor?: string | null,
): string | undefined {
  const target = index.lawIdToDocument(lawId);
  if (!target) return undefined;
  return `/${lang}/${target.city}/${target.doc}/${anchor ? `#${anchor}` : ''}`;
}
