import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureSiteBuilt } from './harness.ts';

const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

beforeAll(async () => {
  await ensureSiteBuilt();
});

describe('versions of the APPI on the built site', () => {
  it.each(['ja', 'en'])(
    '/%s/national/appi/changes/ lists 第150条, 第162条, 第164条 amended and three added 附則, marked',
    (lang) => {
      const html = page(`${lang}/national/appi/changes`);
      const changes = [
        ...html.matchAll(/data-change="(\w+)"(?: data-old-id="([^"]*)")?(?: data-new-id="([^"]*)")?/g),
      ].map((m) => `${m[1]}:${m[3] ?? m[2]}`);
      expect(changes.filter((c) => c.includes(':art-'))).toEqual([
        'amended:art-150',
        'amended:art-162',
        'amended:art-164',
      ]);
      expect(changes.filter((c) => c.startsWith('added:'))).toEqual([
        'added:suppl-19',
        'added:suppl-20',
        'added:suppl-21',
      ]);
      expect(html).toMatch(/<del[^>]*>九十九条<\/del>/);
      expect(html).toMatch(/<ins[^>]*>百条第一項<\/ins>/);
      expect(html).toContain(`href="/${lang}/national/appi/2025-09-24/#art-150"`);
      expect(html).toContain(`href="/${lang}/national/appi/#art-150"`);
    },
  );

  it.each(['ja', 'en'])(
    '/%s/national/appi/2025-09-24/ is the old text, with its anchors, marked not current',
    (lang) => {
      const html = page(`${lang}/national/appi/2025-09-24`);
      expect(html).toContain('data-version-notice');
      expect(html).toContain(`href="/${lang}/national/appi/" data-current-link`);
      expect(html).toContain('id="art-150"');
      expect(html).toContain('三年ごとに');
      expect(html).not.toContain('id="suppl-19"');
    },
  );

  it('the document page lists its versions and links the changes; one-version seeds do not', () => {
    const html = page('ja/national/appi');
    expect(html).toContain('data-versions');
    expect(html).toContain('href="/ja/national/appi/2025-09-24/"');
    expect(html).toContain('href="/ja/national/appi/changes/"');
    expect(page('ja/hyuga/personal-information-protection-ordinance')).not.toContain('data-versions');
  });
});
