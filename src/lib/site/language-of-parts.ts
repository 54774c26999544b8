/**
 * Language of parts (WCAG 3.1.2): on a page whose language is not Japanese, every run of Japanese
 * text is marked `<span lang="ja">`, so screen readers switch voice and browsers pick Japanese
 * fonts and line breaking. One rule for the whole page, applied to its finished HTML (see
 * src/middleware.ts), so no component can forget it: text already inside an element with
 * `lang="ja"` is left alone, and an `<option>` (which cannot hold a span) gets the attribute
 * itself when its text is all Japanese.
 *
 * The HTML is scanned, not parsed into a tree: it is the site's own well-formed output, and a
 * tree parse costs about a second on a long document page (×1,000 documents). Only tags are
 * inserted; every other byte stays as it was (inline scripts keep their CSP hashes).
 */

/** A letter of Japanese script: kanji, hiragana, katakana (the marks 々〆ヶ ー included). */
const JAPANESE_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ヶー]/u;
const LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々〆ヶー';
/** Punctuation and full-width forms that belong to the Japanese run around them. */
const MARKS = '\\u3000-\\u303F\\u30FB\\uFF01-\\uFF60\\uFFE0-\\uFFE6';
/**
 * A run: Japanese letters and marks, with digits, spaces and ASCII punctuation inside it kept in
 * the run (第1条, 令和 5 年, 第26条第2項) but never at its ends, and a number leading it (14日).
 */
const RUN = new RegExp(
  `(?:[0-9]+(?=[${LETTERS}]))?[${LETTERS}${MARKS}]+(?:[0-9\\s.,:;()\\-/]+[${LETTERS}${MARKS}]+)*`,
  'gu',
);

/** Comments, doctype, end tags and start tags (attribute values quoted or not, `>` inside quotes). */
const TAG =
  /<!--[\s\S]*?-->|<![^>]*>|<\/([A-Za-z][^\s/>]*)\s*>|<([A-Za-z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const LANG_ATTRIBUTE = /\s(?:xml:)?lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
/** Elements without an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is raw text, not markup: skipped to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements whose text is not shown as phrasing content. */
const NOT_SHOWN = new Set(['head', 'template', 'select', 'datalist', 'optgroup']);

const isJapanese = (lang: string) => /^ja\b/i.test(lang);

/** The Japanese runs of a text: [start, end) offsets of runs holding at least one letter. */
export function japaneseRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const match of text.matchAll(RUN)) {
    if (JAPANESE_LETTER.test(match[0])) runs.push([match.index, match.index + match[0].length]);
  }
  return runs;
}

interface Open {
  name: string;
  /** text here is Japanese (the element or an ancestor says lang="ja") */
  japanese: boolean;
  /** text here is not shown as phrasing (head, select …) */
  hidden: boolean;
  svg: boolean;
}

/**
 * The page's HTML with its Japanese runs marked, when `<html lang>` is another language; the HTML
 * unchanged when the page is in Japanese, has no language, or has no Japanese letter.
 */
export function markLanguageOfParts(html: string): string {
  if (!JAPANESE_LETTER.test(html)) return html;
  const root = /<html\b[^>]*>/i.exec(html);
  const rootLang = root ? LANG_ATTRIBUTE.exec(root[0]) : null;
  const pageLang = rootLang ? (rootLang[1] ?? rootLang[2] ?? rootLang[3] ?? '') : '';
  if (!pageLang || isJapanese(pageLang)) return html;

  const stack: Open[] = [{ name: '#root', japanese: false, hidden: false, svg: false }];
  const top = () => stack[stack.length - 1]!;
  let out = '';
  let cursor = 0;
  /** Copy html up to `end`, marking the Japanese runs of the text [from, end) when it is shown. */
  const text = (from: number, end: number) => {
    const here = top();
    if (here.japanese || here.hidden || from >= end) return;
    if (here.svg && here.name !== 'text' && here.name !== 'tspan') return;
    const tag = here.svg ? 'tspan' : 'span';
    for (const [start, stop] of japaneseRuns(html.slice(from, end))) {
      out += `${html.slice(cursor, from + start)}<${tag} lang="ja">${html.slice(from + start, from + stop)}</${tag}>`;
      cursor = from + stop;
    }
  };

  TAG.lastIndex = 0;
  let textStart = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    text(textStart, match.index);
    textStart = TAG.lastIndex;
    const [whole, endName, startName, attributes = '', selfClosing] = match;
    if (endName) {
      const name = endName.toLowerCase();
      const at = stack.findLastIndex((open) => open.name === name);
      if (at > 0) stack.length = at;
      continue;
    }
    if (!startName) continue;
    const name = startName.toLowerCase();
    const parent = top();
    const own = LANG_ATTRIBUTE.exec(attributes);
    const ownLang = own ? (own[1] ?? own[2] ?? own[3] ?? '') : undefined;
    const japanese = ownLang === undefined ? parent.japanese : isJapanese(ownLang);
    if (RAW.has(name)) {
      const close = html.slice(TAG.lastIndex).search(new RegExp(`</${name}\\s*>`, 'i'));
      TAG.lastIndex = close < 0 ? html.length : TAG.lastIndex + close;
      textStart = TAG.lastIndex;
      continue;
    }
    if (name === 'option' && !japanese && !parent.japanese) markOption(match.index + whole.length);
    if (VOID.has(name) || selfClosing) continue;
    stack.push({
      name,
      japanese,
      hidden: parent.hidden || NOT_SHOWN.has(name),
      svg: parent.svg || name === 'svg',
    });
  }
  text(textStart, html.length);
  return out + html.slice(cursor);

  /** An option cannot hold a span: it takes lang="ja" itself when its whole text is Japanese. */
  function markOption(contentStart: number): void {
    const end = html.indexOf('<', contentStart);
    const content = html.slice(contentStart, end < 0 ? html.length : end).trim();
    const runs = japaneseRuns(content);
    if (runs.length !== 1 || runs[0]![0] !== 0 || runs[0]![1] !== content.length) return;
    const tagEnd = contentStart - 1;
    const at = html[tagEnd - 1] === '/' ? tagEnd - 1 : tagEnd;
    out += `${html.slice(cursor, at)} lang="ja"`;
    cursor = at;
  }
}
