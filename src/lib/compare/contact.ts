import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import type { DocumentNode, Parent } from '../tree/types.ts';
import { isLeaf } from '../tree/types.ts';
import { childrenOfType } from '../tree/walk.ts';
import type { ParsedDocument } from './documents.ts';

/** Where a document says to ask, with the anchor of the block that says so. */
export interface ContactInfo {
  city: string;
  doc: string;
  /** the contact block or clause */
  anchor: string;
  /** the office, as printed: `総務部 総務課` */
  department?: string;
  postalCode?: string;
  address?: string;
  tel: string[];
  fax?: string;
  email?: string;
  url?: string;
  /** the language the details are written in */
  lang: 'ja' | 'en';
  /**
   * The anchors of the blocks each worded field was read from, in order: their translations
   * (keyed by these anchors) give the field in the other language (localizeContact).
   */
  fieldAnchors: Partial<Record<ContactWordedField, string[]>>;
}

/** The fields written in words (the others are numbers and addresses of the net). */
export type ContactWordedField = 'department' | 'address' | 'postalCode';

/** Labelled lines of a contact clause: （名称）小田原市企画部デジタルイノベーション課. */
const LABELLED: ReadonlyArray<[RegExp, 'department' | 'address' | 'tel' | 'email' | 'fax' | 'url']> = [
  [/^[（(](?:名称|担当|窓口)[）)]\s*(.+)$/u, 'department'],
  [/^[（(](?:住所|所在地)[）)]\s*(.+)$/u, 'address'],
  [/^[（(](?:電話番号|電話|TEL)[）)]\s*(.+)$/iu, 'tel'],
  [/^[（(](?:FAX|ファクス|ファックス)[）)]\s*(.+)$/iu, 'fax'],
  [/^[（(](?:メールアドレス|メール|E-?mail)[）)]\s*(.+)$/iu, 'email'],
  [/^[（(](?:URL|ホームページ)[）)]\s*(.+)$/iu, 'url'],
];

/**
 * The contact a document gives: its contact block (pages: お問い合わせ), else a clause captioned
 * お問い合わせ whose blocks are labelled （名称）（住所）（電話番号）… (policies). Undefined when the
 * document gives none — ordinances usually do not.
 */
export function findContact(document: ParsedDocument): ContactInfo | undefined {
  const base = { city: document.city, doc: document.doc, lang: document.tree.lang };
  const block = findFirst(document.tree, (node) => node.type === 'contact' && Boolean(node.contact));
  if (block?.contact && block.id) {
    const data = block.contact;
    const lines = blocksOf(block);
    const holding = (value: string | undefined) =>
      value ? lines.filter((line) => line.text.includes(value)).map((line) => line.id) : [];
    return {
      ...base,
      anchor: block.id,
      fieldAnchors: optionalLists({
        department: (data.department ?? []).flatMap(holding).filter(unique),
        address: holding(data.address),
        postalCode: holding(data.postalCode),
      }),
      tel: data.tel ?? [],
      ...optional({
        department: data.department?.join(' '),
        postalCode: data.postalCode,
        address: data.address,
        fax: data.fax,
        email: data.email,
        url: data.url,
      }),
    };
  }
  const clause = findFirst(
    document.tree,
    (node) => node.type === 'article' && /問い?合わ?せ/u.test(node.caption ?? '') && Boolean(node.id),
  );
  if (!clause?.id) return undefined;
  const fields: Partial<Record<(typeof LABELLED)[number][1], string>> = {};
  const fieldAnchors: ContactInfo['fieldAnchors'] = {};
  walk(clause, (node) => {
    const text = node.text?.trim();
    if (!text) return;
    for (const [pattern, field] of LABELLED) {
      const match = pattern.exec(text);
      if (match?.[1] && !fields[field]) {
        fields[field] = match[1].trim();
        if ((field === 'department' || field === 'address') && node.id) fieldAnchors[field] = [node.id];
      }
    }
  });
  if (Object.keys(fields).length === 0) return undefined;
  const { tel, ...rest } = fields;
  return { ...base, anchor: clause.id, tel: tel ? [tel] : [], fieldAnchors, ...optional(rest) };
}

function optional<T extends Record<string, string | undefined>>(fields: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as {
    [K in keyof T]?: string;
  };
}

/** The anchored blocks of a contact block, with their text. */
function blocksOf(contact: Parent): Array<{ id: string; text: string }> {
  return childrenOfType(contact, 'block')
    .filter((child) => Boolean(child.id))
    .map((child) => ({ id: child.id!, text: child.text ?? '' }));
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}

function optionalLists<T extends Record<string, string[]>>(lists: T): { [K in keyof T]?: string[] } {
  return Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0)) as {
    [K in keyof T]?: string[];
  };
}

function findFirst(tree: DocumentNode, test: (node: Parent) => boolean): Parent | undefined {
  let found: Parent | undefined;
  visit(tree, (node) => {
    if (isLeaf(node) || !test(node)) return CONTINUE;
    found = node;
    return EXIT;
  });
  return found;
}

/** Every structural node of `node`, itself included, in document order. */
function walk(node: Parent, each: (node: Parent) => void): void {
  visit(node, (child) => {
    if (!isLeaf(child)) each(child);
  });
}
