/** Reading built pages for the link-integrity tests: ids, links, files. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { DIST } from '../../scripts/lib/site-harness.ts';

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Attributes that point somewhere. */
const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  form: ['action'],
  iframe: ['src'],
};

/** A built page: its ids and the URLs it points to. */
export interface BuiltPage {
  path: string;
  ids: Set<string>;
  links: string[];
}

/** Every element under a parse5 node, templates included. */
export function elements(node: { childNodes?: ChildNode[] }): Element[] {
  const out: Element[] = [];
  for (const child of node.childNodes ?? []) {
    if ('tagName' in child) {
      out.push(child);
      out.push(
        ...elements(
          child.tagName === 'template' ? (child as unknown as { content: Element }).content : child,
        ),
      );
    }
  }
  return out;
}

/** Read a built page (`/ja/hyuga/`, `/404.html`) from dist/. */
export function readPage(path: string): BuiltPage {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  const all = elements(parse(readFileSync(file, 'utf8')));
  const ids = new Set<string>();
  const links: string[] = [];
  for (const element of all) {
    for (const { name, value } of element.attrs) {
      if (name === 'id' || (element.tagName === 'a' && name === 'name')) ids.add(value);
      if (LINK_ATTRIBUTES[element.tagName]?.includes(name)) links.push(value);
    }
  }
  return { path, ids, links };
}

/** The built file a site path is served from, or undefined. */
export function fileOf(pathname: string): string | undefined {
  const file = join(DIST, decodeURIComponent(pathname));
  if (pathname.endsWith('/'))
    return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Japanese text on a built page that no element marks as Japanese: `where: text` for each text
 * node of the body holding a kanji, hiragana or katakana letter whose nearest `lang` is not `ja`
 * (WCAG 3.1.2). Read with a full HTML parser, independent of the site's own marking.
 */
export function unmarkedJapanese(path: string): string[] {
  const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  const document = parse(readFileSync(file, 'utf8'), { scriptingEnabled: false });
  const letter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const found: string[] = [];
  const visit = (node: ChildNode | DefaultTreeAdapterMap['document'], lang: string, where: string) => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value;
      if (letter.test(text) && !/^ja\b/i.test(lang)) found.push(`${where}: ${text.trim().slice(0, 60)}`);
      return;
    }
    if (!('childNodes' in node)) return;
    let here = lang;
    let at = where;
    if ('tagName' in node) {
      if (['script', 'style', 'head', 'template'].includes(node.tagName)) return;
      here = node.attrs.find((attribute) => attribute.name === 'lang')?.value ?? lang;
      const id = node.attrs.find((attribute) => attribute.name === 'id')?.value;
      const className = node.attrs.find((attribute) => attribute.name === 'class')?.value.split(' ')[0];
      at = id ? `#${id}` : className && !at.endsWith(`.${className}`) ? `${where} .${className}` : where;
    }
    for (const child of node.childNodes) visit(child, here, at);
  };
  visit(document, '', path);
  return found;
}
