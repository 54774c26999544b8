/**
 * Build-time only: the related-term groups the browser reads queries with (related.ts), from the
 * documented synonym table `content/search-synonyms.yaml` and from the glossary (each term with
 * its English rendering). An invalid table is reported with file, line and column, never ignored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { z } from 'zod';
import { parseYamlFile } from '../ingest/yaml-file.ts';
import { type GlossaryEntry, loadGlossary, TRANSLATE_SOURCE } from '../translate/glossary.ts';
import type { RelatedGroup } from './related.ts';

/** Where the synonym table lives, relative to the project root. */
const SYNONYMS_PATH = 'content/search-synonyms.yaml';

/** The synonym table: groups of Japanese terms and English words or phrases that stand for one another. */
const synonymTableSchema = z.array(
  z.strictObject({
    ja: z.array(z.string().min(1)).min(1),
    en: z.array(z.string().min(1)).default([]),
    asked: z.array(z.string().min(1)).optional(),
  }),
);

/** Glossary renderings longer than this many words are captions, not what anyone types. */
const MAX_GLOSSARY_WORDS = 6;

/** Parse a synonym table (YAML text); problems as fatal messages on `path`. */
export function parseSynonymTable(
  text: string,
  path = SYNONYMS_PATH,
): { groups: RelatedGroup[]; messages: VFileMessage[] } {
  const { data, file } = parseYamlFile(synonymTableSchema, text, path, {
    ruleId: 'invalid-synonyms',
    source: TRANSLATE_SOURCE,
    empty: {},
  });
  return {
    groups: (data ?? []).map((group) => ({
      ja: group.ja,
      en: group.en.map((phrase) => phrase.toLowerCase()),
      ...(group.asked ? { asked: group.asked.map((word) => word.toLowerCase()) } : {}),
    })),
    messages: file.messages,
  };
}

/** One group per glossary term (its English rendering, without a parenthesised reading), legal phrases left out. */
export function glossaryGroups(entries: readonly GlossaryEntry[]): RelatedGroup[] {
  return entries
    .filter((entry) => !entry.phrase)
    .map((entry) => ({
      entry,
      en: entry.en
        .replace(/\s*\([^)]*\)/g, '')
        .toLowerCase()
        .trim(),
    }))
    .filter(({ en }) => en && en.split(/\s+/).length <= MAX_GLOSSARY_WORDS)
    .map(({ entry, en }) => ({ ja: [entry.ja], en: [en] }));
}

/** The related groups of a project: its synonym table, then its glossary; throws on an invalid table. */
export function readRelatedGroups(root = process.cwd()): RelatedGroup[] {
  const { groups, messages } = parseSynonymTable(readFileSync(join(root, SYNONYMS_PATH), 'utf8'));
  const glossary = loadGlossary(root);
  const problems = [...messages, ...glossary.messages];
  if (problems.length > 0) throw new Error(problems.map(String).join('\n'));
  return [...groups, ...glossaryGroups(glossary.entries)];
}
