import en from './en.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };

/** The languages of the site, Japanese first. */
export const LANGS = ['ja', 'en'] as const;
/** A language of the site. */
export type Lang = (typeof LANGS)[number];
/** A UI string key (`nav.search`); every locale defines every key (see test/site/i18n.test.ts). */
export type MessageKey = keyof typeof ja;

/** UI strings per language, with dotted keys. */
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { ja, en };

/** True for a supported language code. */
export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

/** The other site language: the target of the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}

/**
 * A UI string in `lang`, with `{name}` placeholders filled from `params`. An unknown key throws,
 * naming the key and the file to add it to, so a missing string fails the build instead of
 * showing a key to readers.
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[lang][key];
  if (template === undefined) {
    throw new Error(`Missing UI string \`${key}\` in src/lib/i18n/${lang}.json; add it to every locale`);
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** `ja`/`en` as written in `lang`: 日本語, 英語 / Japanese, English. */
export function langName(lang: Lang, of: Lang): string {
  return t(lang, `lang.${of}`);
}
