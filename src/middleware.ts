import type { MiddlewareHandler } from 'astro';
import { markLanguageOfParts } from './lib/site/language-of-parts.ts';

/**
 * Every HTML page passes through the language-of-parts rule (src/lib/site/language-of-parts.ts):
 * on English pages, Japanese runs that no component marked get `lang="ja"`. Other responses (the
 * JSON, text and XML endpoints) pass unchanged.
 *
 * Typed through the `astro` package rather than the `astro:middleware` virtual module, whose types
 * exist only after `astro sync` — a clean clone type-checks before anything has been generated.
 */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  return new Response(markLanguageOfParts(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
