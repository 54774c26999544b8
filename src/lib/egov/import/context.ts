import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { createLocator } from '../../tree/position.ts';
import type { Leaf, LeafType, Parent } from '../../tree/types.ts';
import type { XmlElement } from '../xml.ts';
import { inlineText } from './flatten.ts';

/** Source name of messages raised while importing e-Gov XML. */
export const EGOV_SOURCE = 'reiki-egov';

/** What the importer keeps while it walks the XML: the source, its lines and the file for messages. */
export class ImportContext {
  /** separator printed between a label and its text, and between columns: 　 in Japanese */
  readonly separator: string;
  /** joins the sentences of one unit: nothing in Japanese, a space in English */
  readonly sentenceJoin: string;
  private readonly locate: (offset: number) => Required<Point>;

  constructor(
    readonly source: string,
    readonly file: VFile,
    readonly lang: 'ja' | 'en',
  ) {
    this.separator = lang === 'ja' ? '\u3000' : ' ';
    this.sentenceJoin = lang === 'ja' ? '' : ' ';
    this.locate = createLocator(source);
  }

  /** Line and column (from 1) and offset (from 0) of a source offset. */
  point(offset: number): Required<Point> {
    return this.locate(offset);
  }

  /** The position of an element in the XML source, from `<` to the end of its closing tag. */
  position(element: XmlElement): Position {
    return { start: this.point(element.start), end: this.point(element.end) };
  }

  /** A leaf holding `value`, positioned at the element it was read from. */
  leaf(type: LeafType, value: string, element?: XmlElement): Leaf {
    const leaf: Leaf = { type, value };
    if (element) leaf.position = this.position(element);
    return leaf;
  }

  /** A leaf with the printed text of an element. */
  textLeaf(type: LeafType, element: XmlElement): Leaf {
    return this.leaf(type, inlineText(element), element);
  }

  /** Layout between units: not in the XML, so without position. */
  lineBreak(): Leaf {
    return { type: 'break', value: '\n' };
  }

  gap(): Leaf {
    return { type: 'break', value: this.separator };
  }

  /** A structural node read from an element. */
  node<T extends Parent>(node: T, element: XmlElement): T {
    node.position = this.position(element);
    return node;
  }

  /** Report a problem at an element or offset (a warning; the import goes on). */
  warn(reason: string, ruleId: string, at: XmlElement | number, level: 'warning' | 'info' = 'warning'): void {
    const start = typeof at === 'number' ? at : at.start;
    const end = typeof at === 'number' ? at : at.end;
    const message = this.file.message(reason, {
      place: { start: this.point(start), end: this.point(end) },
      ruleId,
      source: EGOV_SOURCE,
    });
    message.fatal = level === 'warning' ? false : undefined;
  }
}
