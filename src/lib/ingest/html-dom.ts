import type { DefaultTreeAdapterTypes } from 'parse5';

/** A parse5 element. */
export type Element = DefaultTreeAdapterTypes.Element;
/** A parse5 node that has children. */
export type ParentNode = DefaultTreeAdapterTypes.ParentNode;
/** A parse5 child node. */
export type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** The HTML namespace (as opposed to SVG and MathML content). */
export const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** True for element nodes. */
export function isElement(node: ChildNode): node is Element {
  // an element's nodeName is its tag name, which never starts with '#' (#text, #comment,
  // #documentType): a char code compare, where `'tagName' in node` was a lookup on node
  // objects of several shapes, for every node of the page
  return node.nodeName.charCodeAt(0) !== HASH;
}

const HASH = 0x23;

/** The value of an attribute, or `undefined` when absent. */
export function getAttribute(element: Element, name: string): string | undefined {
  // a loop, not find(): the page walk asks every element for several attributes
  for (const attribute of element.attrs) if (attribute.name === name) return attribute.value;
  return undefined;
}

/** Children, looking into `<template>` content. */
export function childrenOf(node: ParentNode): ChildNode[] {
  return 'content' in node ? node.content.childNodes : node.childNodes;
}

/** The element's text (scripts and styles excluded), up to about `limit` characters. */
export function textOf(node: ParentNode, limit = 200): string {
  let text = '';
  const visit = (parent: ParentNode): void => {
    for (const child of childrenOf(parent)) {
      if (text.length >= limit) return;
      if (child.nodeName === '#text' && 'value' in child) text += child.value;
      else if (isElement(child) && child.tagName !== 'script' && child.tagName !== 'style') {
        if (child.tagName === 'img') text += getAttribute(child, 'alt') ?? '';
        visit(child);
      }
    }
  };
  visit(node);
  return text.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

/** The first direct child element, skipping whitespace text. */
export function firstElementChild(element: Element): Element | undefined {
  // a loop, not find(isElement): the classifier asks every element of the page
  const children = element.childNodes;
  for (let i = 0; i < children.length; i++) if (isElement(children[i]!)) return children[i] as Element;
  return undefined;
}
