/**
 * Dead code: exports of src/ that no other module imports, and dependencies of package.json that
 * nothing names. Reads every TypeScript file of src/, scripts/ and test/ and the frontmatter of
 * every .astro file through the TypeScript compiler (an import counts when the checker resolves
 * it to the export's declaration, through re-exports and `import *` alike).
 *
 *   npm run dead-code              # counts what it finds; exits 1 when there is any
 *   npm run dead-code -- --local   # also lists the exports only their own module uses
 *
 * An export used only inside its own module is counted apart ("only used where declared": the
 * name is needed, the `export` is not) and fails the check too, so the modules' surfaces stay
 * what other modules really use. Astro's entry points (src/pages, src/middleware.ts) are called
 * by Astro, not imported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const FOLDERS = ['src', 'scripts', 'test'];
const SKIP = new Set(['node_modules', 'generated', '.astro', 'dist', 'fixtures', '__snapshots__']);

function filesUnder(folder: string, out: string[] = []): string[] {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) filesUnder(path, out);
    else if (/\.(ts|mts|astro|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** An .astro file as TypeScript: its frontmatter, the code between the first two `---` lines. */
const ASTRO_SUFFIX = '.astro.ts';
/** Modules Astro loads by their place: routes and the middleware. */
const ASTRO_ENTRIES = /^src\/(pages\/|middleware\.ts$)/;
/**
 * Modules whose exports are a published contract rather than internal wiring: the tree's node
 * types and its level registry are what docs/tree.md documents for readers of `reiki parse
 * --json`, as @types/mdast exports unions its own code never names; the types of export/ are the
 * JSON of /api (docs/api.md).
 */
const PUBLIC_CONTRACTS = /^src\/lib\/(tree\/(types|levels)|export\/(api|facts))\.ts$/;
function astroFrontmatter(text: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [match?.[1] ?? '', ...scripts].join('\n');
}

const sources = FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder)));
sources.push(join(ROOT, 'astro.config.mjs'));
const rootNames = sources.map((path) => (extname(path) === '.astro' ? `${path}.ts` : path));

const config = ts.getParsedCommandLineOfConfigFile(
  join(ROOT, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  },
);
if (!config) throw new Error('cannot read tsconfig.json');
const options = { ...config.options, allowJs: true, checkJs: false, noEmit: true };
const host = ts.createCompilerHost(options);
const readFile = host.readFile.bind(host);
const fileExists = host.fileExists.bind(host);
host.readFile = (name) => {
  if (!name.endsWith(ASTRO_SUFFIX)) return readFile(name);
  const astro = readFile(name.slice(0, -3));
  return astro === undefined ? undefined : astroFrontmatter(astro);
};
host.fileExists = (name) => (name.endsWith(ASTRO_SUFFIX) ? fileExists(name.slice(0, -3)) : fileExists(name));
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (name, language, ...rest) =>
  name.endsWith(ASTRO_SUFFIX)
    ? ts.createSourceFile(name, host.readFile(name) ?? '', language, false, ts.ScriptKind.TS)
    : getSourceFile(name, language, ...rest);
const program = ts.createProgram({ rootNames, options, host });
const checker = program.getTypeChecker();

const inProject = (file: ts.SourceFile) =>
  !file.isDeclarationFile && !file.fileName.includes('/node_modules/') && file.fileName.startsWith(ROOT);

/** The declaration a symbol stands for, through aliases (imports, re-exports). */
function target(symbol: ts.Symbol): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The name of what a declaration declares is no use of it. */
function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    !ts.isExportSpecifier(parent) &&
    !ts.isImportSpecifier(parent) &&
    ts.getNameOfDeclaration(parent as ts.Declaration) === node
  );
}

/** `export { a } from './x'` passes a name on; only who imports it from there uses it. */
function isReexport(node: ts.Identifier): boolean {
  const specifier = node.parent;
  return ts.isExportSpecifier(specifier) && specifier.parent.parent.moduleSpecifier !== undefined;
}

// Every symbol some module uses from another: named and default imports, `import *` members,
// re-exports, `import('…')` members, and type references through any of these.
const usedFrom = new Map<ts.Symbol, Set<string>>();
const use = (symbol: ts.Symbol | undefined, file: ts.SourceFile) => {
  if (!symbol) return;
  const resolved = target(symbol);
  let users = usedFrom.get(resolved);
  if (!users) {
    users = new Set();
    usedFrom.set(resolved, users);
  }
  users.add(file.fileName);
};
for (const file of program.getSourceFiles()) {
  if (!inProject(file)) continue;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isDeclarationName(node) && !isReexport(node)) {
      const symbol = checker.getSymbolAtLocation(node);
      if (symbol) use(symbol, file);
    }
    // `const { a } = await import('./x.ts')`: the name is a binding's, the use is of x's export
    if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const property = node.propertyName ?? node.name;
      if (ts.isIdentifier(property))
        use(checker.getTypeAtLocation(node.parent).getProperty(property.text), file);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

const unused: string[] = [];
const local: string[] = [];
for (const file of program.getSourceFiles()) {
  if (!inProject(file) || !relative(ROOT, file.fileName).startsWith('src/')) continue;
  if (file.fileName.endsWith(ASTRO_SUFFIX) || /\.test\.ts$/.test(file.fileName)) continue;
  if (ASTRO_ENTRIES.test(relative(ROOT, file.fileName))) continue;
  if (PUBLIC_CONTRACTS.test(relative(ROOT, file.fileName))) continue;
  const moduleSymbol = checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const declaration = target(exported).declarations?.[0];
    // re-exports are judged where they are declared
    if (!declaration || declaration.getSourceFile() !== file) continue;
    const users = usedFrom.get(target(exported)) ?? new Set();
    const line = file.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
    const where = `${relative(ROOT, file.fileName)}:${line}: ${exported.getName()}`;
    const elsewhere = [...users].filter((user) => user !== file.fileName);
    if (elsewhere.length > 0) continue;
    if (users.size === 0) unused.push(where);
    else local.push(where);
  }
}

// Dependencies: a package counts as used when any project file names it (an import, a config,
// an npm script, a tool invoked by name).
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
};
const texts = [
  ...sources.map((path) => readFileSync(path, 'utf8')),
  ...readdirSync(ROOT)
    .filter((name) => /\.(json|mjs|js|ts)$/.test(name) && name !== 'package-lock.json')
    .map((name) =>
      readFileSync(join(ROOT, name), 'utf8').replace(/"(dev)?[dD]ependencies"\s*:\s*\{[^}]*\}/g, ''),
    ),
].join('\n');
const named = (name: string) => {
  const bare = name.startsWith('@types/')
    ? name.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2')
    : name;
  return new RegExp(`['"\`/ ]${bare.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(['"\`/ ]|$)`, 'm').test(texts);
};
const dependencies = [
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.devDependencies ?? {}),
];
const unusedDependencies = dependencies.filter((name) => !named(name));

const report = (title: string, lines: string[]) => {
  console.log(`${title}: ${lines.length}`);
  for (const line of lines.sort()) console.log(`  ${line}`);
};
report('exports nothing else imports', unused);
if (process.argv.includes('--local')) report('exports only used where they are declared', local);
else console.log(`exports only used where they are declared: ${local.length} (--local lists them)`);
report('dependencies nothing names', unusedDependencies);
if (unused.length + local.length + unusedDependencies.length > 0) process.exitCode = 1;
