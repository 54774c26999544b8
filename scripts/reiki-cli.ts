import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { analyzeReferences } from '../src/lib/analyze/index.ts';
import { readSource } from '../src/lib/ingest/read-source.ts';
import { formatDiagnostic } from '../src/lib/parse/diagnostics.ts';
import { parseAny } from '../src/lib/read/index.ts';

const USAGE = `usage: reiki parse FILE [--json] [--style law|policy|page] [--lang ja|en]
       reiki refs FILE [--json]

  parse  prints the document tree (docs/tree.md)
  refs   prints definitions, term uses and cross-references (docs/refs.md)

Diagnostics go to stderr as path:line:col: reason [rule-id]; the exit status is 0
unless FILE cannot be read.`;

/** The values `--style` and `--lang` take: anything else would print a tree outside its contract. */
const CHOICES: Readonly<Record<string, readonly string[]>> = {
  style: ['law', 'policy', 'page'],
  lang: ['ja', 'en'],
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') flags.set('json', 'true');
    else if (arg === '--style' || arg === '--lang') flags.set(arg.slice(2), rest[++i] ?? '');
    else if (arg === '-h' || arg === '--help') flags.set('help', 'true');
    else positional.push(arg);
  }
  if (
    flags.has('help') ||
    !command ||
    (command !== 'parse' && command !== 'refs') ||
    positional.length !== 1
  ) {
    process.stderr.write(`${USAGE}\n`);
    return flags.has('help') ? 0 : 2;
  }
  for (const [flag, allowed] of Object.entries(CHOICES)) {
    const value = flags.get(flag);
    if (value === undefined || allowed.includes(value)) continue;
    process.stderr.write(
      `reiki: unexpected --${flag} \`${value}\`, expected one of ${allowed.join(', ')}\n${USAGE}\n`,
    );
    return 2;
  }
  const path = positional[0]!;
  const file = await readSource(path);
  file.path = relative(process.cwd(), path) || path;
  if (file.messages.some((m) => m.fatal)) {
    report(file);
    return 1;
  }
  const style = flags.get('style') as 'law' | 'policy' | 'page' | undefined;
  const lang = flags.get('lang') as 'ja' | 'en' | undefined;
  const tree = parseAny(file, { ...(style ? { style } : {}), ...(lang ? { lang } : {}) });
  let output: unknown = tree;
  if (command === 'refs') {
    output = analyzeReferences(tree, file);
  }
  report(file);
  process.stdout.write(`${JSON.stringify(output, null, flags.has('json') ? undefined : 2)}\n`);
  return 0;
}

function report(file: VFile): void {
  for (const message of file.messages) process.stderr.write(`${formatDiagnostic(file, message)}\n`);
}

process.exitCode = await main(process.argv.slice(2));
