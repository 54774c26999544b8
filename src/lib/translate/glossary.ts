import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { z } from 'zod';
import { parseYamlFile } from '../ingest/yaml-file.ts';

/** The `source` of every message about translation and glossary files. */
export const TRANSLATE_SOURCE = 'reiki-translate';

/** Where the glossary lives, relative to the project root. */
const GLOSSARY_PATH = 'content/glossary.yaml';

/** One term of the glossary. */
const glossaryEntrySchema = z.strictObject({
  /** The Japanese term as the sources write it: 実施機関, 開示決定等の期限. Required, unique. */
  ja: z.string().min(1),
  /** Its reading in hiragana (ー allowed): じっしきかん. Required. */
  reading: z.string().regex(/^[\u3041-\u3096\u30fc]+$/u, { error: 'expected a reading in hiragana' }),
  /**
   * The English rendering used by every translation of the site: the Standard Bilingual Dictionary's
   * or the official APPI translation's wherever they render the term, else the team's. Required.
   */
  en: z.string().min(1),
  /** Why this rendering, where the term is defined, other renderings to avoid. Optional. */
  note: z.string().min(1).optional(),
  /** Whose rendering `en` is: `dictionary`, `appi` (official APPI translation) or `team`. Required. */
  source: z.enum(['dictionary', 'appi', 'team']),
  /**
   * A legal phrase whose rendering is checked in every unit (src/lib/translate/phrases.ts): the
   * Japanese it covers (a regular expression, `ja` literally when absent), the English of which one
   * must appear in a unit holding it, English that must not (a rendering this phrase replaces), and
   * English reserved for it (never in a unit without the phrase). Regular expressions, matched
   * case-insensitively on English. Optional: only the phrases whose mistranslation changes the law.
   */
  phrase: z
    .strictObject({
      pattern: z.string().min(1).optional(),
      renderings: z.array(z.string().min(1)).min(1),
      avoid: z.string().min(1).optional(),
      reserved: z.string().min(1).optional(),
    })
    .optional(),
});

/** `content/glossary.yaml`: a list of entries, one per Japanese term. */
const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, context) => {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.ja);
    if (first === undefined) seen.set(entry.ja, index);
    else
      context.addIssue({
        code: 'custom',
        path: [index, 'ja'],
        message: `duplicate term ${entry.ja}, expected one entry per term (first at entry ${first})`,
      });
  });
});

/** A validated glossary entry. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The glossary as loaded, with lookups; empty entries and fatal messages when the file is invalid. */
interface Glossary {
  entries: GlossaryEntry[];
  /** entry by Japanese term */
  byJa: ReadonlyMap<string, GlossaryEntry>;
  messages: VFileMessage[];
}

/** Parse and validate glossary YAML (see {@link glossarySchema}). Never throws. */
export function parseGlossary(text: string, path = GLOSSARY_PATH): Glossary {
  const { data, file } = parseYamlFile(glossarySchema, text, path, {
    ruleId: 'invalid-glossary',
    source: TRANSLATE_SOURCE,
    empty: {},
  });
  const entries = data ?? [];
  return { entries, byJa: new Map(entries.map((entry) => [entry.ja, entry])), messages: file.messages };
}

/** Load `content/glossary.yaml`; a missing file gives no entries and a fatal `unreadable-glossary` message. */
export function loadGlossary(root = process.cwd()): Glossary {
  let text: string;
  try {
    text = readFileSync(join(root, GLOSSARY_PATH), 'utf8');
  } catch (error) {
    const message = new VFileMessage(
      `Cannot read the glossary (${String(error)}), expected ${GLOSSARY_PATH}`,
      {
        ruleId: 'unreadable-glossary',
        source: TRANSLATE_SOURCE,
      },
    );
    message.file = GLOSSARY_PATH;
    message.fatal = true;
    return { entries: [], byJa: new Map(), messages: [message] };
  }
  return parseGlossary(text);
}

const renderingsByRoot = new Map<string, ReadonlyMap<string, string>>();

/**
 * The glossary's English by Japanese term, loaded once per root (pages quoting a name from a
 * source look it up: every page of a build would otherwise read the file again).
 */
export function glossaryRenderings(root = process.cwd()): ReadonlyMap<string, string> {
  let renderings = renderingsByRoot.get(root);
  if (!renderings) {
    renderings = new Map(loadGlossary(root).entries.map((entry) => [entry.ja, entry.en]));
    renderingsByRoot.set(root, renderings);
  }
  return renderings;
}
