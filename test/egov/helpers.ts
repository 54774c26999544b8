import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { importEgovXml } from '../../src/lib/egov/import/index.ts';
import { childElements, parseXml, type XmlElement } from '../../src/lib/egov/xml.ts';
import type { DocumentNode, Node, Parent } from '../../src/lib/tree/types.ts';

/** The fixture law, written for these tests. */
export const SAMPLE = 'test/fixtures/egov/sample-law.xml';
/** The APPI as e-Gov XML beside the project, when present (never committed). */
export const APPI = '../shared/reference/egov-415AC0000000057-appi-asof-2026-07-20.xml';

/** Import an XML file as the build would. */
export function importFile(path: string): { tree: DocumentNode; file: VFile } {
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  file.data.format = 'xml';
  return { tree: importEgovXml(file), file };
}

/** Import XML text. */
export function importText(xml: string): { tree: DocumentNode; file: VFile } {
  const file = new VFile({ path: 'law.xml', value: xml });
  return { tree: importEgovXml(file), file };
}

/** Every structural node of the given types, in document order. */
export function unitsOf(tree: Node, types: readonly string[]): Parent[] {
  const out: Parent[] = [];
  const walk = (node: Node) => {
    if (!('children' in node)) return;
    if (types.includes(node.type)) out.push(node);
    node.children.forEach(walk);
  };
  walk(tree);
  return out;
}

/**
 * The numbered units of an e-Gov XML as paths of Num attributes, provision by provision:
 * `main/Article[11_2]/Paragraph[2]/Item[3]`, `suppl2/Article[1]/Paragraph[1]`.
 */
export function xmlUnits(xml: string): string[] {
  const { root } = parseXml(xml);
  const out: string[] = [];
  const units = new Set([
    'Article',
    'Paragraph',
    'Item',
    ...Array.from({ length: 10 }, (_, i) => `Subitem${i + 1}`),
  ]);
  const walk = (element: XmlElement, path: string) => {
    for (const child of childElements(element)) {
      if (child.name === 'QuoteStruct' || child.name === 'NewProvision' || child.name === 'TableStruct')
        continue;
      const next = units.has(child.name) ? `${path}/${child.name}[${child.attributes.Num}]` : path;
      if (units.has(child.name)) out.push(next);
      walk(child, next);
    }
  };
  const body = root && childElements(root, 'LawBody')[0];
  if (!body) return out;
  let suppl = 0;
  for (const part of childElements(body)) {
    if (part.name === 'MainProvision') walk(part, 'main');
    else if (part.name === 'SupplProvision') walk(part, `suppl${++suppl}`);
  }
  return out;
}

/** Text of every Sentence element, whitespace removed, Ruby readings left out. */
export function xmlSentences(xml: string): string[] {
  const { root } = parseXml(xml);
  const out: string[] = [];
  const text = (element: XmlElement): string =>
    element.children
      .map((child) => (child.type === 'text' ? child.value : child.name === 'Rt' ? '' : text(child)))
      .join('');
  const walk = (element: XmlElement) => {
    for (const child of childElements(element)) {
      if (child.name === 'Sentence') out.push(text(child).replace(/\s/g, ''));
      else walk(child);
    }
  };
  if (root) walk(root);
  return out;
}
