import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { localizedSchema, parseMetadata } from '../ingest/metadata.ts';

/** Where the topic scheme lives. */
export const TOPICS_PATH = 'content/topics.yaml';

/** Topic ids become URL segments; `facts` and `definitions` pages sit beside them. */
const topicId = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*$/, { error: 'expected lowercase letters and hyphens (it becomes a URL)' })
  .refine((id) => id !== 'facts', { error: '`facts` is the facts page, choose another topic id' });

const list = z.array(z.string().min(1)).default([]);

/** One topic of `content/topics.yaml`. */
const topicSchema = z.strictObject({
  /** URL segment: `/{lang}/compare/{id}/`. Required. */
  id: topicId,
  /** Name in both languages. Required. */
  label: localizedSchema,
  /** One line saying what the topic covers. Required. */
  description: localizedSchema,
  /** Substrings of a unit's caption or heading title, or of its enclosing section's title. Default none. */
  captions: list,
  /** Caption substrings that keep the topic off even when `captions` match. Default none. */
  excludeCaptions: list,
  /** Terms whose definition in a unit assigns the topic; `*` for any term. Default none. */
  defines: list,
  /** kuromoji dictionary forms of content words, space-separated, counted in the unit's text. Default none. */
  lemmas: list,
  /** Lowercase substrings counted in English text. Default none. */
  words: list,
  /** Regular expressions counted in the unit's text. Default none. */
  patterns: list,
  /** Unit kinds that always have the topic (`preamble`, `contact`). Default none. */
  kinds: z.array(z.enum(['article', 'clause', 'section', 'preamble', 'contact', 'block'])).default([]),
  /** Occurrences of text evidence needed. Default 2. */
  minHits: z.number().int().min(1).default(2),
  /** A theme that runs across captions (deadlines, fees): text evidence counts at `minHits` even when a caption matched another topic. Default false. */
  crossCutting: z.boolean().default(false),
});

/** A defined term aligned across documents and languages. */
const termSchema = z.strictObject({
  /** The term as Japanese ordinances write it: `個人情報`. Required. */
  key: z.string().min(1),
  /** Name in both languages. Required. */
  label: localizedSchema,
  /** Other spellings; English ones in lowercase. Default none. */
  aliases: list,
});

/** `content/topics.yaml`. */
const topicSchemeSchema = z
  .strictObject({
    topics: z.array(topicSchema).min(1),
    terms: z.array(termSchema).default([]),
  })
  .superRefine((scheme, context) => {
    const seen = new Set<string>();
    scheme.topics.forEach((topic, index) => {
      if (seen.has(topic.id)) {
        context.addIssue({ code: 'custom', path: ['topics', index, 'id'], message: `duplicate topic id` });
      }
      seen.add(topic.id);
      topic.patterns.forEach((pattern, at) => {
        try {
          new RegExp(pattern, 'u');
        } catch (error) {
          context.addIssue({
            code: 'custom',
            path: ['topics', index, 'patterns', at],
            message: `invalid regular expression (${String(error)})`,
          });
        }
      });
    });
  });

/** A text in both site languages. */
export type Localized = z.infer<typeof localizedSchema>;
/** A validated topic. */
export type Topic = z.infer<typeof topicSchema>;
/** A validated aligned term. */
export type AlignedTerm = z.infer<typeof termSchema>;
/** The validated scheme. */
export type TopicScheme = z.infer<typeof topicSchemeSchema>;

/**
 * Read and validate the topic scheme. The compare pages cannot be built without it, so problems
 * throw, each naming the file, line and field (`content/topics.yaml:12:5: topics.3.id: …`).
 */
export async function loadTopicScheme(path = TOPICS_PATH): Promise<TopicScheme> {
  const text = await readFile(path, 'utf8');
  return parseTopicScheme(text, path);
}

/** Validate scheme text (see `loadTopicScheme`). */
export function parseTopicScheme(text: string, path = TOPICS_PATH): TopicScheme {
  const { data, file } = parseMetadata(topicSchemeSchema, text, path);
  if (!data) {
    const reasons = file.messages.map(
      (message) => `${path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`,
    );
    throw new Error(`Invalid topic scheme, fix these and build again:\n${reasons.join('\n')}`);
  }
  return data;
}
