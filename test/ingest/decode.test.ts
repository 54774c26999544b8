import { readFileSync } from 'node:fs';
import Encoding from 'encoding-japanese';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/lib/ingest/decode.ts';
import { formatMessage } from '../../src/lib/ingest/report.ts';

const FIXTURES = new URL('../fixtures/encodings/', import.meta.url);
const SAMPLE = [
  '○日向市個人情報保護条例',
  '',
  '(目的)',
  '第1条 この条例は、個人情報の適正な取扱いに関し必要な事項を定める。',
  '第11条の2 実施機関は、ア 保有個人情報を提供するときは、「本人」の同意を得る。',
  '',
].join('\n');

function encodeJapanese(text: string, to: 'SJIS' | 'EUCJP' | 'JIS'): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.set(endian === 'le' ? [low, high] : [high, low], 2 + i * 2);
  }
  return bytes;
}

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(name, FIXTURES));
}

describe('decodeSource: encodings generated from a Japanese string', () => {
  it('reads UTF-8 without a BOM', () => {
    const file = decodeSource(new TextEncoder().encode(SAMPLE), 'a.txt');
    expect(file.value).toBe(SAMPLE);
    expect(file.data).toEqual({ encoding: 'utf-8' });
    expect(file.messages).toEqual([]);
  });

  it('strips a UTF-8 BOM and keeps CRLF, so offsets point into the decoded text', () => {
    const crlf = SAMPLE.replaceAll('\n', '\r\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf)]);
    const file = decodeSource(bytes, 'bom.txt');
    expect(file.value).toBe(crlf);
    expect(file.data).toEqual({ encoding: 'utf-8', bom: true });
    expect(String(file.value).indexOf('第1条')).toBe(crlf.indexOf('第1条'));
  });

  it.each(['le', 'be'] as const)('reads UTF-16%s with a BOM', (endian) => {
    const file = decodeSource(utf16(SAMPLE, endian), 'u16.txt');
    expect(file.value).toBe(SAMPLE);
    expect(file.data).toEqual({ encoding: `utf-16${endian}`, bom: true });
  });

  it('reads Shift_JIS, including the CP932 extensions (①, ㈱, 髙)', () => {
    const text = `${SAMPLE}①号 ㈱日向 髙橋\n`;
    const file = decodeSource(encodeJapanese(text, 'SJIS'), 'sjis.txt');
    expect(file.value).toBe(text);
    expect(file.data.encoding).toBe('shift_jis');
  });

  it('reads EUC-JP', () => {
    const file = decodeSource(encodeJapanese(SAMPLE, 'EUCJP'), 'euc.txt');
    expect(file.value).toBe(SAMPLE);
    expect(file.data.encoding).toBe('euc-jp');
  });

  it('reads ISO-2022-JP, which is valid UTF-8 but would show escape codes', () => {
    const file = decodeSource(encodeJapanese(SAMPLE, 'JIS'), 'jis.txt');
    expect(file.value).toBe(SAMPLE);
    expect(file.data.encoding).toBe('iso-2022-jp');
  });

  it('keeps CRLF in Shift_JIS text', () => {
    const crlf = SAMPLE.replaceAll('\n', '\r\n');
    expect(decodeSource(encodeJapanese(crlf, 'SJIS'), 'crlf.txt').value).toBe(crlf);
  });

  it('prefers valid UTF-8 over a legacy hint', () => {
    const file = decodeSource(new TextEncoder().encode(SAMPLE), 'a.html', { hint: 'shift_jis' });
    expect(file.data.encoding).toBe('utf-8');
  });

  it('never mistakes EUC-JP for Shift_JIS half-width katakana, or the reverse', () => {
    const short = 'あいう';
    expect(decodeSource(encodeJapanese(short, 'EUCJP'), 'e.txt').value).toBe(short);
    expect(decodeSource(encodeJapanese(short, 'SJIS'), 's.txt').value).toBe(short);
  });
});

describe('decodeSource: committed fixtures', () => {
  const expected = readFileSync(new URL('expected.txt', FIXTURES), 'utf8');

  it.each([
    ['cp932-crlf.txt', 'shift_jis', undefined, expected.replaceAll('\n', '\r\n')],
    ['utf-16le-bom.txt', 'utf-16le', true, expected],
    ['utf-8-bom-crlf.txt', 'utf-8', true, expected.replaceAll('\n', '\r\n')],
    ['euc-jp.txt', 'euc-jp', undefined, readFileSync(new URL('expected-euc-jp.txt', FIXTURES), 'utf8')],
  ])('%s decodes as %s', (name, encoding, bom, text) => {
    const file = decodeSource(fixture(name), name);
    expect(file.messages).toEqual([]);
    expect(file.data.encoding).toBe(encoding);
    expect(file.data.bom).toBe(bom);
    expect(file.value).toBe(text);
  });
});

describe('decodeSource: unusable files', () => {
  it.each([
    ['empty', new Uint8Array(), 'empty-source'],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty-source'],
    [
      'NUL bytes (an image)',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'binary-source',
    ],
    ['mostly control bytes', new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x42, 0x43, 0x44]), 'binary-source'],
    ['UTF-16 BOM before binary data', new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x01, 0x00]), 'binary-source'],
    ['bytes invalid in every encoding', new Uint8Array([0x41, 0xff, 0x41, 0xfe]), 'undecodable-source'],
    [
      'a UTF-8 BOM before invalid UTF-8',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x82, 0xa0]),
      'undecodable-source',
    ],
  ])('%s: one fatal message naming the file, empty value', (_, bytes, ruleId) => {
    const file = decodeSource(bytes, 'content/sources/x/doc.txt');
    expect(file.value).toBe('');
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message?.fatal).toBe(true);
    expect(message?.ruleId).toBe(ruleId);
    expect(formatMessage(message!)).toMatch(
      new RegExp(`^content/sources/x/doc\\.txt: Unexpected .+ \\[${ruleId}\\]$`),
    );
  });
});

describe('decodeSource: properties', () => {
  const japanese = fc.constantFrom(
    ...'あいうえおかがきくけこさしすせそたちつてとなにぬねのはばぱアイウエオカキクケコサシスセソ',
    ...'条例個人情報保護市長実施機関開示訂正利用停止審査請求第一二三年月日',
    ...'、。「」（）()０１２３ 12 abc\n',
  );
  const text = fc
    .tuple(fc.array(japanese, { maxLength: 60 }), fc.constantFrom(...'あアの条'))
    .map(([chars, kana]) => kana + chars.join(''));

  it('round-trips Shift_JIS and EUC-JP text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('SJIS' as const, 'EUCJP' as const), (source, to) => {
        expect(decodeSource(encodeJapanese(source, to), 'p.txt').value).toBe(source);
      }),
    );
  });

  it('never throws, and either decodes or reports exactly one fatal message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const file = decodeSource(bytes, 'any.bin');
        const fatal = file.messages.filter((message) => message.fatal);
        if (file.data.encoding) {
          expect(fatal).toEqual([]);
        } else {
          expect(fatal).toHaveLength(1);
          expect(file.value).toBe('');
        }
      }),
    );
  });

  // The clean UTF-8 path decides from one scan of the text; the verdict must stay the one the
  // scan of the bytes gives (NUL bytes, or control bytes over a tenth of the bytes), messages included.
  it('reads UTF-8 with controls, NUL and ESC as the scan of its bytes decides', () => {
    const piece = fc.oneof(
      japanese,
      fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b', '\u001b$B', '\u007f', '\t', '\f', '\r\n', 'A'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), (pieces) => {
        const source = pieces.join('');
        const bytes = new TextEncoder().encode(source);
        const file = decodeSource(bytes, 'mixed.txt');
        const controls = [...bytes].filter(
          (b) => (b < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(b)) || b === 0x7f,
        ).length;
        const reasons = file.messages.map((message) => message.reason);
        if (bytes.includes(0)) {
          expect(reasons).toEqual([expect.stringContaining('Unexpected NUL byte')]);
        } else if (controls / bytes.length > 0.1) {
          expect(reasons).toEqual([
            `Unexpected control characters (${controls} of ${bytes.length}), expected text: the file looks binary`,
          ]);
        } else if (source.includes('\u001b$B')) {
          // an escape sequence: ISO-2022-JP if it decodes as that, else UTF-8, or reported
          expect(file.data.encoding !== undefined || reasons.length === 1).toBe(true);
        } else if (controls / source.length > 0.1) {
          // the decoded text has fewer characters than bytes: its own share can be over a tenth
          expect(reasons).toEqual([
            `Unexpected control characters (${controls} of ${source.length}), expected text: the file looks binary`,
          ]);
        } else {
          expect(file.data.encoding).toBe('utf-8');
          expect(file.value).toBe(source);
          expect(reasons).toEqual([]);
        }
      }),
    );
  });

  it('never inserts replacement characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        // a U+FFFD written in the UTF-8 source itself is content, not a decoding error
        fc.pre(!Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd])));
        const file = decodeSource(bytes, 'any.bin');
        expect(String(file.value).includes('\ufffd')).toBe(false);
      }),
    );
  });
});
