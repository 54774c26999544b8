import type { Fact } from './facts.ts';

/**
 * Legal qualifiers a clause puts on the rule a fact reads from it. A fact is a bare value (14
 * days); the clause may say 原則として (the rule admits exceptions) or carry a proviso (ただし、…).
 * Shown without them, a general rule reads as an absolute one, so pages print them beside the
 * value and the guide sentence (facts.qualifier.* in src/lib/i18n).
 */
const FACT_QUALIFIERS = ['in-principle', 'proviso'] as const;
type FactQualifier = (typeof FACT_QUALIFIERS)[number];

const PATTERNS: Record<FactQualifier, RegExp> = {
  'in-principle': /原則(?:として|的に)/u,
  // a proviso opens a sentence (ただし、…); ただし書 names another clause's proviso
  proviso: /(?:^|[。\s])(?:ただし|但し)[、,，]/u,
};

/** The qualifiers the clauses of these facts state, once each, in FACT_QUALIFIERS order. */
export function qualifiersOf(facts: readonly Pick<Fact, 'quote'>[]): FactQualifier[] {
  return FACT_QUALIFIERS.filter((qualifier) => facts.some((fact) => PATTERNS[qualifier].test(fact.quote)));
}
