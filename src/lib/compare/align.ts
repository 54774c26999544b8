import { type DiffPart, diffWords } from './diff.ts';
import { procedureOf, splitSentences } from './sentences.ts';
import { type JapaneseTokenizer, toLemmas } from './tokenizer.ts';
import type { TopicUnit } from './units.ts';

/** A unit of one document set against the unit of the other that says most nearly the same. */
export interface AlignedClause {
  /** the unit of the first document, if any matched */
  a?: TopicUnit;
  /** the unit of the second document, if any matched */
  b?: TopicUnit;
  /** the word-level difference from a's text to b's (all deleted or all inserted when one side is missing) */
  parts: DiffPart[];
  /** how much of their content words the two share (0 … 1) */
  overlap: number;
}

/** Units sharing less than this part of their content words are not set against each other. */
const MIN_OVERLAP = 0.1;

/**
 * Set the units of two documents against each other before diffing them word by word: each unit
 * is paired with at most one unit of the other document, best matches first (cosine of their
 * content-word lemmas, weighted by how rare each is in the two documents), so that 第26条 (開示決定等の期限) meets 「請求に対する決定」 rather than
 * a whole ordinance meeting a page. Unpaired units are shown as only in their document. The
 * result follows the first document's order, each unpaired unit of the second after the pair
 * that precedes it in its own document.
 */
export function alignClauses(
  tokenizer: JapaneseTokenizer,
  first: readonly TopicUnit[],
  second: readonly TopicUnit[],
): AlignedClause[] {
  const bags = (units: readonly TopicUnit[]) =>
    units.map((unit) => countLemmas(toLemmas(tokenizer, textOf(unit))));
  const [left, right] = [bags(first), bags(second)];
  const weight = inverseFrequencies([...left, ...right]);
  const [leftVectors, rightVectors] = [
    left.map((bag) => weigh(bag, weight)),
    right.map((bag) => weigh(bag, weight)),
  ];
  const candidates = first
    .flatMap((_, i) => second.map((_, j) => ({ i, j, overlap: cosine(leftVectors[i]!, rightVectors[j]!) })))
    .filter((candidate) => candidate.overlap >= MIN_OVERLAP)
    .sort((x, y) => y.overlap - x.overlap || x.i - y.i || x.j - y.j);
  const pairOfA = new Map<number, { j: number; overlap: number }>();
  const pairedB = new Set<number>();
  for (const { i, j, overlap } of candidates) {
    if (pairOfA.has(i) || pairedB.has(j)) continue;
    pairOfA.set(i, { j, overlap });
    pairedB.add(j);
  }
  const out: AlignedClause[] = [];
  const placedB = new Set<number>();
  const placeUnpairedB = (upTo: number) => {
    for (let j = 0; j < upTo; j++) {
      if (pairedB.has(j) || placedB.has(j)) continue;
      placedB.add(j);
      out.push({ b: second[j]!, parts: [{ type: 'insert', text: textOf(second[j]!) }], overlap: 0 });
    }
  };
  first.forEach((unit, i) => {
    const pair = pairOfA.get(i);
    if (!pair) {
      out.push({ a: unit, parts: [{ type: 'delete', text: textOf(unit) }], overlap: 0 });
      return;
    }
    placeUnpairedB(pair.j);
    const b = second[pair.j]!;
    out.push({ a: unit, b, parts: diffSentences(tokenizer, textOf(unit), textOf(b)), overlap: pair.overlap });
  });
  placeUnpairedB(second.length);
  return out;
}

/** Sentences sharing less than this part of their content words are not diffed against each other. */
const MIN_SENTENCE_OVERLAP = 0.2;

/**
 * The word difference of two corresponding units, sentence by sentence: each sentence is set
 * against the sentence of the other unit that regulates the same thing (content words shared,
 * weighted by rarity; never a sentence about another procedure: 開示 against 訂正), in order,
 * and only such pairs are diffed word by word. A sentence without a counterpart is shown as
 * deleted or inserted whole, so that Hyuga's 第26条第2項 (extension of the disclosure deadline) is
 * not read as a rewording of Nagareyama's sentence on correction.
 */
function diffSentences(tokenizer: JapaneseTokenizer, before: string, after: string): DiffPart[] {
  const left = sentencesOf(before);
  const right = sentencesOf(after);
  const bags = [...left, ...right].map((sentence) => countLemmas(toLemmas(tokenizer, sentence)));
  const weight = inverseFrequencies(bags);
  const vectors = bags.map((bag) => weigh(bag, weight));
  const similarity = (i: number, j: number): number => {
    const [x, y] = [procedureOf(left[i]!, []), procedureOf(right[j]!, [])];
    if (x && y && x !== y) return 0;
    return cosine(vectors[i]!, vectors[left.length + j]!);
  };
  // the order-keeping pairing with the largest total overlap (sentences above the threshold only)
  const n = left.length;
  const m = right.length;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const overlap = similarity(i, j);
      const paired = overlap >= MIN_SENTENCE_OVERLAP ? overlap + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(paired, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (part: DiffPart) => {
    if (parts.length > 0) parts.push({ type: 'equal', text: '\n' });
    parts.push(part);
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m) {
      const overlap = similarity(i, j);
      if (overlap >= MIN_SENTENCE_OVERLAP && best[i]![j] === overlap + best[i + 1]![j + 1]!) {
        if (parts.length > 0) parts.push({ type: 'equal', text: '\n' });
        parts.push(...diffWords(tokenizer, left[i]!, right[j]!));
        i++;
        j++;
        continue;
      }
      if (best[i]![j] === best[i + 1]![j]) push({ type: 'delete', text: left[i++]! });
      else push({ type: 'insert', text: right[j++]! });
    } else if (i < n) push({ type: 'delete', text: left[i++]! });
    else push({ type: 'insert', text: right[j++]! });
  }
  return mergeNeighbours(parts);
}

/** Lines (caption, paragraphs) cut into sentences. */
function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => splitSentences(line))
    .filter((sentence) => sentence.trim());
}

/** Equal neighbours joined, so the parts read as runs. */
function mergeNeighbours(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last?.type === part.type) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** A unit's text as compared: its caption or heading, then its sentences. */
function textOf(unit: TopicUnit): string {
  return [unit.heading, unit.text].filter(Boolean).join('\n');
}

function countLemmas(lemmas: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lemma of lemmas) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  return counts;
}

/** log(1 + n / df) for each lemma over the units of both documents: words every clause uses (個人, 情報, する) weigh little. */
function inverseFrequencies(bags: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const bag of bags)
    for (const lemma of bag.keys()) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
  return new Map([...frequency].map(([lemma, df]) => [lemma, Math.log(1 + bags.length / df)]));
}

function weigh(bag: ReadonlyMap<string, number>, weight: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...bag].map(([lemma, count]) => [lemma, Math.sqrt(count) * (weight.get(lemma) ?? 0)]));
}

/** Cosine similarity of two weighted bags of lemmas (0 … 1). */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [lemma, value] of a) {
    normA += value * value;
    dot += value * (b.get(lemma) ?? 0);
  }
  for (const value of b.values()) normB += value * value;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
