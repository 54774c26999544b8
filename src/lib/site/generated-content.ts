import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as runtime from 'astro/jsx-runtime';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import * as server from 'astro/runtime/server/index.js';
import { type EvaluateOptions, evaluate } from 'satteri';
import { GENERATED_DIR, generatedPaths } from '../generated/index.ts';

/** The props Astro passes to MDX content: the components its JSX elements stand for. */
interface ContentProps {
  components?: Record<string, unknown>;
  [prop: string]: unknown;
}

/**
 * A document's emitted MDX (src/content/generated/{city}/{doc}.mdx) as an Astro component,
 * compiled when its page is rendered — as @astrojs/mdx compiles an imported .mdx (the same
 * compiler, Sätteri, with the site's options: no GFM, no smart punctuation; JSX for Astro with
 * HTML attribute names), but outside the bundle: a thousand documents imported as modules keep
 * gigabytes of compiled code alive through the whole build, while this is collected once the page is
 * written. The MDX holds only the emitter's components and escaped text, no imports or expressions.
 */
export async function loadGeneratedContent(
  city: string,
  doc: string,
  root = process.cwd(),
): Promise<AstroComponentFactory> {
  const path = resolve(root, GENERATED_DIR, generatedPaths(city, doc).mdx);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Missing ${path}: run \`npm run content\` (npm run build does)`);
  }
  // A document has a page in each language, built one after the other: its MDX is compiled once
  // for both. Only the last document is kept, so memory stays that of one document.
  if (last?.path === path && last.source === source) return last.component;
  const component = await compile(source);
  last = { path, source, component };
  return component;
}

/** The last document compiled: its file, the text compiled, and the component. */
let last: { path: string; source: string; component: AstroComponentFactory } | undefined;

async function compile(source: string): Promise<AstroComponentFactory> {
  const compiled = await evaluate(source, {
    Fragment: runtime.Fragment,
    jsx: runtime.jsx as EvaluateOptions['jsx'],
    jsxs: runtime.jsxs as EvaluateOptions['jsxs'],
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    features: { gfm: false, smartPunctuation: false },
  });
  const MDXContent = compiled['default'] as (props: ContentProps) => unknown;
  const Content = (props: ContentProps = {}) =>
    MDXContent({ ...props, components: { Fragment: runtime.Fragment, ...props.components } });
  Object.assign(Content, {
    [Symbol.for('mdx-component')]: true,
    [Symbol.for('astro.needsHeadRendering')]: true,
  });
  // what @astrojs/mdx does to an imported .mdx: its renderer (`astro:jsx`) renders the component
  (
    server as unknown as { __astro_tag_component__(component: unknown, renderer: string): void }
  ).__astro_tag_component__(Content, 'astro:jsx');
  return Content as unknown as AstroComponentFactory;
}
