/**
 * The strict check of every source (`npm run check`, scripts/check.ts): each problem as
 * `path:line:col: reason [rule-id] (level)`, and how many fail the check — errors and warnings
 * (defects of a source) that its metadata does not acknowledge; infos (repairs the parser made)
 * are listed but pass.
 */
import type { VFileMessage } from 'vfile-message';
import { analyzeReferences } from '../analyze/index.ts';
import { appendAll } from '../arrays.ts';
import { loadCorpus } from '../ingest/corpus.ts';
import { formatMessage } from '../ingest/report.ts';
import { parseOptionsFor } from '../parse/index.ts';
import { parseAny } from '../read/index.ts';

/** What the check found: the report's lines and how many problems fail it. */
interface SourceCheck {
  lines: string[];
  failing: number;
}

export async function checkSources(dir: string): Promise<SourceCheck> {
  const corpus = await loadCorpus(dir);
  const messages: VFileMessage[] = [...corpus.messages];
  const acknowledged = new Set<VFileMessage>();
  for (const doc of corpus.documents) {
    const tree = parseAny(doc.file, parseOptionsFor(doc.meta));
    analyzeReferences(tree, doc.file);
    for (const m of doc.file.messages) {
      if (doc.meta.known?.some((k) => k.rule === m.ruleId && k.line === m.line)) acknowledged.add(m);
    }
    appendAll(messages, doc.file.messages);
  }
  const failing = messages.filter(
    (m) => m.fatal !== undefined && m.fatal !== null && !acknowledged.has(m),
  ).length;
  const lines = messages.map((m) => `${formatMessage(m)} (${levelOf(m, acknowledged)})`);
  lines.push(
    '',
    `${corpus.documents.length} document(s) checked: ${failing} problem(s), ${messages.length - failing} note(s).`,
  );
  return { lines, failing };
}

function levelOf(m: VFileMessage, acknowledged: ReadonlySet<VFileMessage>): string {
  if (acknowledged.has(m)) return 'acknowledged';
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
}
