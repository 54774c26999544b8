import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, MESSAGES, type MessageKey, t } from '../../src/lib/i18n/index.ts';

/** The parameters a string asks for; `{Authority}` is `{authority}` opening an English sentence. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map(([, name = '']) => name.charAt(0).toLowerCase() + name.slice(1))
    .sort();

/** Every `.astro` and `.ts` file under src/ that may call t(). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.(astro|ts)$/.test(entry.name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('has every key in every locale, none empty, with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.ja).sort();
    for (const lang of LANGS) {
      expect(Object.keys(MESSAGES[lang]).sort(), `keys of ${lang}.json`).toEqual(keys);
      for (const key of keys) {
        const text = MESSAGES[lang][key as MessageKey];
        expect(text.trim(), `${lang}.json ${key}`).not.toBe('');
        expect(placeholders(text), `placeholders of ${lang}.json ${key}`).toEqual(
          placeholders(MESSAGES.ja[key as MessageKey]),
        );
      }
    }
  });

  it('defines every key the site asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\([^,()]+,\s*'([\w.]+)'/g))
        used.add(match[1]!);
    }
    // Keys built from data: kinds, dates and languages of documents.
    for (const kind of ['ordinance', 'policy', 'page', 'law']) used.add(`kind.${kind}`);
    for (const field of ['promulgated', 'updated', 'enforced']) used.add(`document.${field}`);
    for (const lang of LANGS) used.add(`lang.${lang}`);
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((key) => !(key in MESSAGES.ja));
    expect(missing).toEqual([]);
  });

  it('uses every key it defines', () => {
    const sources = sourceFiles('src').map((file) => readFileSync(file, 'utf8'));
    const quoted = new Set(
      sources.flatMap((text) => [...text.matchAll(/['"`]([\w.#-]+)['"`]/g)].map((m) => m[1]!)),
    );
    // keys built from data in a template: `kind.${document.kind}`, `fact.${key}`
    const prefixes = new Set(
      sources.flatMap((text) => [...text.matchAll(/`([\w.-]+\.)\$\{/g)].map((m) => m[1]!)),
    );
    const unused = Object.keys(MESSAGES.ja).filter(
      (key) => !quoted.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('fills placeholders and names a missing key', () => {
    expect(t('en', 'city.title', { city: 'Hyuga City' })).toBe('Rules and policies of Hyuga City');
    expect(t('ja', 'city.title', { city: '日向市' })).toBe('日向市の例規と方針');
    expect(() => t('ja', 'no.such.key' as MessageKey)).toThrow(/no\.such\.key.*ja\.json/);
  });
});
