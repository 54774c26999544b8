import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { formatMessage } from '../../src/lib/ingest/report.ts';

const SOURCES = fileURLToPath(new URL('../../content/sources/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const HAVE_SEEDS = existsSync(SEEDS);
const SEED_CITIES = ['hyuga', 'minato', 'mutsu', 'nagareyama', 'odawara'];
if (!HAVE_SEEDS)
  console.warn(`Skipping the seed comparison: ${SEEDS} is absent (it exists only beside the main checkout).`);

describe('loadCorpus: content/sources', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus(SOURCES);
  });

  const seedDocuments = () => corpus.documents.filter(({ meta }) => meta.seed !== undefined);

  it('finds every city folder, in name order, without messages', () => {
    expect(corpus.messages.map(formatMessage)).toEqual([]);
    const folders = readdirSync(SOURCES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(corpus.cities.map(({ city }) => city)).toEqual(folders);
    expect(
      corpus.cities
        .filter(({ city }) => SEED_CITIES.includes(city))
        .map(({ city, meta }) => [city, meta.name.en, meta.prefecture.ja]),
    ).toEqual([
      ['hyuga', 'Hyuga City', '宮崎県'],
      ['minato', 'Minato City', '東京都'],
      ['mutsu', 'Mutsu City', '青森県'],
      ['nagareyama', 'Nagareyama City', '千葉県'],
      ['odawara', 'Odawara City', '神奈川県'],
    ]);
  });

  it('finds the five seed documents with their metadata', () => {
    expect(
      seedDocuments().map(({ city, doc, meta }) => [city, doc, meta.kind, meta.lang, meta.seed]),
    ).toEqual([
      ['hyuga', 'personal-information-protection-ordinance', 'ordinance', 'ja', '003_c43405dea882d69b.txt'],
      ['minato', 'privacy-policy', 'policy', 'en', '000_abea0de734724b77.txt'],
      ['mutsu', 'privacy-system', 'page', 'ja', '001_6bc95327f6bbd669.txt'],
      ['nagareyama', 'privacy-system', 'page', 'ja', '002_8b233deecaad6f4c.txt'],
      ['odawara', 'smart-city-privacy-policy', 'policy', 'ja', '004_9e708aca96b36c7f.txt'],
    ]);
    const hyuga = seedDocuments()[0]?.meta;
    expect(hyuga).toMatchObject({ number: '条例第57号', promulgated: '2006-09-22', updated: '2018-09-25' });
  });

  it('decodes every plain-text source as UTF-8 text, unchanged', () => {
    const textSources = corpus.documents.filter(({ path }) => path.endsWith('.txt'));
    expect(textSources.length).toBeGreaterThanOrEqual(5);
    for (const { path, file } of textSources) {
      expect(file.data).toEqual({ encoding: 'utf-8', format: 'text' });
      expect(file.value).toBe(readFileSync(path, 'utf8'));
    }
  });

  it('reads an e-Gov XML source as XML', () => {
    const appi = corpus.documents.find(({ city, doc }) => city === 'national' && doc === 'appi');
    expect(appi?.file.data.format).toBe('xml');
    expect(appi?.meta.kind).toBe('law');
  });

  it.skipIf(!HAVE_SEEDS)('holds byte-for-byte copies of the seeds', () => {
    for (const { path, meta } of seedDocuments()) {
      expect(readFileSync(path).equals(readFileSync(join(SEEDS, meta.seed ?? '')))).toBe(true);
    }
  });
});

describe('loadCorpus: problems are reported and skipped, the rest goes on', () => {
  let root: string;
  const city = 'name:\n  ja: 日向市\n  en: Hyuga City\nprefecture:\n  ja: 宮崎県\n  en: Miyazaki\n';
  const meta = (kind: string) => `title:\n  ja: 題\n  en: Title\nkind: ${kind}\nlang: ja\n`;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reiki-corpus-'));
    const files: Record<string, string | Uint8Array> = {
      'README.md': 'not a city',
      'hyuga/city.yaml': city,
      'hyuga/good.txt': '第1条 目的',
      'hyuga/good.yaml': meta('ordinance'),
      'hyuga/page.html': '<nav>ホーム</nav><p>本文</p>',
      'hyuga/page.yaml': meta('page'),
      'hyuga/no-meta.txt': '本文',
      'hyuga/bad-meta.txt': '本文',
      'hyuga/bad-meta.yaml': meta('rule'),
      'hyuga/binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'hyuga/binary.yaml': meta('page'),
      'hyuga/empty.txt': '',
      'hyuga/empty.yaml': meta('page'),
      'hyuga/twice.txt': 'a',
      'hyuga/twice.html': '<p>a</p>',
      'hyuga/twice.yaml': meta('page'),
      'hyuga/orphan.yaml': meta('page'),
      'hyuga/notes.md': 'notes',
      'hyuga/Bad Name.txt': 'x',
      'no-city/doc.txt': 'x',
      'no-city/doc.yaml': meta('page'),
      'Upper/city.yaml': city,
    };
    for (const [name, content] of Object.entries(files)) {
      await mkdir(join(root, name, '..'), { recursive: true });
      await writeFile(join(root, name), content);
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps the good documents and reports the others with stable rule ids', async () => {
    const corpus = await loadCorpus(root);
    expect(corpus.cities.map(({ city }) => city)).toEqual(['hyuga']);
    expect(corpus.documents.map(({ doc, file }) => [doc, file.data.format])).toEqual([
      ['good', 'text'],
      ['page', 'html'],
    ]);
    expect(corpus.documents[1]?.file.data.chrome).toEqual([{ start: 0, end: 3, kind: 'navigation' }]);
    const reported = corpus.messages.map((message) => [
      (message.file ?? '').slice(root.length + 1),
      message.ruleId,
      message.fatal,
    ]);
    expect(reported).toEqual([
      ['README.md', 'unexpected-file', false],
      ['Upper', 'invalid-name', true],
      ['hyuga/Bad Name.txt', 'invalid-name', true],
      ['hyuga/bad-meta.yaml', 'invalid-metadata', true],
      ['hyuga/binary.txt', 'binary-source', true],
      ['hyuga/empty.txt', 'empty-source', true],
      ['hyuga/no-meta.txt', 'missing-metadata', true],
      ['hyuga/notes.md', 'unexpected-file', false],
      ['hyuga/orphan.yaml', 'missing-source', true],
      ['hyuga/twice.html', 'duplicate-source', true],
      ['no-city', 'missing-metadata', true],
    ]);
  });

  it('is deterministic', async () => {
    const [first, second] = await Promise.all([loadCorpus(root), loadCorpus(root)]);
    const summary = (corpus: Corpus) => ({
      documents: corpus.documents.map(({ path, file }) => [path, file.value]),
      messages: corpus.messages.map(formatMessage),
    });
    expect(summary(first)).toEqual(summary(second));
  });

  it('reports a missing sources folder', async () => {
    const corpus = await loadCorpus(join(root, 'nowhere'));
    expect(corpus.documents).toEqual([]);
    expect(corpus.messages.map((message) => message.ruleId)).toEqual(['unreadable-source']);
  });
});
