import { z } from 'zod';
import { SOURCE_HASH_LENGTH } from './hash.ts';

/**
 * A translation key: an anchor (`art-26-p1`, `h-3-b2`, `art-2-p1-t1-r2-c1`), optionally with a
 * field (`art-26#caption`, `ch-2#title`, `suppl-2#amendment`); `#title` alone is the document title.
 */
const TRANSLATION_KEY = /^(?:[a-z0-9_]+(?:-[a-z0-9_]+)*)?(?:#(?:caption|title|amendment))?$/;

/** One translated unit. */
const translationEntrySchema = z.strictObject({
  /** The translation of the unit's source text. Required, non-empty. */
  text: z.string().trim().min(1, { error: 'expected a non-empty translation' }),
  /** `hashSourceText` of the source text this entry translates (12 lowercase hex digits). Required. */
  hash: z
    .string()
    .regex(new RegExp(`^[0-9a-f]{${SOURCE_HASH_LENGTH}}$`), { error: 'expected 12 lowercase hex digits' }),
  /** A translator's note shown beside the entry (a choice of rendering, an omission). Optional. */
  note: z.string().min(1).optional(),
});

/** `content/translations/{city}/{doc}.{lang}.yaml`: translation key → entry. */
export const translationFileSchema = z.record(
  z.string().regex(TRANSLATION_KEY, {
    error: 'expected an anchor (art-26-p1), anchor#caption|#title|#amendment, or #title',
  }),
  translationEntrySchema,
);

/** A validated translation entry. */
export type TranslationEntry = z.infer<typeof translationEntrySchema>;
