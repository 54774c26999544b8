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
  // Every page lives under its language (/ja/…, /en/…); the root is the language chooser
  // (src/pages/index.astro), never a redirect. The locales are LANGS (src/lib/i18n). Pages do not
  // import astro:i18n for their language-switch links: with Astro 7.3 a page importing it got the
  // CSS of every component of the site inlined (measured on the seeds), so the links stay
  // `/${otherLang(lang)}/…`, the same URLs getRelativeLocaleUrl builds here.
  i18n: {
    locales: ['ja', 'en'],
    defaultLocale: 'ja',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [mdx({ gfm: false, smartypants: false, syntaxHighlight: false })],
  devToolbar: { enabled: false },
});
