import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toEgovXml } from '../../src/lib/egov/export/index.ts';
import { loadCorpus } from '../../src/lib/ingest/index.ts';
import { readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { parseOptionsFor } from '../../src/lib/parse/index.ts';
import { parseAny } from '../../src/lib/read/index.ts';
import { missingSchemaReason, validateAgainstEgovSchema, type XmlToValidate } from './xsd.ts';

const skip = missingSchemaReason();

/** The XML export of every source of the corpus, as the `/api/{city}/{doc}.xml` endpoint writes it. */
async function corpusExports(): Promise<XmlToValidate[]> {
  const corpus = await loadCorpus('content/sources');
  return corpus.documents.flatMap((entry) => {
    const tree = parseAny(entry.file, parseOptionsFor(entry.meta));
    const xml = toEgovXml(tree, { ...entry.meta, title: entry.meta.title.ja });
    const versions = entry.versions.map((version) => {
      const old = parseAny(version.file, parseOptionsFor(entry.meta));
      const oldXml = toEgovXml(old, { ...entry.meta, title: entry.meta.title.ja, asOf: version.date });
      return { name: `${entry.city}_${entry.doc}_${version.date}.xml`, xml: oldXml };
    });
    return [{ name: `${entry.city}_${entry.doc}.xml`, xml }, ...versions];
  });
}

/** Exports of the test fixtures: laws in both styles, HTML pages, hostile text, odd encodings. */
function fixtureExports(): XmlToValidate[] {
  const folders = ['laws', 'refs', 'hostile', 'html', 'encodings', 'egov'];
  return folders.flatMap((folder) =>
    readdirSync(join('test/fixtures', folder))
      .filter((name) => /\.(txt|html|xml)$/.test(name) && !name.startsWith('expected'))
      .map((name) => {
        const tree = parseAny(readSourceSync(join('test/fixtures', folder, name)));
        return { name: `${folder}_${name}.xml`, xml: toEgovXml(tree) };
      }),
  );
}

describe.skipIf(skip)('e-Gov XML exports against XMLSchemaForJapaneseLaw_v3.xsd', () => {
  it('every source of the corpus, every version, exports schema-valid XML', async () => {
    const exports = await corpusExports();
    expect(exports.length).toBeGreaterThanOrEqual(7);
    expect(exports.map((file) => file.name)).toContain('national_appi_2025-09-24.xml');
    expect(await validateAgainstEgovSchema(exports)).toEqual([]);
  });

  it('every test fixture (both law styles, pages, hostile text) exports schema-valid XML', async () => {
    expect(await validateAgainstEgovSchema(fixtureExports())).toEqual([]);
  });

  it('a page without number or date still exports Law@Era, @Year and @Num, with an empty LawNum', async () => {
    const [mutsu] = (await corpusExports()).filter((file) => file.name.startsWith('mutsu_'));
    expect(mutsu!.xml).toMatch(
      /<Law Era="Reiwa" Year="1" Num="1" LawType="Misc" Lang="ja">\s*<LawNum(\/>|><\/LawNum>)/,
    );
  });

  it('reports a real violation (the validator is not a no-op)', async () => {
    const broken = '<Law Era="Reiwa" Year="1" Num="1" LawType="Misc" Lang="ja"><LawNum/></Law>';
    const errors = await validateAgainstEgovSchema([{ name: 'broken.xml', xml: broken }]);
    expect(errors.join('\n')).toMatch(/LawBody/);
  });
});
