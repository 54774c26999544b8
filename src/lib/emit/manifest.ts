import { visit } from 'unist-util-visit';
import type { VFileMessage } from 'vfile-message';
import type { DocumentKind, Node, ParentType } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';

/** A text in both site languages. */
export interface Localized {
  ja: string;
  en: string;
}

/** Counts of messages by severity, and by rule id. */
interface MessageSummary {
  /** fatal messages */
  errors: number;
  /** non-fatal messages */
  warnings: number;
  /** informational messages (`fatal: undefined`) */
  info: number;
  /** message count per rule id (`unparsed-text`: 3) */
  rules: Record<string, number>;
}

/** A city of the site: `/{lang}/{slug}/`. */
export interface ManifestCity {
  slug: string;
  name: Localized;
  prefecture: Localized;
  /** the city's official website */
  url?: string;
  /** slugs of its documents, in order */
  documents: string[];
}

/** A document of the site: `/{lang}/{city}/{doc}/`, with `{city}/{doc}.mdx` and `{city}/{doc}.tree.json`. */
export interface ManifestDocument {
  city: string;
  doc: string;
  /** the source file, relative to the project */
  source: string;
  title: Localized;
  kind: DocumentKind;
  /** language of the source text */
  lang: 'ja' | 'en';
  /** how the parser read it */
  style: 'law' | 'policy' | 'page';
  number?: string;
  /** ISO dates from the metadata */
  promulgated?: string;
  updated?: string;
  enforced?: string;
  /** where the source was published */
  url?: string;
  /** whether the text applies now, with its reason (docs/sources.md, "Status"); absent when not recorded */
  status?: ManifestStatus;
  /** an official translation published elsewhere, linked where the team's translation lacks a unit */
  officialTranslation?: { lang: 'ja' | 'en'; url: string; name: Localized };
  /** how many of each unit the tree holds (article: 64, unparsed: 2 …) */
  counts: Partial<Record<ParentType | 'unparsed' | 'chrome', number>>;
  messages: MessageSummary;
  /** the versions of the text, newest (current) first; earlier ones have pages of their own */
  versions?: ManifestVersion[];
}

/** One version of a document's text (docs/sources.md, Versions). */
export interface ManifestVersion {
  /** the date the text stood as of; absent when the metadata gives no date */
  date?: string;
  /** true for the text at `/{lang}/{city}/{doc}/`; the others are at `…/{doc}/{date}/` */
  current: boolean;
  /** the name of its generated files (`appi@2025-09-24`): the document's own for the current one */
  generated: string;
  /** the source file, relative to the project */
  source: string;
  /** where it was published and when retrieved, with its provenance note, when known */
  url?: string;
  retrieved?: string;
  note?: string;
}

/** A document's status from its metadata. */
interface ManifestStatus {
  status: 'in-force' | 'superseded' | 'historical';
  /** the date the text is as of, when known */
  asOf?: string;
  /** what replaced it */
  supersededBy?: { city: string; doc: string; since: string; amendment?: string | undefined };
  /** why, in both languages */
  note: Localized;
}

/** `src/content/generated/manifest.json`: what the site is built from. */
export interface Manifest {
  cities: ManifestCity[];
  documents: ManifestDocument[];
  /** every message of the content build (loading, parsing, emitting) */
  messages: MessageSummary;
}

/** Summarize messages by severity and rule id (rules sorted, so output is stable). */
export function summarizeMessages(messages: readonly VFileMessage[]): MessageSummary {
  const summary: MessageSummary = { errors: 0, warnings: 0, info: 0, rules: {} };
  const rules = new Map<string, number>();
  for (const message of messages) {
    if (message.fatal === true) summary.errors++;
    else if (message.fatal === false) summary.warnings++;
    else summary.info++;
    const rule = message.ruleId ?? 'unknown';
    rules.set(rule, (rules.get(rule) ?? 0) + 1);
  }
  summary.rules = Object.fromEntries([...rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return summary;
}

/** Count structural units, and unparsed and chrome leaves, in a tree. */
export function countUnits(root: Node): ManifestDocument['counts'] {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  visit(root, (node) => {
    if (!isLeaf(node)) {
      if (node.type !== 'document') add(node.type);
    } else if (node.type === 'unparsed' || node.type === 'chrome') add(node.type);
  });
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
