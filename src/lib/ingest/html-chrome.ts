import type { ChromeKind } from '../tree/types.ts';
import {
  type Element,
  firstElementChild,
  getAttribute,
  HTML_NAMESPACE,
  isElement,
  textOf,
} from './html-dom.ts';

/** Where an element sits, as far as classification cares. */
export interface ChromeScope {
  /** inside article/main/section/aside/nav: a header or footer there belongs to that content */
  sectioning: boolean;
}

/** Elements whose content is never rendered as page text. */
const SCRIPT_TAGS = new Set(['script', 'style', 'noscript', 'template']);

/** Elements whose children are fallback content, shown only when the embedded thing cannot be. */
const FALLBACK_TAGS = new Set(['iframe', 'object', 'video', 'audio', 'canvas']);

/** Links that post the page to a social network. */
const SHARE_LINK =
  /^https?:\/\/(?:www\.)?(?:twitter\.com\/(?:share|intent)|x\.com\/(?:share|intent)|(?:www\.)?facebook\.com\/(?:share|sharer|dialog\/share)|line\.me\/R\/msg|social-plugins\.line\.me|timeline\.line\.me\/social-plugin|b\.hatena\.ne\.jp\/entry)/i;
/** Link or button text of share buttons ("このページの情報をツイッターでツイートできます"). */
const SHARE_TEXT =
  /(?:で|を)(?:ツイート|シェア|共有|送る)|^(?:ツイート|シェア)(?:する)?$|^(?:tweet|share)\b/i;
/** Headings of share blocks ("この記事をSNSでシェアする"). */
const SHARE_HEADING = /SNSで(?:シェア|共有)|(?:シェア|共有)する$/;
/** Text of survey forms and their headings. */
const SURVEY_TEXT =
  /アンケート|役に立ちましたか|わかりやすかったですか|見つけやすかったですか|ご意見をお聞かせください/;
/** Links back to the top of the page. */
const TOP_TEXT = /^(?:ページ(?:の)?(?:上部|先頭|トップ)へ?(?:戻る)?|(?:back )?to top|page top)$/i;
/** Skip links ("本文へ移動する", "Skip to content"). */
const SKIP_TEXT = /本文へ|本文に|メインコンテンツへ|スキップ|skip to/i;
/** `id` or class values naming the page header or footer of older, div-based pages. */
const HEADER_FOOTER_ID =
  /^(?:site|page|tmp|g|global)?[-_]?(?:header|footer)(?:[-_]?(?:area|wrap|inner|box))?$/i;

/**
 * A name holds a word the tests below look for only if it holds one of these letters in a row
 * (every word is a piece of the lower-cased name): most names (ids like e000000001, eline,
 * head) hold none and are never split into words.
 */
const WORD_HINT =
  /bread|crumb|panku|topicpath|share|sns|social|addthis|enquete|enquate|anketo|questionnaire|survey|feedback|nav|skip|sitemap|menu/i;
const NO_WORDS: string[] = [];

/**
 * Classify an element as page furniture, or `undefined` when it is content (or decided by an
 * ancestor). The innermost classified element wins, so a share block inside a footer is `share`.
 */
export function classifyElement(element: Element, scope: ChromeScope): ChromeKind | undefined {
  const tag = element.tagName;
  if (element.namespaceURI !== HTML_NAMESPACE) return undefined;
  if (SCRIPT_TAGS.has(tag)) return 'script';
  const attributes = readAttributes(element);
  if (tag === 'title' || FALLBACK_TAGS.has(tag) || isHidden(attributes)) return 'other';

  // the id and class attribute are tested whole: none of the hints and name patterns below holds
  // white space, so a match in the attribute is a match in one of its names, and most elements
  // (class="eline", id="e000000001") are never split into name arrays at all
  const hinted = hasName(attributes, WORD_HINT);
  const words = hinted ? namesOf(attributes).flatMap(splitWords) : NO_WORDS;
  const role = attributes.role?.toLowerCase();
  const label = attributes.label ?? '';
  const heading = headingText(element);

  if (words.some(isBreadcrumbWord) || /パンくず|breadcrumb/i.test(label)) return 'breadcrumb';
  if (words.some(isShareWord) || isShareLink(element) || (heading && SHARE_HEADING.test(heading)))
    return 'share';
  if (isShareList(element)) return 'share';
  if (words.some(isSurveyWord) || (heading && SURVEY_TEXT.test(heading))) return 'survey';
  if ((tag === 'form' || tag === 'fieldset') && SURVEY_TEXT.test(textOf(element))) return 'survey';
  if (hasName(attributes, TOP_NAME) || isTopLink(element)) return 'back-to-top';
  if (
    tag === 'nav' ||
    role === 'navigation' ||
    role === 'menubar' ||
    role === 'search' ||
    words.some(isNavigationWord) ||
    isSkipLink(element) ||
    isJumpList(element)
  ) {
    return 'navigation';
  }
  if (
    ((tag === 'header' || tag === 'footer') && !scope.sectioning) ||
    // a page's controls (印刷, ダウンロード, 表示設定) are no text of the page
    tag === 'button' ||
    tag === 'aside' ||
    role === 'banner' ||
    role === 'contentinfo' ||
    role === 'complementary' ||
    (hasName(attributes, HEADER_FOOTER_HINT) &&
      namesOf(attributes).some((name) => HEADER_FOOTER_ID.test(name)))
  ) {
    return 'other';
  }
  return undefined;
}

/** True for elements that start a sectioning scope for header/footer. */
export function isSectioning(element: Element): boolean {
  return SECTIONING_TAGS.has(element.tagName) || getAttribute(element, 'role') === 'main';
}

const SECTIONING_TAGS = new Set(['article', 'main', 'section', 'aside', 'nav']);

/** The attributes classification reads (the first of each name, as `getAttribute` gives it). */
interface ClassifiedAttributes {
  id: string | undefined;
  className: string | undefined;
  role: string | undefined;
  label: string | undefined;
  style: string | undefined;
  hidden: boolean;
}

const NO_ATTRIBUTES: ClassifiedAttributes = Object.freeze({
  id: undefined,
  className: undefined,
  role: undefined,
  label: undefined,
  style: undefined,
  hidden: false,
});

/**
 * One pass over the element's attributes instead of a search per name: classification used to
 * look up six names on every element of the page, and most elements have no attributes at all.
 */
function readAttributes(element: Element): ClassifiedAttributes {
  const attrs = element.attrs;
  if (attrs.length === 0) return NO_ATTRIBUTES;
  // a literal, not a spread of the frozen default: a spread copies by the generic path
  const found: ClassifiedAttributes = {
    id: undefined,
    className: undefined,
    role: undefined,
    label: undefined,
    style: undefined,
    hidden: false,
  };
  for (const { name, value } of attrs) {
    if (name === 'id') found.id ??= value;
    else if (name === 'class') found.className ??= value;
    else if (name === 'role') found.role ??= value;
    else if (name === 'aria-label') found.label ??= value;
    else if (name === 'style') found.style ??= value;
    else if (name === 'hidden') found.hidden = true;
  }
  return found;
}

function isHidden(attributes: ClassifiedAttributes): boolean {
  return (
    attributes.hidden ||
    (attributes.style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attributes.style))
  );
}

/** Names of a page-top link or block (pagetop, to-top, go_top). */
const TOP_NAME = /page-?top|to-?top|go-?top/i;
/** What every {@link HEADER_FOOTER_ID} holds: only names holding it are split and tested. */
const HEADER_FOOTER_HINT = /header|footer/i;

/**
 * Whether the id or the class attribute holds a match of `pattern`: for a pattern without white
 * space or anchors, the same as a match in one of {@link namesOf}.
 */
function hasName({ id, className }: ClassifiedAttributes, pattern: RegExp): boolean {
  return (id !== undefined && pattern.test(id)) || (className !== undefined && pattern.test(className));
}

/** The id and each class name, as written. */
function namesOf({ id, className }: ClassifiedAttributes): string[] {
  // most elements have neither: no arrays to build and filter
  if (!id && !className) return NO_WORDS;
  const classes = (className ?? '').split(/\s+/);
  return [id ?? '', ...classes].filter(Boolean);
}

/** "sns-shareBox" → ["sns", "share", "box"]. */
function splitWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function isBreadcrumbWord(word: string): boolean {
  return /^(?:breadcrumbs?|bread|crumbs?|pankuzu|panku|topicpath)/.test(word);
}

function isShareWord(word: string): boolean {
  return /^(?:share|sns|social|addthis)/.test(word);
}

function isSurveyWord(word: string): boolean {
  return /^(?:enquete|enquate|anketo|questionnaire|survey|feedback)/.test(word);
}

function isNavigationWord(word: string): boolean {
  return /^(?:nav|navi|navigation|[glsh]nav|[glsh]navi|subnav|sidenav|localnav|globalnav|gnavi|lnavi|skip|skiplinks?|sitemap|menu|[a-z]*menu)$/.test(
    word,
  );
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function headingText(element: Element): string | undefined {
  const first = firstElementChild(element);
  return first && HEADING_TAGS.has(first.tagName) ? textOf(first) : undefined;
}

function isShareLink(element: Element): boolean {
  if (element.tagName !== 'a' && element.tagName !== 'button') return false;
  const href = getAttribute(element, 'href') ?? '';
  return SHARE_LINK.test(href) || SHARE_TEXT.test(textOf(element));
}

/** A list or list item whose only content is share links. */
function isShareList(element: Element): boolean {
  const tag = element.tagName;
  if (tag !== 'ul' && tag !== 'ol' && tag !== 'li' && tag !== 'p') return false;
  let links = 0;
  const onlyShare = (parent: Element): boolean =>
    parent.childNodes.every((child) => {
      if (!isElement(child)) return !('value' in child) || child.value.trim() === '';
      if (isShareLink(child)) {
        links++;
        return true;
      }
      return onlyShare(child);
    });
  return onlyShare(element) && links > 0;
}

/**
 * A list of links into the page itself (a vendor page's 条項目次 beside the text: 第1条(目的),
 * 第2条(定義) …): a way around the page, printed again in full below, never its text.
 */
function isJumpList(element: Element): boolean {
  if (element.tagName !== 'ul' && element.tagName !== 'ol') return false;
  let items = 0;
  for (const item of element.childNodes) {
    if (!isElement(item)) {
      if ('value' in item && item.value.trim() !== '') return false;
      continue;
    }
    if (item.tagName !== 'li') return false;
    const links = item.childNodes.filter((child) => {
      if (isElement(child)) return true;
      return 'value' in child && child.value.trim() !== '';
    });
    const link = links[0];
    if (links.length !== 1 || !link || !isElement(link) || link.tagName !== 'a') return false;
    if (!(getAttribute(link, 'href') ?? '').startsWith('#')) return false;
    items++;
  }
  return items >= 2;
}

function isTopLink(element: Element): boolean {
  if (element.tagName !== 'a') return false;
  const href = getAttribute(element, 'href') ?? '';
  return href.startsWith('#') && TOP_TEXT.test(textOf(element));
}

function isSkipLink(element: Element): boolean {
  if (element.tagName !== 'a') return false;
  return (getAttribute(element, 'href') ?? '').startsWith('#') && SKIP_TEXT.test(textOf(element));
}
