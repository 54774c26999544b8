/**
 * The document pages render their emitted MDX outside the bundle (src/lib/site/generated-content.ts),
 * through two Astro internals that @astrojs/mdx itself uses on an imported .mdx: the `astro:jsx`
 * renderer tag (`__astro_tag_component__`) and the head-rendering symbol. docs/performance.md says
 * why no supported API fits the memory budget. If an Astro upgrade changes either internal, these
 * fail here, in the unit suite, instead of every document page failing in the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_DIR } from '../../src/lib/generated/index.ts';
import { loadGeneratedContent } from '../../src/lib/site/generated-content.ts';

describe('emitted MDX rendered when the page is', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'reiki-generated-content-'));
    mkdirSync(join(root, GENERATED_DIR, 'city'), { recursive: true });
    // what the emitter writes: escaped text and JSX elements, no imports or expressions
    writeFileSync(
      join(root, GENERATED_DIR, 'city', 'doc.mdx'),
      '<section id="art-1" data-unit="art-1">\n\n第一条 "この条例" -- 個人情報\\<b\\>\n\n</section>\n',
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is tagged for the astro:jsx renderer and renders through it, literally (no smart quotes)', async () => {
    const Content = await loadGeneratedContent('city', 'doc', root);
    expect((Content as unknown as Record<symbol, unknown>)[Symbol.for('astro.needsHeadRendering')]).toBe(
      true,
    );
    const container = await AstroContainer.create();
    container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    const html = await container.renderToString(Content);
    expect(html).toContain('<section id="art-1" data-unit="art-1">');
    expect(html).toContain('第一条 &quot;この条例&quot; -- 個人情報&lt;b&gt;');
  });

  it('says how to generate the MDX when it is missing', async () => {
    await expect(loadGeneratedContent('city', 'none', root)).rejects.toThrow(/npm run content/);
  });
});
