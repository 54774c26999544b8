import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { parseYamlFile } from '../ingest/yaml-file.ts';
import { TRANSLATE_SOURCE } from './glossary.ts';
import { type TranslationEntry, translationFileSchema } from './schema.ts';

/** Where translation files live, relative to the project root. */
const TRANSLATIONS_DIR = 'content/translations';

/** A site language. */
export type Lang = 'ja' | 'en';

/** A document's translation into one language, as loaded (empty when the file is missing or invalid). */
export interface Translation {
  city: string;
  doc: string;
  /** the language translated into */
  lang: Lang;
  /** the file, relative to the project root */
  path: string;
  /** whether the file exists */
  exists: boolean;
  /** translation key → entry, in file order */
  entries: ReadonlyMap<string, TranslationEntry>;
  /** problems found reading the file (`invalid-yaml`, `invalid-translation`); fatal ones leave `entries` empty */
  messages: VFileMessage[];
}

/** Path of a translation file relative to the project root: `content/translations/hyuga/{doc}.en.yaml`. */
export function translationPath(city: string, doc: string, lang: Lang): string {
  return `${TRANSLATIONS_DIR}/${city}/${doc}.${lang}.yaml`;
}

/** The other site language: what a source in `lang` is translated into. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/**
 * Load `content/translations/{city}/{doc}.{lang}.yaml` (synchronously, so pages can call it).
 * Never throws: a missing file gives `exists: false` and no entries; a file that is not valid YAML
 * or does not match {@link translationFileSchema} gives no entries and fatal messages that say
 * which key is wrong and where (see docs/translation.md).
 */
export function loadTranslation(city: string, doc: string, lang: Lang, root = process.cwd()): Translation {
  const path = translationPath(city, doc, lang);
  let text: string;
  try {
    text = readFileSync(join(root, path), 'utf8');
  } catch {
    return { city, doc, lang, path, exists: false, entries: new Map(), messages: [] };
  }
  const { entries, messages } = parseTranslation(text, path);
  return { city, doc, lang, path, exists: true, entries, messages };
}

/** Parse and validate the text of a translation file; problems become fatal messages on `path`. */
export function parseTranslation(
  text: string,
  path: string,
): { entries: Map<string, TranslationEntry>; messages: VFileMessage[] } {
  const { data, file } = parseYamlFile(translationFileSchema, text, path, {
    ruleId: 'invalid-translation',
    source: TRANSLATE_SOURCE,
    empty: {},
  });
  return { entries: new Map(Object.entries(data ?? {})), messages: file.messages };
}
