import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyzeReferences } from '../../src/lib/analyze/index.ts';
import { readSourceSync } from '../../src/lib/ingest/read-source.ts';
import { parseSource } from '../../src/lib/parse/index.ts';
import { leafText, nodesOf } from './helpers.ts';
import { readGold } from './published-gold.ts';
import { structureExact } from './structure-score.ts';

/**
 * Blind batches (issue #13): real laws and ordinances written in test/fixtures/blind and blind2 in
 * the layouts they are published in (e-Gov's old and new web pages, vendor 例規集 pages as text and
 * as saved HTML, PDF extractions, 法令集), each with its gold written by hand before the parser first
 * ran on it (ID.gold.txt; ID.gold.json is the same in the form ../shared/tools/struct-eval.py
 * reads), and for the web copies the links the page carried on citations of other laws
 * (ID.refs.json). The source is ID.txt, or ID.html for a saved page.
 */
describe.each(['test/fixtures/blind', 'test/fixtures/blind2'])('the blind batch %s', (DIR) => {
  const ids = readdirSync(DIR)
    .filter((f) => f.endsWith('.gold.txt'))
    .map((f) => f.slice(0, -'.gold.txt'.length))
    .sort();

  function read(id: string) {
    const source = [`${DIR}/${id}.txt`, `${DIR}/${id}.html`].find((path) => existsSync(path))!;
    const file = readSourceSync(source);
    return {
      file,
      tree: parseSource(file),
      gold: readGold(readFileSync(`${DIR}/${id}.gold.txt`, 'utf8'), id),
    };
  }

  it('has at least ten laws, each with its gold in both forms', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) expect(existsSync(`${DIR}/${id}.gold.json`)).toBe(true);
  });

  it.each(ids)('reads %s as its gold structure, losing nothing', (id) => {
    const { file, tree, gold } = read(id);
    expect(leafText(tree)).toBe(String(file.value));
    const { exact, misses } = structureExact(tree, gold.law);
    expect(misses).toEqual([]);
    expect(exact).toBe(1);
    expect(nodesOf(tree, 'supplement')).toHaveLength(gold.supplements);
    expect(nodesOf(tree, 'appendix')).toHaveLength(gold.appendices);
  });

  it('keeps the JSON gold the same as the hand-written one', () => {
    for (const id of ids) {
      const json = JSON.parse(readFileSync(`${DIR}/${id}.gold.json`, 'utf8'));
      const { law, supplements, appendices } = read(id).gold;
      expect(json.articles.map((a: { num: string }) => a.num)).toEqual(law.articles.map((a) => a.num));
      expect([json.supplementary, json.appendices]).toEqual([supplements, appendices]);
    }
  });

  // pdftotext prints many pages' numbers bare: the same law must read the same
  const pdfs = ids.filter((id) => id.endsWith('.pdf'));
  it.each(pdfs)('reads %s the same with its page numbers printed bare', (id) => {
    const { file, gold } = read(id);
    const text = String(file.value).replace(/^[-－]\s*([0-9０-９]+)\s*[-－]$/gm, (_, n: string) =>
      n.normalize('NFKC'),
    );
    expect(text).not.toBe(String(file.value));
    const tree = parseSource(new VFile({ path: `${id}.txt`, value: text }));
    expect(leafText(tree)).toBe(text);
    const { misses } = structureExact(tree, gold.law);
    expect(misses).toEqual([]);
  });

  const withRefs = ids.filter((id) => existsSync(`${DIR}/${id}.refs.json`));
  it.each(withRefs)('points each linked citation of %s at the right article of the other law', (id) => {
    const { file, tree } = read(id);
    const { references } = analyzeReferences(tree, file);
    const gold: Array<{ from: string; text: string; anchor_to: { id: string } | null }> = JSON.parse(
      readFileSync(`${DIR}/${id}.refs.json`, 'utf8'),
    ).refs;
    const within = (from: string, unit: string) => from === unit || from.startsWith(`${unit}-`);
    const missed = gold
      .filter((g) => g.anchor_to)
      .filter((g) => {
        const here = references.filter(
          (r) => within(r.from, g.from) && (g.text.includes(r.text) || r.text.includes(g.text)),
        );
        const target = g.anchor_to!.id;
        const right = here.some(
          (r) =>
            r.targets.length === 0 &&
            r.external?.anchor &&
            (target === r.external.anchor || target.startsWith(`${r.external.anchor}-`)),
        );
        return !right || here.some((r) => r.targets.length > 0);
      })
      .map((g) => `${g.from} ${g.text}`);
    expect(missed).toEqual([]);
  });
});
