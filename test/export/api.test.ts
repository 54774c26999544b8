import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLawIndex } from '../../src/lib/egov/index.ts';
import type { ManifestCity, ManifestDocument } from '../../src/lib/emit/manifest.ts';
import { countUnits } from '../../src/lib/emit/manifest.ts';
import {
  buildDocumentExport,
  buildDocumentsIndex,
  documentLinks,
  type SiteDocument,
} from '../../src/lib/export/api.ts';
import { rebaseOnText, toPlainText } from '../../src/lib/export/text.ts';
import { loadCorpus } from '../../src/lib/ingest/index.ts';
import { readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { parseOptionsFor } from '../../src/lib/parse/index.ts';
import { parseAny } from '../../src/lib/read/index.ts';
import { isLeaf, type Node } from '../../src/lib/tree/types.ts';

const APPI = '../shared/reference/egov-415AC0000000057-appi-asof-2026-07-20.xml';

/** The site documents as the build makes them, from the sources (no content build needed). */
async function siteDocuments(): Promise<SiteDocument[]> {
  const corpus = await loadCorpus('content/sources');
  return corpus.documents.map((entry) => {
    const tree = parseAny(entry.file, parseOptionsFor(entry.meta));
    const city = corpus.cities.find((c) => c.city === entry.city)!;
    const document: ManifestDocument = {
      city: entry.city,
      doc: entry.doc,
      source: entry.path,
      title: entry.meta.title,
      kind: entry.meta.kind,
      lang: entry.meta.lang,
      style: tree.style,
      ...(entry.meta.number ? { number: entry.meta.number } : {}),
      ...(entry.meta.promulgated ? { promulgated: entry.meta.promulgated } : {}),
      counts: countUnits(tree),
      messages: { errors: 0, warnings: 0, info: 0, rules: {} },
    };
    const manifestCity: ManifestCity = {
      slug: city.city,
      name: city.meta.name,
      prefecture: city.meta.prefecture,
      documents: [],
    };
    return { document, city: manifestCity, tree, file: entry.file };
  });
}

describe('/api/documents.json', async () => {
  const documents = await siteDocuments();
  const index = buildDocumentsIndex(documents);

  it('lists every document with city, kind, titles, number, dates, pages and exports', () => {
    expect(index.count).toBe(documents.length);
    expect(index.documents.map((d) => `${d.city}/${d.doc}`)).toEqual(
      documents.map((d) => `${d.document.city}/${d.document.doc}`),
    );
    expect(index.documents[0]).toMatchObject({
      city: 'hyuga',
      cityName: { ja: '日向市', en: 'Hyuga City' },
      doc: 'personal-information-protection-ordinance',
      kind: 'ordinance',
      lang: 'ja',
      title: { ja: '日向市個人情報保護条例' },
      number: '条例第57号',
      promulgated: '2006-09-22',
      pages: {
        ja: '/ja/hyuga/personal-information-protection-ordinance/',
        en: '/en/hyuga/personal-information-protection-ordinance/',
      },
      exports: {
        json: '/api/hyuga/personal-information-protection-ordinance.json',
        xml: '/api/hyuga/personal-information-protection-ordinance.xml',
        txt: '/api/hyuga/personal-information-protection-ordinance.txt',
      },
    });
    expect(index.facts).toEqual({ json: '/api/facts.json', csv: '/api/facts.csv' });
  });

  it('gives national laws their e-Gov law ID', () => {
    const file = readSourceSync('test/fixtures/egov/sample-law.xml');
    const tree = parseAny(file);
    const [law] = buildDocumentsIndex([{ ...documents[0]!, tree, file }]).documents;
    expect(law?.lawId).toBe('505AC0000000099');
  });
});

describe('/api/{city}/{doc}.json', async () => {
  const documents = await siteDocuments();

  it('carries the tree of reiki parse and the analysis, with the links of the index', () => {
    const hyuga = documents[0]!;
    const exported = buildDocumentExport(hyuga);
    expect(exported).toMatchObject({
      version: 1,
      city: 'hyuga',
      ...documentLinks('hyuga', 'personal-information-protection-ordinance'),
    });
    expect(exported.tree).toBe(hyuga.tree);
    expect(['complete', 'unavailable']).toContain(exported.analysis);
    if (exported.analysis === 'complete') expect(exported.references.length).toBeGreaterThan(0);
    else expect(exported.references).toEqual([]);
    const text = JSON.stringify(exported);
    expect(JSON.parse(text).tree.children.length).toBe(hyuga.tree.children.length);
  });
});

describe('plain text export', async () => {
  const documents = await siteDocuments();

  // an e-Gov XML source has no text of its own to equal: its printed text is tested below
  const textSources = documents.filter((d) => d.file?.data.format !== 'xml');
  it.each(textSources.map((d) => [`${d.document.city}/${d.document.doc}`, d] as const))(
    'is the source text of %s',
    (_, d) => {
      expect(toPlainText(d.tree)).toBe(String(d.file!.value));
    },
  );

  it('rebases positions onto the text without changing text sources', () => {
    const hyuga = documents[0]!;
    const { tree, file } = rebaseOnText(hyuga.tree);
    expect(String(file.value)).toBe(String(hyuga.file!.value));
    expect(JSON.stringify(tree)).toBe(JSON.stringify(hyuga.tree));
  });

  it('gives an imported law its printed text, one unit per line, with positions into that text', () => {
    const tree = parseAny(readSourceSync('test/fixtures/egov/sample-law.xml'));
    const text = toPlainText(tree);
    expect(text).toContain('（目的）\n第一条\u3000この法律は、');
    expect(text).toContain('２\u3000この法律において「事業者」とは');
    const rebased = rebaseOnText(tree);
    const article = rebased.tree.children.find((n) => 'id' in n && n.id === 'ch-1');
    const { start, end } = article!.position!;
    expect(text.slice(start.offset, end.offset).startsWith('第一章\u3000総則\n')).toBe(true);
  });
});

describe('references to a national law on the site', async () => {
  const documents = await siteDocuments();

  it('link to its page when the analysis identifies the law (seed 004 cites 個人情報保護法)', () => {
    const odawara = documents.find((d) => d.document.city === 'odawara')!;
    const laws = createLawIndex([
      { city: 'national', doc: 'appi', tree: { ...odawara.tree, data: { lawId: '415AC0000000057' } } },
    ]);
    const exported = buildDocumentExport(odawara, laws);
    if (exported.analysis === 'unavailable') return;
    const linked = (
      exported.references as Array<{ external: { lawId: string; site?: { ja: string } } | null }>
    ).filter((reference) => reference.external?.lawId === '415AC0000000057');
    expect(linked.length).toBeGreaterThan(0);
    for (const reference of linked) expect(reference.external?.site?.ja).toMatch(/^\/ja\/national\/appi\//);
  });
});

describe('end to end with the APPI as e-Gov XML (../shared/reference, when present)', async () => {
  const present = existsSync(APPI);
  if (!present) console.log(`skipped the APPI end-to-end test: ${APPI} is not present`);
  const documents = present ? await siteDocuments() : [];

  it.runIf(present)('links seed 004 to the articles of the imported APPI', () => {
    const appi = parseAny(readSourceSync(APPI));
    const laws = createLawIndex([{ city: 'national', doc: 'appi', tree: appi }]);
    const anchors = new Set<string>();
    const walk = (node: Node) => {
      if (isLeaf(node)) return;
      if (node.id) anchors.add(node.id);
      node.children.forEach(walk);
    };
    walk(appi);
    const exported = buildDocumentExport(documents.find((d) => d.document.city === 'odawara')!, laws);
    if (exported.analysis === 'unavailable') return;
    const linked = (
      exported.references as Array<{ external: { anchor: string | null; site?: { ja: string } } | null }>
    ).filter((reference) => reference.external?.site);
    expect(linked.length).toBeGreaterThan(0);
    for (const { external } of linked) {
      if (external?.anchor) expect(anchors).toContain(external.anchor);
      expect(external?.site?.ja).toBe(`/ja/national/appi/${external?.anchor ? `#${external.anchor}` : ''}`);
    }
  });
});
