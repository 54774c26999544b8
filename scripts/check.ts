/**
 * `npm run check [-- DIR]`: strict check of every source (src/lib/build/check-sources.ts). Prints
 * each problem as `path:line:col: reason [rule-id]` and exits non-zero when any source has an
 * error or a warning (a defect of the source); infos (repairs the parser made) are listed but pass.
 */
import { checkSources } from '../src/lib/build/check-sources.ts';

const { lines, failing } = await checkSources(process.argv[2] ?? 'content/sources');
for (const line of lines) console.log(line);
process.exitCode = failing > 0 ? 1 : 0;
