import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAny, parseOptionsFor } from '../../src/lib/egov/index.ts';
import { toEgovXml } from '../../src/lib/export/egov-xml.ts';
import { loadCorpus } from '../../src/lib/ingest/index.ts';
import { readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { missingSchemaReason, validateAgainstEgovSchema, type XmlToValidate } from './xsd.ts';

const skip = missingSchemaReason();

/** The XML export of every source of the corpus, as the `/api/{city}/{doc}.xml` endpoint writes it. */
async function corpusExports(): Promise<XmlToValidate[]> {
  const corpus = await loadCorpus('content/sources');
  return corpus.documents.map((entry) => {
    const tree = parseAny(entry.file, parseOptionsFor(entry.meta));
    const xml = toEgovXml(tree, { ...entry.meta, title: entry.meta.title.ja });
    return { name: `${entry.city}_${entry.doc}.xml`, xml };
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
  it('every source of the corpus exports schema-valid XML', async () => {
    const exports = await corpusExports();
    expect(exports.length).toBeGreaterThanOrEqual(6);
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
