import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { VFile } from 'vfile';
import { decodeSource } from './decode.ts';
import { extractHtml } from './html.ts';
import { describeError, INGEST_SOURCE } from './report.ts';
import type { SourceEncoding } from './source-data.ts';

/** File extensions read as HTML pages; everything else is plain text. */
export const HTML_EXTENSIONS: ReadonlySet<string> = new Set(['.html', '.htm']);
/** File extensions read as e-Gov standard law XML (imported by src/lib/egov). */
export const XML_EXTENSIONS: ReadonlySet<string> = new Set(['.xml']);

const ENCODINGS: ReadonlySet<string> = new Set<SourceEncoding>([
  'utf-8',
  'utf-16le',
  'utf-16be',
  'shift_jis',
  'euc-jp',
  'iso-2022-jp',
]);

/**
 * Read a source file into a VFile: decode its bytes ({@link decodeSource}), and for `.html`/`.htm`
 * extract the page text (`file.value`) and its furniture (`file.data.chrome`); `.xml` stays XML
 * (the e-Gov importer reads it). `file.data.format` is `'html'`, `'xml'` or `'text'`. Never throws: an unreadable file gets a fatal
 * `unreadable-source` message and an empty value.
 */
export async function readSource(path: string): Promise<VFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(path, error);
  }
  return finishSource(bytes, path);
}

/** Synchronous {@link readSource}, for scripts and tests. */
export function readSourceSync(path: string): VFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return unreadable(path, error);
  }
  return finishSource(bytes, path);
}

/** Decode bytes already read from `path` and, for HTML, extract the text. */
export function finishSource(bytes: Uint8Array, path: string): VFile {
  const extension = extname(path).toLowerCase();
  const html = HTML_EXTENSIONS.has(extension);
  const xml = XML_EXTENSIONS.has(extension);
  const hint = html ? sniffCharset(bytes) : xml ? sniffXmlEncoding(bytes) : undefined;
  const file = decodeSource(bytes, path, { hint });
  file.data.format = html ? 'html' : xml ? 'xml' : 'text';
  if (html && !file.messages.some((message) => message.fatal)) {
    const extracted = extractHtml(String(file.value));
    file.value = extracted.text;
    file.data.chrome = extracted.chrome;
    file.data.tableCells = extracted.tableCells;
  }
  return file;
}

function unreadable(path: string, error: unknown): VFile {
  const file = new VFile({ path, value: '' });
  const message = file.message(
    `Cannot read file (${describeError(error)}), expected a readable source file`,
    {
      ruleId: 'unreadable-source',
      source: INGEST_SOURCE,
      ...(error instanceof Error ? { cause: error } : {}),
    },
  );
  message.fatal = true;
  return file;
}

/** The encoding a page declares in `<meta charset>` or `http-equiv` within its first 1024 bytes. */
export function sniffCharset(bytes: Uint8Array): SourceEncoding | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  return label ? encodingOfLabel(label) : undefined;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="Shift_JIS"?>`). */
function sniffXmlEncoding(bytes: Uint8Array): SourceEncoding | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(
    head,
  )?.[1];
  return label ? encodingOfLabel(label) : undefined;
}

/** The encoding a declared label names, when it is one we read; undefined for unknown labels. */
function encodingOfLabel(label: string): SourceEncoding | undefined {
  try {
    // TextDecoder knows every WHATWG label: sjis, windows-31j, x-euc-jp …
    const encoding = new TextDecoder(label).encoding;
    return ENCODINGS.has(encoding) ? (encoding as SourceEncoding) : undefined;
  } catch {
    return undefined;
  }
}
