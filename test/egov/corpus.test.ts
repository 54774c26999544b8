import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLawIndex, lawHref } from '../../src/lib/egov/index.ts';
import { loadCorpus } from '../../src/lib/ingest/index.ts';
import { readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { parseOptionsFor } from '../../src/lib/parse/index.ts';
import { parseAny } from '../../src/lib/read/index.ts';
import { SAMPLE, unitsOf } from './helpers.ts';

describe('a national law as a source: content/sources/{city}/{doc}.xml', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reiki-egov-'));
    await mkdir(join(root, 'national'), { recursive: true });
    await mkdir(join(root, 'hyuga'), { recursive: true });
    await writeFile(
      join(root, 'national/city.yaml'),
      'name:\n  ja: 国の法令\n  en: National laws\nprefecture:\n  ja: 日本\n  en: Japan\n',
    );
    await copyFile(SAMPLE, join(root, 'national/fictional-information-act.xml'));
    await writeFile(
      join(root, 'national/fictional-information-act.yaml'),
      'title:\n  ja: 架空情報の取扱いに関する法律\n  en: Act on the Handling of Fictional Information\nkind: law\nlang: ja\nnumber: 令和五年法律第九十九号\npromulgated: 2023-04-01\n',
    );
    await writeFile(
      join(root, 'hyuga/city.yaml'),
      'name:\n  ja: 日向市\n  en: Hyuga City\nprefecture:\n  ja: 宮崎県\n  en: Miyazaki\n',
    );
    await writeFile(
      join(root, 'hyuga/jorei.txt'),
      '第1条 この条例は、架空情報の取扱いに関する法律（令和5年法律第99号）第2条第1項の規定による。\n第2条 目的\n',
    );
    await writeFile(
      join(root, 'hyuga/jorei.yaml'),
      'title:\n  ja: 条例\n  en: Ordinance\nkind: ordinance\nlang: ja\nstatus: in-force\nasOf: 2024-04-01\nstatusNote:\n  ja: 試験用の条例\n  en: A test ordinance\n',
    );
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('loads the XML beside text sources, kept as XML', async () => {
    const corpus = await loadCorpus(root);
    expect(corpus.messages).toEqual([]);
    const law = corpus.documents.find((d) => d.doc === 'fictional-information-act')!;
    expect(law.file.data.format).toBe('xml');
    expect(String(law.file.value)).toBe(await readFile(SAMPLE, 'utf8'));
  });

  it('parses every source with parseAny: XML through the importer, text through the parser', async () => {
    const corpus = await loadCorpus(root);
    const trees = corpus.documents.map((entry) => parseAny(entry.file, parseOptionsFor(entry.meta)));
    expect(trees.map((tree) => unitsOf(tree, ['article']).length)).toEqual([2, 9]);
    expect(trees[1]!.data?.lawId).toBe('505AC0000000099');
  });

  it('finds the corpus document of a law by its e-Gov law ID', async () => {
    const corpus = await loadCorpus(root);
    const index = createLawIndex(
      corpus.documents.map((entry) => ({
        city: entry.city,
        doc: entry.doc,
        tree: parseAny(entry.file, parseOptionsFor(entry.meta)),
      })),
    );
    expect(index.laws.map((law) => [law.doc, law.lawId, law.abbrev])).toEqual([
      ['fictional-information-act', '505AC0000000099', '架空情報法'],
    ]);
    expect(index.lawIdToDocument('505AC0000000099')).toEqual({
      city: 'national',
      doc: 'fictional-information-act',
    });
    // A member bill's ID differs in one digit; the law number is the same law.
    expect(index.lawIdToDocument('505AC1000000099')).toEqual({
      city: 'national',
      doc: 'fictional-information-act',
    });
    expect(index.lawIdToDocument('415AC0000000057')).toBeUndefined();
    expect(lawHref(index, '505AC0000000099', 'en', 'art-2-p1')).toBe(
      '/en/national/fictional-information-act/#art-2-p1',
    );
  });

  it('lets metadata name the law ID (overrides.lawId)', () => {
    const file = readSourceSync(SAMPLE);
    const tree = parseAny(file);
    const index = createLawIndex([
      { city: 'national', doc: 'x', tree, overrides: { lawId: '505AC0000000123' } },
    ]);
    expect(index.lawIdToDocument('505AC0000000123')).toEqual({ city: 'national', doc: 'x' });
  });
});
