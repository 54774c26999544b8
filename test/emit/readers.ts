import { mdxToMdast } from 'satteri';

/** The MDX features the site compiles with (astro.config.mjs: mdx({ gfm: false, smartypants: false })). */
const SITE_FEATURES = { gfm: false, smartPunctuation: false } as const;

/** Read MDX with the parser Astro uses to compile it (Sätteri), not the one the emitter checks with. */
export function readWithAstro(mdx: string): unknown {
  return mdxToMdast(mdx, { features: SITE_FEATURES, position: false });
}

/**
 * What a reader understood, flattened: elements as `<Name attr=value>` … `</Name>`, text as itself,
 * anything else as `!type`. Text runs merge; whitespace-only text between elements is dropped, since
 * MDX readers disagree on it (Sätteri unwraps a paragraph holding only elements and whitespace).
 */
export function readingOf(tree: unknown): string[] {
  const tokens: Array<string | { text: string }> = [];
  const walk = (value: unknown) => {
    const node = value as {
      type: string;
      name?: string;
      value?: string;
      attributes?: unknown[];
      children?: unknown[];
    };
    switch (node.type) {
      case 'root':
      case 'paragraph':
        node.children?.forEach(walk);
        return;
      case 'text': {
        const last = tokens.at(-1);
        if (typeof last === 'object') last.text += node.value;
        else tokens.push({ text: node.value ?? '' });
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        tokens.push(`<${node.name}${(node.attributes ?? []).map(attributeOf).join('')}>`);
        node.children?.forEach(walk);
        tokens.push(`</${node.name}>`);
        return;
      default:
        tokens.push(`!${node.type}`);
    }
  };
  walk(tree);
  return tokens.flatMap((token) =>
    typeof token === 'string' ? [token] : /^\s*$/.test(token.text) ? [] : [JSON.stringify(token.text)],
  );
}

function attributeOf(value: unknown): string {
  const attribute = value as { name: string; value: string | { value: string } };
  const shown =
    typeof attribute.value === 'string' ? JSON.stringify(attribute.value) : `{${attribute.value.value}}`;
  return ` ${attribute.name}=${shown}`;
}
