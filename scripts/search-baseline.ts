/**
 * Plain Pagefind on the same pages, for comparison (docs/search.md): copies the built site,
 * indexes its HTML with Pagefind's defaults (languages from <html lang>), and replaces the
 * search pages with a minimal one that lists what pagefind.search() returns as Pagefind's own UI
 * would: pages by score, each page's sub-results in page order. Then score both sites with
 *   node ../shared/tools/search-eval.mjs --dist bench-out/baseline-dist --queries …
 *
 * Pagefind makes sub-results only from headings with an id; the site puts the anchor on the unit
 * around the heading. With `--anchors` the copy moves each unit's id onto its heading and marks
 * <main> as the body, which is the most plain Pagefind can make of these pages.
 *
 *   npx tsx scripts/search-baseline.ts [--dist dist] [--out bench-out/baseline-dist] [--anchors]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i]!.replace(/^--/, '');
  const value = process.argv[i + 1];
  if (value !== undefined && !value.startsWith('--')) {
    args.set(name, value);
    i++;
  } else {
    args.set(name, 'true');
  }
}
const dist = resolve(args.get('dist') ?? 'dist');
const out = resolve(args.get('out') ?? 'bench-out/baseline-dist');
if (!existsSync(join(dist, 'index.html')))
  throw new Error(`No built site in ${dist}: run npm run build first`);

rmSync(out, { recursive: true, force: true });
cpSync(dist, out, {
  recursive: true,
  filter: (path) => !/[/\\](pagefind|search)([/\\]|$)/.test(path.slice(dist.length)),
});

if (args.has('anchors')) {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith('.html')
          ? [join(dir, entry.name)]
          : [],
    );
  for (const file of walk(out)) {
    const html = readFileSync(file, 'utf8')
      .replace(
        /<(div|section)([^>]*?) id="([^"]+)"([^>]*)>(\s*)<(h[1-6])([^>]*)>/g,
        '<$1$2$4>$5<$6$7 id="$3">',
      )
      .replace(/<main /, '<main data-pagefind-body ');
    writeFileSync(file, html);
  }
}

const page = (lang: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind baseline</title></head>
<body><ol data-search-results aria-busy="true"></ol>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
const q = new URLSearchParams(location.search).get('q') ?? '';
const list = document.querySelector('[data-search-results]');
const found = await pagefind.search(q);
for (const result of (found?.results ?? []).slice(0, 10)) {
  const data = await result.data();
  for (const sub of data.sub_results?.length ? data.sub_results : [data]) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = sub.url;
    link.textContent = sub.title ?? data.meta.title;
    item.append(link);
    list.append(item);
  }
}
list.setAttribute('aria-busy', 'false');
</script></body></html>
`;
for (const lang of ['ja', 'en']) {
  mkdirSync(join(out, lang, 'search'), { recursive: true });
  writeFileSync(join(out, lang, 'search', 'index.html'), page(lang));
}

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(errors.join('; '));
const added = await index.addDirectory({ path: out, glob: '{ja,en}/**/*.html' });
const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();
console.log(`baseline: ${added.page_count} pages indexed by plain Pagefind into ${written.outputPath}`);
