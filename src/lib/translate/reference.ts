import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NUMERAL_CLASS } from '../text/numerals.ts';
import { CONTAINER_COUNTERS, CONTAINER_LEVELS } from '../tree/levels.ts';

/**
 * Renderings of Japanese legal terms in the reference texts: the Standard Bilingual Dictionary of
 * Japanese legal terms (Japanese Law Translation) and the official English translation of the Act
 * on the Protection of Personal Information (APPI). Both are read with small regular expressions:
 * the files are flat, well-formed XML and only a few elements matter.
 */
interface ReferenceLexicon {
  /** dictionary headword → its English renderings (`TransWord`) */
  dictionary: Map<string, string[]>;
  /** APPI term, article caption or chapter/section title → English as in the official translation */
  appi: Map<string, string[]>;
}

/** File names in the reference folder. */
const REFERENCE_FILES = {
  dictionary: 'jlt-standard-bilingual-dictionary-law.je.dic.18.0.xml',
  appiJa: 'jlt-appi-ja-act37-2021.xml',
  appiEn: 'jlt-appi-en-act37-2021.xml',
} as const;

/** Read the reference lexicon from a folder holding {@link REFERENCE_FILES}; undefined when a file is missing. */
export function loadReferenceLexicon(dir: string): ReferenceLexicon | undefined {
  const paths = Object.values(REFERENCE_FILES).map((name) => join(dir, name));
  if (!paths.every((path) => existsSync(path))) return undefined;
  const [dictionary, appiJa, appiEn] = paths.map((path) => readFileSync(path, 'utf8')) as [
    string,
    string,
    string,
  ];
  return { dictionary: readDictionary(dictionary), appi: readAppiTerms(appiJa, appiEn) };
}

/** Dictionary entries (`<Entry><Word>…</Word><Trans><TransWord>…`): headword → renderings, `a/b` split too. */
function readDictionary(xml: string): Map<string, string[]> {
  const lexicon = new Map<string, string[]>();
  for (const [, entry = ''] of xml.matchAll(/<Entry\b[^>]*>([\s\S]*?)<\/Entry>/g)) {
    const word = /<Word\b[^>]*>([^<]*)<\/Word>/.exec(entry)?.[1];
    if (!word) continue;
    const renderings = [...entry.matchAll(/<TransWord\b[^>]*>([^<]*)<\/TransWord>/g)]
      .map(([, text = '']) => decodeXml(text).trim())
      .filter(Boolean)
      .flatMap((text) =>
        text.includes('/') ? [text, ...text.split('/').map((part) => part.trim())] : [text],
      );
    add(lexicon, decodeXml(word).trim(), renderings);
  }
  return lexicon;
}

/**
 * Terms of the APPI with their official English: defined terms (「X」とは… / 以下「X」という ↔ "Y"),
 * paired sentence by sentence when both texts quote the same number of terms, and article
 * captions, chapter, section and subsection titles and the law title, paired in document order.
 */
function readAppiTerms(jaXml: string, enXml: string): Map<string, string[]> {
  const lexicon = new Map<string, string[]>();
  const ja = elements(jaXml, 'Sentence');
  const en = elements(enXml, 'Sentence');
  if (ja.length === en.length) {
    ja.forEach((sentence, index) => {
      const terms = [...sentence.matchAll(/「([^「」]+)」(?:とは|と(?:いう|いい|総称))/g)].map(
        ([, term = '']) => term,
      );
      const quoted = [...(en[index] ?? '').matchAll(/["\u201c]([^"\u201d]+)["\u201d]/g)].map(
        ([, term = '']) => term,
      );
      if (terms.length > 0 && terms.length === quoted.length) {
        for (const [i, term] of terms.entries()) add(lexicon, term, [quoted[i]!]);
      }
    });
  }
  for (const tag of ['LawTitle', 'ArticleCaption', ...CONTAINER_LEVELS.map((level) => level.egov.title)]) {
    const jaTitles = elements(jaXml, tag);
    const enTitles = elements(enXml, tag);
    if (jaTitles.length !== enTitles.length) continue;
    for (const [index, title] of jaTitles.entries())
      add(lexicon, stripJaTitle(title), [stripEnTitle(enTitles[index]!)]);
  }
  return lexicon;
}

/**
 * The comparable form of an English rendering: lower case, punctuation and the articles a, an, the
 * dropped, plurals reduced (agencies → agency, businesses → business, provisions → provision).
 * "Due Date of a Decisions on Disclosure" and "due date of decisions on disclosure" compare equal.
 */
export function normalizeRendering(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word && !['a', 'an', 'the'].includes(word))
    .map((word) =>
      word.length <= 3
        ? word
        : word
            .replace(/ies$/, 'y')
            .replace(/(ss|x|ch|sh)es$/, '$1')
            .replace(/([^s])s$/, '$1'),
    )
    .join(' ');
}

/** Whether a rendering agrees with one of the reference renderings ({@link normalizeRendering}). */
export function agreesWith(rendering: string, candidates: readonly string[]): boolean {
  const normalized = normalizeRendering(rendering);
  return candidates.some((candidate) => normalizeRendering(candidate) === normalized);
}

function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, inner = '']) =>
    decodeXml(inner.replace(/<[^>]+>/g, '')).trim(),
  );
}

/** 第一章 or 第二章の二 and the space after it, before a heading's title. */
const CONTAINER_HEADING_LABEL = new RegExp(
  `^第[${NUMERAL_CLASS}]+[${CONTAINER_COUNTERS}](?:の[${NUMERAL_CLASS}]+)?[\\s\\u3000]*`,
  'u',
);
/** The label before a container's title in JLT: Chapter I, Section 2-2. */
const EN_CONTAINER_LABEL = new RegExp(
  `^(?:${CONTAINER_LEVELS.map((level) => level.english).join('|')}) [0-9IVXLC]+(?:-[0-9]+)?\\s+`,
  'u',
);

/** （定義） → 定義; 第一章　総則 → 総則. */
function stripJaTitle(title: string): string {
  return title
    .replace(/^[（(](.*)[）)]$/u, '$1')
    .replace(CONTAINER_HEADING_LABEL, '')
    .trim();
}

/** (Definitions) → Definitions; Chapter I General Provisions → General Provisions. */
function stripEnTitle(title: string): string {
  return title
    .replace(/^\((.*)\)$/u, '$1')
    .replace(EN_CONTAINER_LABEL, '')
    .replace(/\.$/, '')
    .trim();
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function add(lexicon: Map<string, string[]>, term: string, renderings: readonly string[]): void {
  if (!term || renderings.length === 0) return;
  const list = lexicon.get(term) ?? [];
  for (const rendering of renderings) if (!list.includes(rendering)) list.push(rendering);
  lexicon.set(term, list);
}
