/**
 * Strings of the search page that the site's i18n files do not hold yet, per language, with
 * `{name}` placeholders. The page renders them into data attributes for the client.
 */
import type { SiteLang } from './localize.ts';

/** Keys of the search page strings. */
type SearchMessageKey =
  | 'intro'
  | 'noscript'
  | 'browse'
  | 'city'
  | 'kind'
  | 'topic'
  | 'all'
  | 'searching'
  | 'loading'
  | 'count'
  | 'countPartial'
  | 'none'
  | 'more'
  | 'error'
  | 'empty';

/** The strings, per language. */
const SEARCH_MESSAGES: Record<SiteLang, Record<SearchMessageKey, string>> = {
  ja: {
    intro: 'ことば(開示請求)、条番号(第26条)、読み(かいじせいきゅう)で、条文や項目を探せます。',
    noscript: '検索にはJavaScriptが必要です。',
    browse: '文書の一覧から探す',
    city: '市区町村',
    kind: '種別',
    topic: 'テーマ',
    all: 'すべて',
    searching: '検索しています…',
    loading: '検索の準備をしています…',
    count: '{n}件見つかりました。',
    countPartial: '{n}件見つかりました(一致する市区町村のうち上位のもの。「さらに表示」でほかの市区町村も)。',
    none: '「{q}」に一致する条文は見つかりませんでした。',
    more: 'さらに表示',
    error: '検索を読み込めませんでした。文書の一覧から探してください。',
    empty: '検索語を入力してください。',
  },
  en: {
    intro:
      'Find articles and sections by words (disclosure), by article number (Article 26, 第26条) or by Japanese terms, also typed in kana or romaji (kaiji seikyu).',
    noscript: 'Search needs JavaScript.',
    browse: 'Browse the list of documents',
    city: 'City',
    kind: 'Kind',
    topic: 'Topic',
    all: 'All',
    searching: 'Searching…',
    loading: 'Loading search…',
    count: '{n} results found.',
    countPartial:
      '{n} results found in the best-matching municipalities (“Show more” searches the others too).',
    none: 'No article matches “{q}”.',
    more: 'Show more',
    error: 'Search could not be loaded. Please browse the list of documents.',
    empty: 'Type a search term.',
  },
};

/** A search page string with placeholders filled. */
export function searchMessage(
  lang: SiteLang,
  key: SearchMessageKey,
  params: Record<string, string | number> = {},
): string {
  return SEARCH_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
