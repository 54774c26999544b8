import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/build/check-sources.ts';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import { leafText } from '../parse/helpers.ts';

const FIXTURES = 'test/fixtures/hostile';
const meta = (title: string) => `title:\n  ja: ${title}\n  en: ${title}\nkind: ordinance\nlang: ja\n`;

/** A corpus folder of hostile sources, as a new user would add one. */
function hostileCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'reiki-hostile-'));
  const city = join(root, 'akuma');
  mkdirSync(city);
  writeFileSync(
    join(city, 'city.yaml'),
    'name:\n  ja: 悪魔市\n  en: Akuma City\nprefecture:\n  ja: 架空県\n  en: Kaku\n',
  );
  const add = (doc: string, bytes: Uint8Array | string) => {
    writeFileSync(join(city, `${doc}.txt`), bytes);
    writeFileSync(join(city, `${doc}.yaml`), meta(doc));
  };
  for (const name of ['injection', 'unicode', 'chaos'])
    add(name, readFileSync(join(FIXTURES, `${name}.txt`)));
  const japanese = readFileSync(join(FIXTURES, 'injection.txt'), 'utf8');
  add(
    'shift-jis',
    Uint8Array.from(Encoding.convert(Encoding.stringToCode(japanese), { to: 'SJIS', from: 'UNICODE' })),
  );
  add(
    'euc-jp',
    Uint8Array.from(Encoding.convert(Encoding.stringToCode(japanese), { to: 'EUCJP', from: 'UNICODE' })),
  );
  add('bom-crlf', `\ufeff${japanese.replace(/\n/g, '\r\n')}`);
  add('empty', '');
  add(
    'binary',
    Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256),
  );
  add('one-long-line', `第1条 ${'長'.repeat(350_000)}。`);
  return root;
}

describe('hostile sources', async () => {
  const root = hostileCorpus();
  // the folder is the test's own: every run used to leave one behind in the temporary directory
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const corpus = await loadCorpus(root);

  it('names each unusable file with a clear reason and goes on with the rest', () => {
    const fatal = corpus.messages.filter((m) => m.fatal);
    expect(fatal.map((m) => m.ruleId).sort()).toEqual(['binary-source', 'empty-source']);
    expect(fatal.every((m) => /akuma\/(binary|empty)\.txt$/.test(m.file ?? ''))).toBe(true);
    expect(corpus.documents.map((d) => d.doc).sort()).toEqual(
      ['bom-crlf', 'chaos', 'euc-jp', 'injection', 'one-long-line', 'shift-jis', 'unicode'].sort(),
    );
  });

  it('decodes Shift_JIS, EUC-JP and BOM+CRLF to the same text', () => {
    const text = (doc: string) =>
      String(corpus.documents.find((d) => d.doc === doc)!.file.value).replace(/\r\n/g, '\n');
    const original = readFileSync(join(FIXTURES, 'injection.txt'), 'utf8');
    expect(text('shift-jis')).toBe(original);
    expect(text('euc-jp')).toBe(original);
    expect(text('bom-crlf')).toBe(original);
  });

  it('parses every readable source without losing a character', () => {
    for (const doc of corpus.documents) {
      const tree = parseSource(doc.file, { style: 'law', lang: 'ja' });
      expect(leafText(tree), doc.doc).toBe(String(doc.file.value));
    }
  });

  it('keeps markup and code in sources as plain text in the tree', () => {
    const doc = corpus.documents.find((d) => d.doc === 'injection')!;
    const tree = parseSource(doc.file, { style: 'law', lang: 'ja' });
    const json = JSON.stringify(tree);
    expect(json).toContain('<script>alert(\\"xss\\")</script>');
    expect(json).toContain('{globalThis.process.exit(1)}');
  });

  it('reports numbering chaos and keeps text after the last article', () => {
    const doc = corpus.documents.find((d) => d.doc === 'chaos')!;
    parseSource(doc.file, { style: 'law', lang: 'ja' });
    const rules = new Set(doc.file.messages.map((m) => m.ruleId));
    expect(rules).toContain('duplicate-number');
    expect(rules).toContain('out-of-order');
    expect(String(doc.file.value)).toContain('最後の条の後の文。');
  });

  it('fails `npm run check` on this folder, listing path:line:col: reason [rule]', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', root], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/akuma\/binary\.txt: .+ \[binary-source\]/);
    expect(run.stdout).toMatch(/akuma\/chaos\.txt:\d+:\d+: .+ \[duplicate-number\]/);
  });

  // in this process: the script itself is run on the hostile folder above
  it('passes `npm run check` on the project sources', async () => {
    const { lines, failing } = await checkSources('content/sources');
    expect(lines.filter((line) => / \((error|warning)\)$/.test(line))).toEqual([]);
    expect(failing).toBe(0);
  });
});
