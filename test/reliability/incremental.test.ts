/**
 * Incremental content builds: unchanged sources are not generated again (content-hash cache), a
 * changed one is, and its translation shows as stale. Run in a copy of the project with three of
 * its cities: the two whose sources the tests change and one left alone. The national law (1 MB
 * of XML, twice with its earlier version) is not among them: it made each full build minutes long
 * and is not what the cache is tested on.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { buildContent } from '../../src/lib/build/content-build.ts';
import { loadCorpus } from '../../src/lib/ingest/corpus.ts';

const ROOT = process.cwd();
/** Hyuga's ordinance and Nagareyama's page are changed below; Minato's policy never is. */
const CITIES = ['hyuga', 'minato', 'nagareyama'];

/** The report of a content build of `dir`, which must not fail. */
async function content(dir: string): Promise<string> {
  const lines: string[] = [];
  expect(await buildContent(dir, { log: (line) => lines.push(line) })).toBe(0);
  return lines.join('\n');
}

describe('incremental content builds', () => {
  let dir = '';
  let total = 0;
  beforeAll(async () => {
    dir = copyProject(ROOT, 'reiki-content-', ['sources']);
    for (const city of CITIES)
      cpSync(join(ROOT, 'content/sources', city), join(dir, 'content/sources', city), { recursive: true });
    total = (await loadCorpus(join(dir, 'content/sources'))).documents.length;
    expect(total).toBe(CITIES.length);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates everything the first time and nothing the second', async () => {
    expect(await content(dir)).toContain(`(${total} generated, 0 unchanged;`);
    expect(await content(dir)).toContain(`(0 generated, ${total} unchanged;`);
  }, 300_000);

  it('regenerates only the document whose source changed, and flags its translation as stale', async () => {
    const path = join(dir, 'content/sources/hyuga/personal-information-protection-ordinance.txt');
    const text = readFileSync(path, 'utf8');
    writeFileSync(
      path,
      text.replace('開示請求があった日から起算して14日以内', '開示請求があった日から起算して15日以内'),
    );
    const output = await content(dir);
    expect(output).toContain(`(1 generated, ${total - 1} unchanged;`);
    expect(output).toMatch(
      /hyuga\/personal-information-protection-ordinance ja→en: [\d.]+% translated \(\d+\/361 units; 1 stale/,
    );
    expect(output).toMatch(/art-26-p1: translation may be out of date.*\[translation-stale\]/);
    expect(
      readFileSync(
        join(dir, 'src/content/generated/hyuga/personal-information-protection-ordinance.mdx'),
        'utf8',
      ),
    ).toContain('15日以内');
  }, 300_000);

  it('reports topic overrides that name no unit or no topic, on the metadata file, and goes on', async () => {
    const path = join(dir, 'content/sources/nagareyama/privacy-system.yaml');
    // the page overrides some topics already: add an anchor it does not have and an unknown topic
    const meta = readFileSync(path, 'utf8');
    expect(meta).toContain('\n  topics:\n');
    writeFileSync(
      path,
      meta.replace('\n  topics:\n', '\n  topics:\n    h-99: [fees]\n    h-16: [fees, nope]\n'),
    );
    const output = await content(dir);
    expect(output).toContain(`(1 generated, ${total - 1} unchanged;`);
    expect(output).toMatch(
      /content\/sources\/nagareyama\/privacy-system\.yaml: .*`h-99`.*\[unknown-override\]/,
    );
    expect(output).toMatch(/content\/sources\/nagareyama\/privacy-system\.yaml: .*nope.*\[unknown-topic\]/);
    const topics = JSON.parse(
      readFileSync(join(dir, 'src/content/generated/nagareyama/privacy-system.topics.json'), 'utf8'),
    ) as { units: Array<{ unit: { id: string }; topics: string[] }> };
    expect(topics.units.find((unit) => unit.unit.id === 'h-16')?.topics).toEqual(['fees']);
  }, 300_000);
});
