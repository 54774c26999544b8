/**
 * `npm run check [-- DIR]`: strict check of every source. Prints each problem as
 * `path:line:col: reason [rule-id]` and exits non-zero when any source has an error or a
 * warning (a defect of the source); infos (repairs the parser made) are listed but pass.
 */

import type { VFileMessage } from 'vfile-message';
import { analyzeReferences } from '../src/lib/analyze/index.ts';
import { appendAll } from '../src/lib/arrays.ts';
import { loadCorpus } from '../src/lib/ingest/corpus.ts';
import { formatMessage } from '../src/lib/ingest/report.ts';
import { parseOptionsFor } from '../src/lib/parse/index.ts';
import { parseAny } from '../src/lib/read/index.ts';

const dir = process.argv[2] ?? 'content/sources';
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
const failing = messages.filter((m) => m.fatal !== undefined && m.fatal !== null && !acknowledged.has(m));
for (const m of messages) {
  const level = acknowledged.has(m)
    ? 'acknowledged'
    : m.fatal === true
      ? 'error'
      : m.fatal === false
        ? 'warning'
        : 'info';
  console.log(`${formatMessage(m)} (${level})`);
}
console.log(
  `\n${corpus.documents.length} document(s) checked: ${failing.length} problem(s), ${messages.length - failing.length} note(s).`,
);
process.exitCode = failing.length > 0 ? 1 : 0;
