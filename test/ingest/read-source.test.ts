import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSource, readSourceSync, sniffCharset } from '../../src/lib/ingest/read-source.ts';
import { formatMessage } from '../../src/lib/ingest/report.ts';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/encodings/${name}`, import.meta.url));

describe('readSource', () => {
  it('reads a Shift_JIS city page: decodes, extracts text and classifies furniture', async () => {
    const file = await readSource(fixture('city-page.sjis.html'));
    expect(file.messages).toEqual([]);
    expect(file.data.format).toBe('html');
    expect(file.data.encoding).toBe('shift_jis');
    const text = String(file.value);
    const chrome = (file.data.chrome ?? []).map(
      ({ start, end, kind }) => `${kind} ${start}-${end}: ${JSON.stringify(text.slice(start, end))}`,
    );
    await expect(`${text}\n\n--- chrome\n${chrome.join('\n')}\n`).toMatchFileSnapshot(
      '__snapshots__/city-page.sjis.txt',
    );
  });

  it('reads plain text as is, keeping CRLF', () => {
    const file = readSourceSync(fixture('cp932-crlf.txt'));
    expect(file.data).toEqual({ encoding: 'shift_jis', format: 'text' });
    expect(String(file.value)).toContain('第1条 この条例は、');
    expect(String(file.value)).toContain('\r\n');
  });

  it('reports a missing file instead of throwing', async () => {
    const file = await readSource('content/sources/nowhere/missing.txt');
    expect(file.value).toBe('');
    expect(file.messages.map(formatMessage)).toEqual([
      'content/sources/nowhere/missing.txt: Cannot read file (ENOENT), expected a readable source file [unreadable-source]',
    ]);
    expect(file.messages[0]?.fatal).toBe(true);
  });
});

describe('sniffCharset', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it.each([
    ['<meta charset="Shift_JIS">', 'shift_jis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">', 'shift_jis'],
    ["<META CHARSET='EUC-JP'>", 'euc-jp'],
    ['<meta charset=utf-8>', 'utf-8'],
    ['<meta charset="windows-1252">', undefined],
    ['<meta charset="no-such-thing">', undefined],
    ['<p>no declaration</p>', undefined],
  ])('%s → %s', (html, expected) => {
    expect(sniffCharset(bytes(html))).toBe(expected);
  });
});
