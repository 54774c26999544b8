import { readFileSync } from 'node:fs';
import { analyzeText } from './helpers.ts';

/**
 * Scores definitions on labelled statute sentences the way ../shared/tools/abbr-eval.py does: every
 * sentence becomes one article of one ordinance-style document; a labelled pair counts for the term
 * when a definition of that term sits in its sentence's article, and for the meaning when that
 * definition's meaning equals the label (NFKC, spaces and parentheticals removed).
 */

export interface LabelledCase {
  id: number;
  law_name?: string;
  text: string;
  /** session-6 and later: which batch labelled it */
  added?: string;
  /** scope, where labelled: document, following, or article (the sentence's own article) */
  terms: Array<{ abbr: string; formal: string; scope?: 'document' | 'following' | 'article' }>;
}

export interface DefinitionScore {
  pairs: number;
  terms: number;
  meanings: number;
  /** one line per pair that failed, as the scorer prints them */
  misses: string[];
}

export function readCases(path: string): LabelledCase[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { cases: LabelledCase[] } | LabelledCase[];
  return Array.isArray(data) ? data : data.cases;
}

/** The document abbr-eval.py `make` writes. */
export function casesDocument(cases: LabelledCase[]): string {
  return `○略称試験条例\n\n${cases.map((c, k) => `第${k + 1}条 ${c.text}\n\n`).join('')}`;
}

function withoutParentheticals(text: string): string {
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** The scorer's comparison form of a phrase. */
export function comparable(text: string): string {
  const nfkc = text.normalize('NFKC').replace(/^第\d+条\s*/, '');
  return withoutParentheticals(nfkc).replace(/\s+/g, '');
}

/** Labelled scopes the analysis states otherwise (or for a missing definition), one line each. */
export function scopeMisses(cases: LabelledCase[]): { labelled: number; misses: string[] } {
  const { result } = analyzeText(casesDocument(cases), {}, 'definitions.txt');
  let labelled = 0;
  const misses: string[] = [];
  cases.forEach((c, index) => {
    const article = `art-${index + 1}`;
    for (const label of c.terms) {
      if (!label.scope) continue;
      labelled++;
      const want = label.scope === 'article' ? article : label.scope;
      const hits = result.definitions.filter(
        (d) => d.term === label.abbr && (d.at === article || d.at.startsWith(`${article}-`)),
      );
      if (!hits.some((d) => d.scope === want))
        misses.push(
          `#${c.id} ${label.abbr}: scope ${hits.map((d) => d.scope).join(',') || 'none'} ≠ ${want}`,
        );
    }
  });
  return { labelled, misses };
}

export function scoreDefinitions(cases: LabelledCase[]): DefinitionScore {
  const { result } = analyzeText(casesDocument(cases), {}, 'definitions.txt');
  const byArticle = new Map<number, typeof result.definitions>();
  for (const d of result.definitions) {
    const m = /^art-(\d+)(?:-|$)/.exec(d.at);
    if (!m) continue;
    const k = Number(m[1]);
    byArticle.set(k, [...(byArticle.get(k) ?? []), d]);
  }
  const score: DefinitionScore = { pairs: 0, terms: 0, meanings: 0, misses: [] };
  cases.forEach((c, index) => {
    const found = byArticle.get(index + 1) ?? [];
    for (const label of c.terms) {
      score.pairs++;
      const hits = found.filter((d) => d.term === label.abbr);
      if (hits.length === 0) {
        score.misses.push(`#${c.id} term ${label.abbr} missing`);
        continue;
      }
      score.terms++;
      if (hits.some((d) => comparable(d.meaning ?? '') === comparable(label.formal))) score.meanings++;
      else
        score.misses.push(
          `#${c.id} ${label.abbr}: ${comparable(hits[0]!.meaning ?? '')} ≠ ${comparable(label.formal)}`,
        );
    }
  });
  return score;
}

/**
 * Definitions the analysis finds that no label names, one line each: on a set labelled exhaustively
 * (every definition of every sentence, and sentences with none), each is a false positive.
 */
export function unlabelledDefinitions(cases: LabelledCase[]): string[] {
  const { result } = analyzeText(casesDocument(cases), {}, 'definitions.txt');
  const out: string[] = [];
  for (const d of result.definitions) {
    const m = /^art-(\d+)(?:-|$)/.exec(d.at);
    const c = m ? cases[Number(m[1]) - 1] : undefined;
    if (!c?.terms.some((label) => label.abbr === d.term))
      out.push(`#${c?.id ?? d.at} ${d.term}: ${d.meaning}`);
  }
  return out;
}
