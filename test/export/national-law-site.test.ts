/**
 * A national law given as e-Gov XML is a document like any other: browsable, and the ordinances
 * that cite it link to its page instead of leaving the site. Built in a copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';

const ROOT = process.cwd();

describe('a national law from e-Gov XML on the built site', () => {
  let dir = '';
  let build: ReturnType<typeof spawnSync>;

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    dir = copyProject(ROOT, 'reiki-national-');
    const city = join(dir, 'content/sources/kaku');
    mkdirSync(city, { recursive: true });
    writeFileSync(
      join(city, 'city.yaml'),
      'name:\n  ja: 架空町\n  en: Kaku Town\nprefecture:\n  ja: 架空県\n  en: Kaku\n',
    );
    copyFileSync(join(ROOT, 'test/fixtures/egov/sample-law.xml'), join(city, 'information-act.xml'));
    writeFileSync(
      join(city, 'information-act.yaml'),
      'title:\n  ja: 架空情報の取扱いに関する法律\n  en: Act on the Handling of Fictional Information\nkind: law\nlang: ja\n',
    );
    writeFileSync(
      join(city, 'ordinance.txt'),
      '○架空町情報条例\n\n(目的)\n\n第1条 この条例は、架空情報の取扱いに関する法律(令和5年法律第99号)第2条に定めるもののほか、必要な事項を定める。\n\n附 則\n\nこの条例は、公布の日から施行する。\n',
    );
    writeFileSync(
      join(city, 'ordinance.yaml'),
      'title:\n  ja: 架空町情報条例\n  en: Kaku Town Information Ordinance\nkind: ordinance\nlang: ja\n',
    );
    build = spawnSync('npm', ['run', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
  }, 900_000);

  it('builds, with the law as a browsable document of articles', () => {
    expect(build.status, String(build.stderr).slice(-2000)).toBe(0);
    const page = join(dir, 'dist/ja/kaku/information-act/index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('id="art-1"');
    expect(html).toContain('架空情報の取扱いに関する法律');
  });

  it('links the ordinance’s citation to the law’s page on the site', () => {
    const html = readFileSync(join(dir, 'dist/ja/kaku/ordinance/index.html'), 'utf8');
    expect(html).toMatch(/href="\/ja\/kaku\/information-act\/#art-2[^"]*"/);
  });

  it('lists the law in the API with its e-Gov law ID', () => {
    const api = JSON.parse(readFileSync(join(dir, 'dist/api/documents.json'), 'utf8')) as {
      documents: Array<{ city: string; doc: string; lawId?: string }>;
    };
    const law = api.documents.find((d) => d.city === 'kaku' && d.doc === 'information-act');
    expect(law?.lawId).toBe('505AC0000000099');
  });
});
