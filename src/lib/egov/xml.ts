/**
 * A small XML reader and writer for e-Gov standard law XML.
 *
 * Why not a library: the importer needs the exact source offset of every element and text node
 * (tree positions point into the XML), and e-Gov files use a plain subset of XML (no namespaces,
 * no DTD entities). The reader is strict about well-formedness and reports, never throws.
 */

/** An element, with offsets into the source: `start`–`end` spans the whole element. */
export interface XmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  start: number;
  end: number;
}

/** Character data (entities decoded); `start`–`end` spans it in the source. */
interface XmlText {
  type: 'text';
  value: string;
  start: number;
  end: number;
}

export type XmlNode = XmlElement | XmlText;

/** A well-formedness problem at a source offset. */
interface XmlProblem {
  reason: string;
  offset: number;
}

/** The document element and any problems; `root` is undefined when there is no element at all. */
interface XmlDocument {
  root: XmlElement | undefined;
  problems: XmlProblem[];
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTRIBUTE = /\s*([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Parse XML text into elements and text nodes. Comments, processing instructions and the
 * doctype are skipped; CDATA becomes text. Mismatched or unclosed tags are reported and closed.
 */
export function parseXml(source: string): XmlDocument {
  const problems: XmlProblem[] = [];
  const top: XmlElement = {
    type: 'element',
    name: '#document',
    attributes: {},
    children: [],
    start: 0,
    end: 0,
  };
  const stack: XmlElement[] = [top];
  const problem = (reason: string, offset: number) => problems.push({ reason, offset });
  let i = 0;
  const text = (start: number, end: number, value: string) => {
    if (end <= start) return;
    const parent = stack.at(-1)!;
    const last = parent.children.at(-1);
    if (last?.type === 'text' && last.end === start) {
      last.value += value;
      last.end = end;
    } else parent.children.push({ type: 'text', value, start, end });
  };

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const stop = lt === -1 ? source.length : lt;
    if (stop > i) text(i, stop, decodeEntities(source.slice(i, stop), i, problem));
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) i = skipPast(source, i, '-->', 'comment', problem);
    else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      const close = end === -1 ? source.length : end;
      if (end === -1) problem('Unexpected end of file, expected `]]>` closing the CDATA section', i);
      text(i, close + 3, source.slice(i + 9, close));
      i = Math.min(source.length, close + 3);
    } else if (source.startsWith('<?', i)) i = skipPast(source, i, '?>', 'processing instruction', problem);
    else if (source.startsWith('<!', i)) i = skipDoctype(source, i, problem);
    else if (source.startsWith('</', i)) i = closeTag(source, i, stack, problem);
    else i = openTag(source, i, stack, problem);
  }
  for (const open of stack.slice(1).reverse()) {
    problem(`Unexpected end of file, expected \`</${open.name}>\``, source.length);
    open.end = source.length;
  }
  const elements = top.children.filter((child): child is XmlElement => child.type === 'element');
  if (elements.length > 1) problem('Unexpected second root element, expected one', elements[1]!.start);
  for (const child of top.children) {
    if (child.type === 'text' && child.value.trim() !== '')
      problem('Unexpected text outside the root element', child.start);
  }
  return { root: elements[0], problems };
}

function openTag(
  source: string,
  start: number,
  stack: XmlElement[],
  problem: (reason: string, offset: number) => void,
): number {
  NAME.lastIndex = start + 1;
  const name = NAME.exec(source)?.[0];
  if (!name) {
    problem('Unexpected `<`, expected a tag name (write `&lt;` for a literal `<`)', start);
    const parent = stack.at(-1)!;
    parent.children.push({ type: 'text', value: '<', start, end: start + 1 });
    return start + 1;
  }
  let i = NAME.lastIndex;
  const attributes: Record<string, string> = {};
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const match = ATTRIBUTE.exec(source);
    if (!match) break;
    const raw = match[2] ?? match[3] ?? '';
    attributes[match[1]!] = decodeEntities(raw, i, problem);
    i = ATTRIBUTE.lastIndex;
  }
  while (/\s/.test(source[i] ?? '')) i++;
  const selfClosing = source.startsWith('/>', i);
  if (!selfClosing && source[i] !== '>') {
    problem(`Unexpected character in <${name}>, expected an attribute, \`>\` or \`/>\``, i);
    const gt = source.indexOf('>', i);
    i = gt === -1 ? source.length - 1 : gt;
  }
  const end = selfClosing ? i + 2 : i + 1;
  const element: XmlElement = { type: 'element', name, attributes, children: [], start, end };
  stack.at(-1)!.children.push(element);
  if (!selfClosing) stack.push(element);
  return end;
}

function closeTag(
  source: string,
  start: number,
  stack: XmlElement[],
  problem: (reason: string, offset: number) => void,
): number {
  NAME.lastIndex = start + 2;
  const name = NAME.exec(source)?.[0] ?? '';
  const gt = source.indexOf('>', start);
  const end = gt === -1 ? source.length : gt + 1;
  const at = stack.findLastIndex((element, index) => index > 0 && element.name === name);
  if (at === -1) {
    problem(`Unexpected \`</${name}>\`, expected \`</${stack.at(-1)!.name}>\``, start);
    return end;
  }
  for (const open of stack.slice(at + 1).reverse()) {
    problem(`Unexpected \`</${name}>\`, expected \`</${open.name}>\` first`, start);
    open.end = start;
  }
  stack[at]!.end = end;
  stack.length = at;
  return end;
}

function skipPast(
  source: string,
  start: number,
  terminator: string,
  what: string,
  problem: (reason: string, offset: number) => void,
): number {
  const end = source.indexOf(terminator, start + 2);
  if (end === -1) {
    problem(`Unexpected end of file, expected \`${terminator}\` closing the ${what}`, start);
    return source.length;
  }
  return end + terminator.length;
}

/** `<!DOCTYPE …>`, possibly with an internal subset in brackets. */
function skipDoctype(
  source: string,
  start: number,
  problem: (reason: string, offset: number) => void,
): number {
  let depth = 0;
  for (let i = start + 2; i < source.length; i++) {
    const c = source[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  problem('Unexpected end of file, expected `>` closing the doctype', start);
  return source.length;
}

/** Decode the predefined and numeric character references; unknown ones are kept and reported. */
function decodeEntities(
  raw: string,
  offset: number,
  problem: (reason: string, offset: number) => void,
): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z][\w.-]*);?/g, (whole, body: string, at: number) => {
    let value: string | undefined;
    if (body.startsWith('#x')) value = fromCodePoint(Number.parseInt(body.slice(2), 16));
    else if (body.startsWith('#')) value = fromCodePoint(Number.parseInt(body.slice(1), 10));
    else value = PREDEFINED[body];
    if (value === undefined || !whole.endsWith(';')) {
      problem(
        `Unexpected reference \`${whole}\`, expected one of &lt; &gt; &amp; &quot; &apos; or &#…;`,
        offset + at,
      );
      return whole;
    }
    return value;
  });
}

function fromCodePoint(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** The concatenated character data of a node, in document order. */
export function textContent(node: XmlNode, skip?: (element: XmlElement) => boolean): string {
  if (node.type === 'text') return node.value;
  if (skip?.(node)) return '';
  return node.children.map((child) => textContent(child, skip)).join('');
}

/** The element children of an element. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => child.type === 'element' && (name === undefined || child.name === name),
  );
}

/** The first element child with a name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find(
    (child): child is XmlElement => child.type === 'element' && child.name === name,
  );
}

/** An element to write: children are elements or text. */
export interface XmlOut {
  name: string;
  attributes?: Record<string, string | undefined>;
  children?: Array<XmlOut | string>;
}

/** Build an element to write; undefined attributes are left out. */
export function el(
  name: string,
  attributes: Record<string, string | undefined> = {},
  ...children: Array<XmlOut | string | undefined | false>
): XmlOut {
  return elOf(name, attributes, children);
}

/** `el` with its children as one array: for lists as long as the text (a sentence per line). */
export function elOf(
  name: string,
  attributes: Record<string, string | undefined>,
  children: ReadonlyArray<XmlOut | string | undefined | false>,
): XmlOut {
  return {
    name,
    attributes,
    children: children.filter((c): c is XmlOut | string => c !== undefined && c !== false),
  };
}

/**
 * Serialize as indented XML with an XML declaration. Elements holding text are written on one
 * line (whitespace inside them is content); elements holding only elements are indented.
 */
export function serializeXml(root: XmlOut): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const write = (node: XmlOut, depth: number) => {
    const indent = '  '.repeat(depth);
    const open = `<${node.name}${serializeAttributes(node.attributes)}`;
    const children = node.children ?? [];
    if (children.length === 0) lines.push(`${indent}${open}/>`);
    else if (children.some((child) => typeof child === 'string'))
      lines.push(`${indent}${open}>${inline(children)}</${node.name}>`);
    else {
      lines.push(`${indent}${open}>`);
      for (const child of children) write(child as XmlOut, depth + 1);
      lines.push(`${indent}</${node.name}>`);
    }
  };
  write(root, 0);
  return `${lines.join('\n')}\n`;
}

function inline(children: Array<XmlOut | string>): string {
  return children
    .map((child) =>
      typeof child === 'string'
        ? escapeText(child)
        : `<${child.name}${serializeAttributes(child.attributes)}>${inline(child.children ?? [])}</${child.name}>`,
    )
    .join('');
}

function serializeAttributes(attributes: Record<string, string | undefined> = {}): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value!)}"`)
    .join('');
}

/** Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline, return; lone surrogates). */
const INVALID_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|\p{Cs}/gu;

/** Escape character data; characters XML cannot hold become U+FFFD. */
export function escapeText(value: string): string {
  return value
    .replace(INVALID_XML, '\uFFFD')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escape an attribute value (quotes, and line breaks and tabs that parsers would normalise). */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/["\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`.replace('&#34;', '&quot;'));
}
