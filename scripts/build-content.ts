/**
 * `npm run content`: the content build (src/lib/build/content-build.ts) on this project.
 * REIKI_SOURCES points it at another corpus (benchmarks, hostile tests); REIKI_WORKERS sets how
 * many threads generate documents. Exits 1 when an MDX does not read back as its tree.
 */
import { buildContent } from '../src/lib/build/content-build.ts';

const failures = await buildContent(process.cwd(), {
  ...(process.env['REIKI_SOURCES'] ? { sources: process.env['REIKI_SOURCES'] } : {}),
});
if (failures > 0) {
  console.error(
    `content: ${failures} document(s) emitted MDX that does not read back as its tree (see above)`,
  );
  process.exitCode = 1;
}
