/// <reference types="vite/client" />
import type { VFile } from 'vfile';
import type { DocumentNode } from '../tree/types.ts';

/** What the reference analysis gives (src/lib/analyze, docs/refs.md), as far as exports rely on it. */
export interface Analysis {
  references: unknown[];
  definitions: unknown[];
  termRefs: unknown[];
}

type Analyzer = (tree: DocumentNode, file: VFile) => Analysis;

/**
 * The reference analysis when the build has it. Resolved by the bundler at build time, so the
 * exports build and say `analysis: "unavailable"` in a checkout without src/lib/analyze, and use
 * it as soon as it is there; outside a bundler (plain Node) it is unavailable too.
 */
function findAnalyzer(): Analyzer | undefined {
  try {
    const modules = import.meta.glob<{ analyzeReferences?: Analyzer }>('../analyze/index.ts', {
      eager: true,
    });
    return Object.values(modules)[0]?.analyzeReferences;
  } catch {
    return undefined;
  }
}

const analyzer = findAnalyzer();

/** References, definitions and term uses of a document, or undefined without the analysis. */
export function analyze(tree: DocumentNode, file: VFile): Analysis | undefined {
  if (!analyzer) return undefined;
  const { references, definitions, termRefs } = analyzer(tree, file);
  return { references, definitions, termRefs };
}
