import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import { leafText, nodesOf } from './helpers.ts';
import { readGold } from './published-gold.ts';
import { structureExact } from './structure-score.ts';

/**
 * Laws in layouts they are really published in (vendor 例規集 pages, the e-Gov viewer saved or
 * copied, PDF extractions, old ordinances), each written in test/fixtures/published with its gold
 * structure (NAME.gold.txt, written before the parser ran on it). Each is read as `reiki parse
 * FILE` reads an unknown file: the format from its extension, the style guessed.
 */
const DIR = 'test/fixtures/published';
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.gold.txt'))
  .map((f) => f.slice(0, -'.gold.txt'.length))
  .sort();

function read(id: string) {
  const path = ['.html', '.txt'].map((ext) => `${DIR}/${id}${ext}`).find((p) => existsSync(p))!;
  const file = readSourceSync(path);
  return { file, tree: parseSource(file), gold: readGold(readFileSync(`${DIR}/${id}.gold.txt`, 'utf8'), id) };
}

describe('laws in published layouts (test/fixtures/published)', () => {
  it('has at least ten of them', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
  });

  it.each(ids)('reads %s as its gold structure, losing nothing', (id) => {
    const { file, tree, gold } = read(id);
    expect(leafText(tree)).toBe(String(file.value));
    expect(tree.style).toBe('law');
    const { exact, misses } = structureExact(tree, gold.law);
    expect(misses).toEqual([]);
    expect(exact).toBe(1);
    expect(nodesOf(tree, 'supplement')).toHaveLength(gold.supplements);
    expect(nodesOf(tree, 'appendix')).toHaveLength(gold.appendices);
  });
});
