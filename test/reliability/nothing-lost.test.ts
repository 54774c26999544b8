import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureSiteBuilt } from '../../scripts/lib/site-harness.ts';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';
import { parseOptionsFor } from '../../src/lib/parse/index.ts';
import { parseAny } from '../../src/lib/read/index.ts';
import type { Node } from '../../src/lib/tree/types.ts';

/** The visible text of a built page: scripts, styles and tags removed, entities decoded, no whitespace. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

/** The sentences of a source a reader must find on its page: every leaf but the page chrome. */
function sourceSentences(tree: Node): string[] {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if ('children' in n) {
      n.children.forEach(walk);
      // a cell ends where the next one begins: the page may lay cells and what follows the table out in another order
      if (n.type === 'cell' || n.type === 'row' || n.type === 'table') parts.push('\n');
    } else if (n.type === 'text' || n.type === 'caption' || n.type === 'unparsed') parts.push(n.value);
    else if (n.type === 'break') parts.push('\n');
  };
  walk(tree);
  return parts
    .join('')
    .split(/(?<=。)|\n/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s.length > 0);
}

describe('nothing lost, end to end: every sentence of every source is on its built page', async () => {
  const corpus = await loadCorpus('content/sources');
  beforeAll(async () => {
    await ensureSiteBuilt();
  }, 900_000);

  it.each(corpus.documents.map((d) => [`${d.city}/${d.doc}`, d] as const))('%s', (_, doc) => {
    const tree = parseAny(doc.file, parseOptionsFor(doc.meta));
    const html = readFileSync(join(DIST, doc.meta.lang, doc.city, doc.doc, 'index.html'), 'utf8');
    const text = pageText(html);
    const missing = sourceSentences(tree).filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
  });
});
