import type { VFile } from 'vfile';
import type { DocumentMeta } from '../ingest/metadata.ts';
import type { DocumentNode } from '../tree/types.ts';
import { TreeBuilder } from './builder.ts';
import { finalizeTree } from './finalize.ts';
import { parseLawBody } from './law.ts';
import { lineStartsOf, splitLines } from './lines.ts';
import { parsePageBody } from './page.ts';

/** How to read a source: as articles (ordinances, laws, policies) or as a web page. */
export interface ParseOptions {
  style?: 'law' | 'policy' | 'page';
  lang?: 'ja' | 'en';
}

/**
 * Parses a decoded text or extracted HTML source into the document tree. Never throws and never
 * drops text: every character of `file.value` ends in exactly one leaf; problems become messages
 * on `file`. e-Gov XML is read by the e-Gov importer: `parseAny` (src/lib/read) picks by format.
 */
export function parseSource(file: VFile, options: ParseOptions = {}): DocumentNode {
  const source = String(file.value ?? '');
  const lang = options.lang ?? guessLang(source);
  // a policy is written either as articles (第1条…) or as a web page of headings and lists
  const layout = options.style === 'page' || options.style === 'law' ? options.style : guessStyle(source);
  const style = options.style ?? layout;
  const root: DocumentNode = { type: 'document', style, lang, children: [] };
  const lines = splitLines(source);
  const builder = new TreeBuilder(root, source, file, lineStartsOf(lines, source.length));
  if (layout === 'page') parsePageBody(builder, root, lines);
  else parseLawBody(builder, root, lines);
  finalizeTree(builder, root, file);
  return root;
}

/** Japanese when kana or kanji make up a fair share of the letters. */
function guessLang(source: string): 'ja' | 'en' {
  // counted by char code: matching the sample with /g built an array of every letter
  const length = Math.min(source.length, 20000);
  let ja = 0;
  let en = 0;
  for (let i = 0; i < length; i++) {
    const c = source.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) ja++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) en++;
    // stop once the characters left cannot change the verdict (a Japanese law is decided after
    // about a third of the sample): checked every 1,024 characters
    if ((i & 1023) === 1023) {
      const left = length - i - 1;
      if (ja * 3 >= en + left || (ja + left) * 3 < en) break;
    }
  }
  return ja * 3 >= en ? 'ja' : 'en';
}

/**
 * Article-structured when several lines start with 第N条, or when one does and a 附則 line
 * follows it: a law of a single article (its supplementary provisions apart) is still a law.
 */
function guessStyle(source: string): 'law' | 'page' {
  const articles = countArticleLines(source, 2);
  if (articles >= 2) return 'law';
  const supplement = SUPPLEMENT_LINE.test(source);
  if (articles === 1) return supplement ? 'law' : 'page';
  return paragraphsOnly(source, supplement) ? 'law' : 'page';
}

// 第 1 条: a PDF extraction may set the number apart
const ARTICLE_LINE = /^[ \t\u3000]*第[ \u3000]?[0-9０-９一二三四五六七八九十百]+[ \u3000]?[条條]/gm;

/**
 * Lines starting with 第N条, counted up to `limit`: matching them all (`match` with /g) scanned
 * the whole of a long law and built an array of every article label, to compare its length with 2.
 */
function countArticleLines(source: string, limit: number): number {
  ARTICLE_LINE.lastIndex = 0;
  let count = 0;
  while (count < limit && ARTICLE_LINE.exec(source)) count++;
  return count;
}

const SUPPLEMENT_LINE =
  /^[ \t\u3000]*附[ \t\u3000]*則[ \t\u3000]*(?:[(（][^\n]*[)）])?[ \t\u3000]*(?:抄)?[ \t\u3000]*$/m;
const PARAGRAPH_1 = /^[ \t\u3000]*[1１][ \t\u3000]+\S[^\n]*。/m;
const PARAGRAPH_2 = /^[ \t\u3000]*[2２][ \t\u3000]+\S[^\n]*。/m;
/** 規則第十二号, ○○市告示第45号: a law's own number near its head. */
const NUMBER_NEAR_HEAD =
  /(?:条例|規則|告示|訓令|規程|要綱|政令|省令|府令)第[0-9０-９一二三四五六七八九十百千]+号/;

/**
 * A law of paragraphs only (a short ordinance, a 告示): sentences numbered 1 and 2 (or a ２ after
 * an unnumbered first one) under a law's number or above its 附則. A page's numbered headings
 * are no sentences, and it has neither.
 */
function paragraphsOnly(source: string, supplement: boolean): boolean {
  const second = PARAGRAPH_2.exec(source);
  if (!second) return false;
  const first = PARAGRAPH_1.exec(source);
  const numbered = NUMBER_NEAR_HEAD.test(source.slice(0, 300));
  if (first && first.index < second.index) return supplement || numbered;
  return numbered;
}

/** How the build parses a document of a kind: pages as pages, policies as policies, the rest as laws. */
export function parseOptionsFor(meta: Pick<DocumentMeta, 'kind' | 'lang'>): Required<ParseOptions> {
  const style = meta.kind === 'page' ? 'page' : meta.kind === 'policy' ? 'policy' : 'law';
  return { style, lang: meta.lang };
}
