/**
 * What `reiki refs` returns (docs/refs.md): cross-references resolved to anchors, definitions
 * with their scope, and every use of a defined term. Offsets (`start`/`end`) are always offsets
 * into the source text (`file.value`), half-open.
 */

/** A provision of another law or ordinance: never a target inside the document at hand. */
export interface ExternalTarget {
  /** the law number, numerals normalised: 昭和22年法律第67号, 平成12年日向市条例第46号 */
  lawNum: string | null;
  /** e-Gov law ID (322AC0000000067), `ordinance:{lawNum}` for municipal enactments, null when unknown */
  lawId: string | null;
  /** the law's title as printed where it was first cited (地方自治法), when known */
  title: string | null;
  /** the provision inside that law in this project's anchor scheme (art-244_2-p3), null for the law as a whole */
  anchor: string | null;
  /** e-Gov deep link, for laws e-Gov serves */
  url: string | null;
}

/** One cross-reference as printed: a pointer chain, one member of a list, or a range. */
export interface Reference {
  /** the reference as printed (repaired text: lines joined), including a law name before it */
  text: string;
  /** anchor of the smallest unit holding the reference */
  from: string;
  start: number;
  end: number;
  /** internal targets, lists and ranges expanded; empty for external, dangling and unresolved references */
  targets: string[];
  /** set when the reference points into another law or ordinance */
  external: ExternalTarget | null;
  /** true when every target was found (internal) or the law was identified (external) */
  resolved: boolean;
}

/**
 * Where a definition applies: `document`, `following` (from the definition to the end), one
 * anchor (`art-8-p2-i7`, `ch-2`), a range of siblings (`ch-3-sec-1..ch-3-sec-3`), or several of
 * these joined by commas (`ch-4,ch-8`).
 */
type Scope = string;

/** A defined term. */
export interface Definition {
  term: string;
  /** anchor of the smallest unit holding the definition */
  at: string;
  scope: Scope;
  /** the defining expression as printed: 「X」とは、…をいう / (以下「X」という。) / a table row */
  text: string;
  start: number;
  end: number;
  /** offsets of the term itself inside the definition */
  termStart: number;
  termEnd: number;
  /** what the term means, when the definition states it (the definiens) */
  meaning?: string;
  /** for abbreviations of laws (以下「番号法」という): the law they stand for */
  law?: ExternalTarget;
}

/** One use of a defined term inside the scope of its definition. */
export interface TermRef {
  term: string;
  /** anchor of the smallest unit holding the use */
  at: string;
  /** `at` of the definition that applies here */
  definition: string;
  /** index of that definition in `definitions` */
  definitionIndex: number;
  start: number;
  end: number;
}

/** The result of `analyzeReferences`. */
export interface RefsResult {
  references: Reference[];
  definitions: Definition[];
  termRefs: TermRef[];
}
