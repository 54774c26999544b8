import fc from 'fast-check';

/**
 * Property tests draw their cases from one fixed seed, so a run on CI is the run on a laptop: a
 * case that fails fails every time, and a green build stays green. `npm run test:fuzz` draws
 * fresh seeds (FC_SEED=random) to look for new counterexamples; each one found
 * becomes a fixed example or a fix before it lands.
 */
const requested = process.env.FC_SEED;
if (requested !== 'random') fc.configureGlobal({ seed: Number(requested ?? 20_231_404) });
