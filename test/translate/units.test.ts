import { describe, expect, it } from 'vitest';
import {
  cellKey,
  collectUnits,
  coverage,
  hashSourceText,
  normalizeSourceText,
  orphanKeys,
  parseTranslation,
  reportTranslations,
  type TranslationEntry,
  translationStatus,
} from '../../src/lib/translate/index.ts';
import type { DocumentNode, Parent } from '../../src/lib/tree/types.ts';
import { parseSeed } from './helpers.ts';

describe('hashSourceText', () => {
  it('is the first 12 hex digits of SHA-256 over the NFC text with whitespace collapsed', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(hashSourceText('abc')).toBe('ba7816bf8f01');
    expect(hashSourceText('  a\u3000 b\n\nc ')).toBe(hashSourceText('a b c'));
    expect(hashSourceText('\u30AB\u3099')).toBe(hashSourceText('\u30AC'));
    expect(normalizeSourceText(' 第1条\n 目的 ')).toBe('第1条 目的');
  });

  it('tells different sentences apart', () => {
    expect(hashSourceText('公布の日から施行する。')).not.toBe(hashSourceText('公布の日から施行しない。'));
  });
});

describe('collectUnits', () => {
  const { tree } = parseSeed('hyuga', 'personal-information-protection-ordinance');
  const units = collectUnits(tree);
  const keys = units.map((u) => u.key);

  it('keys the title, captions, titles, own text and amendment labels by anchor', () => {
    expect(keys[0]).toBe('#title');
    expect(keys).toEqual(
      expect.arrayContaining(['art-26#caption', 'art-26-p1', 'ch-2#title', 'ch-2-sec-1#title']),
    );
    expect(keys).toEqual(
      expect.arrayContaining(['art-21-p1-i2-s4', 'suppl-6-p3#caption', 'suppl-2#amendment']),
    );
    expect(keys).toContain('toc-1#title');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves out the reiki trailer, enactment lines and articles without a caption', () => {
    expect(keys.some((k) => k.startsWith('meta'))).toBe(false);
    expect(keys).not.toContain('art-61#caption');
    expect(units.find((u) => u.key === 'art-26#caption')?.source).toBe('開示決定等の期限');
  });

  it('keys table cells by table, row and column, counted from 1', () => {
    const odawara = collectUnits(parseSeed('odawara', 'smart-city-privacy-policy').tree);
    expect(cellKey('art-2-p1-t1', 3, 1)).toBe('art-2-p1-t1-r3-c1');
    expect(odawara.find((u) => u.key === 'art-2-p1-t1-r1-c1')?.source).toBe('用語');
    expect(odawara.find((u) => u.key === 'art-2-p1-t1-r3-c1')?.source).toBe('法施行条例');
  });
});

describe('translationStatus and coverage', () => {
  const tree: DocumentNode = {
    type: 'document',
    style: 'law',
    lang: 'ja',
    title: '試験条例',
    children: [
      {
        type: 'article',
        id: 'art-1',
        caption: '目的',
        children: [
          { type: 'paragraph', id: 'art-1-p1', text: 'この条例は、公布の日から施行する。', children: [] },
        ],
      },
    ],
  };
  const entry = (text: string, source: string): TranslationEntry => ({ text, hash: hashSourceText(source) });
  const translation = {
    entries: new Map([
      ['#title', entry('Test Ordinance', '試験条例')],
      ['art-1#caption', entry('Purpose', '目的')],
      [
        'art-1-p1',
        entry(
          'This Ordinance shall come into effect on the day of promulgation.',
          'この条例は、公布の日から施行する。',
        ),
      ],
      ['art-9-p1', entry('Gone.', '削除')],
    ]),
  };

  it('marks every unit translated when every hash matches', () => {
    expect(coverage(tree, translation)).toEqual({
      units: 3,
      translated: 3,
      stale: 0,
      missing: 0,
      percent: 100,
    });
    expect(orphanKeys(tree, translation)).toEqual(['art-9-p1']);
  });

  it('marks a unit stale when its source sentence changes, keeping the old translation', () => {
    const changed = structuredClone(tree);
    (changed.children[0] as Parent).children[0] = {
      type: 'paragraph',
      id: 'art-1-p1',
      text: 'この条例は、令和8年4月1日から施行する。',
      children: [],
    };
    const status = translationStatus(changed, translation).find((u) => u.key === 'art-1-p1')!;
    expect(status.status).toBe('stale');
    expect(status.translation).toMatch(/^This Ordinance/);
    expect(status.entryHash).not.toBe(status.hash);
    expect(coverage(changed, translation)).toMatchObject({
      translated: 2,
      stale: 1,
      missing: 0,
      percent: 66.6,
    });
  });

  it('marks a unit missing without an entry, and counts a document without a file as 0%', () => {
    expect(coverage(tree, undefined)).toEqual({ units: 3, translated: 0, stale: 0, missing: 3, percent: 0 });
  });

  it('reports coverage, stale entries and orphans as build lines', () => {
    const changed = structuredClone(tree);
    changed.title = '試験条例(改正)';
    const lines = reportTranslations([
      {
        city: 'test',
        doc: 'ordinance',
        sourceLang: 'ja',
        tree: changed,
        translation: {
          city: 'test',
          doc: 'ordinance',
          lang: 'en',
          path: 'content/translations/test/ordinance.en.yaml',
          exists: true,
          messages: [],
          ...translation,
        },
      },
    ]);
    expect(lines[0]).toBe('test/ordinance ja→en: 66.6% translated (2/3 units; 1 stale, 0 missing)');
    expect(
      lines.some(
        (l) => l.includes('#title: translation may be out of date') && l.endsWith('[translation-stale]'),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.includes('art-9-p1') && l.endsWith('[translation-orphan]'))).toBe(true);
    expect(lines.at(-1)).toBe('translations: 66.6% of 3 units in 1 documents up to date');
  });
});

describe('parseTranslation', () => {
  it('reads entries in file order', () => {
    const { entries, messages } = parseTranslation(
      '"#title":\n  text: "Title"\n  hash: "0123456789ab"\nart-1#caption:\n  text: Purpose\n  hash: "ba7816bf8f01"\n',
      'x.en.yaml',
    );
    expect(messages).toEqual([]);
    expect([...entries.keys()]).toEqual(['#title', 'art-1#caption']);
  });

  it('reports a bad hash, an unknown field and a bad key with their place, and keeps no entries', () => {
    const { entries, messages } = parseTranslation(
      'art-1:\n  text: A\n  hash: "xyz"\nart-2:\n  text: B\n  hash: "0123456789ab"\n  extra: 1\n"Art 3":\n  text: C\n  hash: "0123456789ab"\n',
      'x.en.yaml',
    );
    expect(entries.size).toBe(0);
    expect(messages.map((m) => m.ruleId)).toEqual([
      'invalid-translation',
      'invalid-translation',
      'invalid-translation',
    ]);
    expect(messages[0]).toMatchObject({ line: 3, fatal: true });
    expect(messages.map((m) => m.reason).join('\n')).toMatch(/art-1\.hash: expected 12 lowercase hex digits/);
  });

  it('reports invalid YAML', () => {
    const { messages } = parseTranslation('art-1:\n  text: "unclosed\n', 'x.en.yaml');
    expect(messages[0]).toMatchObject({ ruleId: 'invalid-yaml', fatal: true });
  });
});
