import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { formatMessage } from '../../src/lib/ingest/report.ts';
import { currentVersionDate } from '../../src/lib/ingest/versions.ts';
import { parseOptionsFor } from '../../src/lib/parse/index.ts';
import { parseAny } from '../../src/lib/read/index.ts';

const CITY = 'name:\n  ja: 架空市\n  en: Kaku City\nprefecture:\n  ja: 架空県\n  en: Kaku\n';
const META = 'title:\n  ja: 条例\n  en: Ordinance\nkind: ordinance\nlang: ja\n';
const versions = (...dates: string[]) => `versions:\n${dates.map((d) => `  - date: ${d}\n`).join('')}`;

describe('versions of a document: {doc}.versions/{date}.{ext} listed in versions:', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'reiki-versions-'));
    await mkdir(join(root, 'kaku/jorei.versions'), { recursive: true });
    await writeFile(join(root, 'kaku/city.yaml'), CITY);
    await writeFile(join(root, 'kaku/jorei.txt'), '第1条　新しい文。\n');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads every listed earlier version, newest first, with its date and metadata; the latest date is current', async () => {
    await writeFile(
      join(root, 'kaku/jorei.yaml'),
      `${META}${versions('2020-04-01', '2024-04-01', '2022-04-01')}`,
    );
    await writeFile(join(root, 'kaku/jorei.versions/2020-04-01.txt'), '第1条　古い文。\n');
    await writeFile(join(root, 'kaku/jorei.versions/2022-04-01.txt'), '第1条　中の文。\n');
    const corpus = await loadCorpus(root);
    expect(corpus.messages.map(formatMessage)).toEqual([]);
    const [doc] = corpus.documents;
    expect(doc!.versions.map((v) => [v.date, String(v.file.value)])).toEqual([
      ['2022-04-01', '第1条　中の文。\n'],
      ['2020-04-01', '第1条　古い文。\n'],
    ]);
    expect(currentVersionDate(doc!.meta)).toBe('2024-04-01');
  });

  it('reports a listed version without its source, and a source the metadata does not list', async () => {
    await writeFile(join(root, 'kaku/jorei.yaml'), `${META}${versions('2024-04-01', '2020-04-01')}`);
    await writeFile(join(root, 'kaku/jorei.versions/2019-01-01.txt'), '第1条　別の文。\n');
    await writeFile(join(root, 'kaku/jorei.versions/notes.md'), 'x');
    const corpus = await loadCorpus(root);
    const rules = corpus.messages.map((m) => m.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining(['missing-version-source', 'unlisted-version', 'unexpected-file']),
    );
    expect(corpus.messages.find((m) => m.ruleId === 'missing-version-source')!.fatal).toBe(true);
    expect(corpus.documents[0]!.versions).toEqual([]);
  });

  it('rejects a date listed twice, and versions of a document that is not there', async () => {
    await writeFile(join(root, 'kaku/jorei.yaml'), `${META}${versions('2024-04-01', '2024-04-01')}`);
    await mkdir(join(root, 'kaku/gone.versions'));
    const corpus = await loadCorpus(root);
    expect(corpus.messages.map(formatMessage).join('\n')).toMatch(
      /versions: expected each version date once.*invalid-metadata/,
    );
    expect(corpus.messages.map(formatMessage).join('\n')).toMatch(/gone\.versions.*unexpected-file/);
  });

  it('gives a document without versions: its one version the last known date', async () => {
    await writeFile(join(root, 'kaku/jorei.yaml'), `${META}updated: 2021-05-06\n`);
    const corpus = await loadCorpus(root);
    expect(corpus.documents[0]!.versions).toEqual([]);
    expect(currentVersionDate(corpus.documents[0]!.meta)).toBe('2021-05-06');
  });
});

describe('the APPI of 2025-09-24: the e-Gov API envelope, imported unchanged', () => {
  const CORPUS = '../shared/corpus/national/appi-2025-09-24.xml';
  const IMPORTED = 'content/sources/national/appi.versions/2025-09-24.xml';

  it('is byte-identical to the corpus file', (context) => {
    if (!existsSync(CORPUS)) {
      console.log(`skipped: ${CORPUS} is absent`);
      context.skip();
    }
    expect(readFileSync(IMPORTED).equals(readFileSync(CORPUS))).toBe(true);
  });

  it('reads the <DataRoot> envelope: the law inside it, with the law ID the API names', async () => {
    const corpus = await loadCorpus('content/sources');
    const appi = corpus.documents.find((d) => d.doc === 'appi')!;
    const [version] = appi.versions;
    expect(version!.date).toBe('2025-09-24');
    expect(String(version!.file.value).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<DataRoot>')).toBe(
      true,
    );
    const tree = parseAny(version!.file, parseOptionsFor(appi.meta));
    expect(version!.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(tree.data).toMatchObject({ egov: 'Law', lawId: '415AC0000000057', envelope: 'DataRoot' });
    expect(tree.title).toBe('個人情報の保護に関する法律');
    expect(tree.children.length).toBeGreaterThan(10);
  });

  it('reports an envelope whose API answer carries no law', async () => {
    const root = await mkdtemp(join(tmpdir(), 'reiki-envelope-'));
    try {
      const path = join(root, 'empty.xml');
      await writeFile(
        path,
        '<DataRoot><Result><Code>1</Code><Message>not found</Message></Result></DataRoot>',
      );
      const { readSourceSync } = await import('../../src/lib/ingest/read-source.ts');
      const file = readSourceSync(path);
      parseAny(file);
      expect(file.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([
        ['not-egov-xml', true, expect.stringContaining('the API answered 1: not found')],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
