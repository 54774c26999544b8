// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * Static site: every page is a folder with index.html (/ja/hyuga/), links end with a slash.
 * MDX is read without GFM and smart punctuation: the emitted MDX escapes for CommonMark + MDX,
 * and source text must reach the page literally (no autolinks, no curly quotes).
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://reiki-atlas.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ gfm: false, smartypants: false, syntaxHighlight: false })],
  devToolbar: { enabled: false },
});
