import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leafText, parseFile } from './helpers.ts';
import { type GoldLaw, structureExact } from './structure-score.ts';

const EVAL = '../shared/eval';
const WEBTEXT = `${EVAL}/webtext`;
const present = existsSync(WEBTEXT) && existsSync(`${EVAL}/appi.txt`);
if (!present)
  console.warn(`skipping the shared samples: ${WEBTEXT} is absent (../shared is not beside the project)`);

const gold = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as GoldLaw;

describe.skipIf(!present)('laws copied from a web page (../shared/eval/webtext)', () => {
  const ids = present
    ? readdirSync(WEBTEXT)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => f.slice(0, -4))
    : [];

  it.each(ids)('reads %s as its official structure', (id) => {
    const { tree, file } = parseFile(`${WEBTEXT}/${id}.txt`);
    expect(leafText(tree)).toBe(String(file.value));
    const { exact, misses } = structureExact(tree, gold(`${WEBTEXT}/${id}.gold.json`));
    expect(misses).toEqual([]);
    expect(exact).toBe(1);
  });

  it('reports what it inferred as infos, never as defects of the text', () => {
    const { file } = parseFile(`${WEBTEXT}/ec59f3e89d865897.txt`);
    const rules = new Set(file.messages.map((m) => m.ruleId));
    expect(rules).toContain('joined-line');
    expect(rules).toContain('toc-by-content');
    expect(rules).toContain('glued-marker');
    const joined = file.messages.filter((m) => m.ruleId === 'joined-line');
    expect(joined.every((m) => m.fatal === undefined)).toBe(true);
  });
});

describe.skipIf(!present)('the APPI as published (../shared/eval)', () => {
  it.each(['appi', 'appi.national'])('reads %s exactly', (name) => {
    const { tree, file } = parseFile(`${EVAL}/${name}.txt`);
    expect(leafText(tree)).toBe(String(file.value));
    const { exact, misses } = structureExact(tree, gold(`${EVAL}/${name}.gold.json`));
    expect(misses).toEqual([]);
    expect(exact).toBe(1);
  });
});
