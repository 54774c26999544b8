import { describe, expect, it } from 'vitest';
import { findNode } from '../../src/lib/compare/units.ts';
import {
  coverage,
  loadTranslation,
  orphanKeys,
  otherLang,
  translationStatus,
} from '../../src/lib/translate/index.ts';
import { parseSeed, SEEDS } from './helpers.ts';

describe.each(SEEDS)('translation of %s/%s', (city, doc) => {
  const { tree, lang } = parseSeed(city, doc);
  const translation = loadTranslation(city, doc, otherLang(lang));

  it('is a valid file', () => {
    expect(translation.exists).toBe(true);
    expect(translation.messages.map(String)).toEqual([]);
  });

  it('covers every unit, none stale, no orphaned keys', () => {
    const stale = translationStatus(tree, translation).filter((u) => u.status !== 'translated');
    expect(stale.map((u) => `${u.key} ${u.status}`)).toEqual([]);
    expect(coverage(tree, translation)).toMatchObject({ percent: 100, stale: 0, missing: 0 });
    expect(orphanKeys(tree, translation)).toEqual([]);
  });

  it('is written in the target language', () => {
    const letters = [...translation.entries.values()].map((e) => e.text).join('');
    const kana = (letters.match(/[\u3040-\u30ff]/g) ?? []).length;
    if (lang === 'ja') expect(kana).toBe(0);
    else expect(kana).toBeGreaterThan(letters.length / 10);
  });
});

describe('a changed source sentence', () => {
  it('makes exactly its unit stale, in the Hyuga ordinance', () => {
    const { tree } = parseSeed('hyuga', 'personal-information-protection-ordinance');
    const translation = loadTranslation('hyuga', 'personal-information-protection-ordinance', 'en');
    findNode(tree, 'art-26-p1')!.text = findNode(tree, 'art-26-p1')!.text!.replace('14日以内', '15日以内');
    findNode(tree, 'art-26')!.caption = '開示決定等の期間';
    const changed = translationStatus(tree, translation).filter((u) => u.status !== 'translated');
    expect(changed.map((u) => `${u.key} ${u.status}`)).toEqual(['art-26#caption stale', 'art-26-p1 stale']);
    expect(changed[1]?.translation).toMatch(/within 14 days/);
    expect(coverage(tree, translation)).toMatchObject({ units: 361, translated: 359, stale: 2, missing: 0 });
  });
});
