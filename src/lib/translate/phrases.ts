/**
 * Legal phrases whose English changes the law when it slips (と認められる "is found to" against
 * おそれがある "is likely to", 専ら, 過料, 施行する): every unit whose Japanese holds one of the
 * glossary's phrases must render it as the glossary says, must not use the rendering the phrase
 * replaces, and English reserved for a phrase appears only where the Japanese holds it.
 */
import type { GlossaryEntry } from './glossary.ts';

/** A unit in both languages. */
interface BilingualUnit {
  key: string;
  ja: string;
  en: string;
}

/** One unit that renders a phrase otherwise than the glossary says. */
interface PhraseMismatch {
  key: string;
  phrase: string;
  problem: 'missing' | 'avoided' | 'reserved';
  /** the English that is missing, avoided or reserved */
  expected: string;
}

/** The checkable phrase of an entry, with its expressions compiled. */
interface CompiledPhrase {
  ja: string;
  pattern: RegExp;
  renderings: RegExp[];
  avoid?: RegExp;
  reserved?: RegExp;
}

function compile(entry: GlossaryEntry): CompiledPhrase | undefined {
  const { phrase } = entry;
  if (!phrase) return undefined;
  return {
    ja: entry.ja,
    pattern: new RegExp(phrase.pattern ?? escapeRegExp(entry.ja), 'u'),
    renderings: phrase.renderings.map((rendering) => new RegExp(rendering, 'iu')),
    ...(phrase.avoid ? { avoid: new RegExp(phrase.avoid, 'iu') } : {}),
    ...(phrase.reserved ? { reserved: new RegExp(phrase.reserved, 'iu') } : {}),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The glossary entries that carry a phrase check. */
export function phraseEntries(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return entries.filter((entry) => entry.phrase);
}

/** Every unit that renders a glossary phrase otherwise than the glossary says, in unit order. */
export function findPhraseMismatches(
  units: readonly BilingualUnit[],
  entries: readonly GlossaryEntry[],
): PhraseMismatch[] {
  const phrases = entries.map(compile).filter((phrase) => phrase !== undefined);
  const out: PhraseMismatch[] = [];
  for (const unit of units) {
    if (!unit.en.trim()) continue;
    for (const phrase of phrases) {
      const holds = phrase.pattern.test(unit.ja);
      if (holds && !phrase.renderings.some((rendering) => rendering.test(unit.en))) {
        out.push({
          key: unit.key,
          phrase: phrase.ja,
          problem: 'missing',
          expected: phrase.renderings.map((r) => r.source).join(' | '),
        });
      }
      if (holds && phrase.avoid?.test(unit.en)) {
        out.push({ key: unit.key, phrase: phrase.ja, problem: 'avoided', expected: phrase.avoid.source });
      }
      if (!holds && phrase.reserved?.test(unit.en)) {
        out.push({ key: unit.key, phrase: phrase.ja, problem: 'reserved', expected: phrase.reserved.source });
      }
    }
  }
  return out;
}
