import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { type DiffPart, diffWords } from '../compare/diff.ts';
import type { JapaneseTokenizer } from '../kuromoji/index.ts';
import { type DocumentNode, isLeaf, type Parent } from '../tree/types.ts';
import { leafText } from '../tree/walk.ts';

/** What happened to a provision between two versions. */
type ChangeKind = 'added' | 'deleted' | 'amended' | 'renumbered';

/** One line of a 新旧対照表: a unit's printed line in the old and the new version, aligned by anchor. */
export interface ChangeRow {
  /** anchor of the unit in the old version, when it was there */
  oldId?: string;
  /** anchor of the unit in the new version, when it is there */
  newId?: string;
  /** the printed line (label and sentences) as it was */
  old?: string;
  /** the printed line as it is */
  new?: string;
  /** word-level difference (kuromoji tokens) when both sides are there and differ */
  parts?: DiffPart[];
  changed: boolean;
}

/** A changed provision: an article of the main provisions, or a supplementary provision (附則). */
export interface ProvisionChange {
  kind: ChangeKind;
  unit: 'article' | 'supplement';
  /** anchor in the old version (absent for an added provision) */
  oldId?: string;
  /** anchor in the new version (absent for a removed provision) */
  newId?: string;
  /** the heading as printed: 第百五十条, 附　則（令和八年…法律第四六号）抄 */
  label: string;
  /** for a renumbered provision, its old heading */
  oldLabel?: string;
  rows: ChangeRow[];
}

/** Units compared as a whole: articles outside 附則, and each 附則 block. */
interface Provision {
  unit: ProvisionChange['unit'];
  /** how the two versions are aligned: the anchor of an article, the amending law of a 附則 */
  key: string;
  node: Parent;
}

/**
 * The changes from `before` to `after`, in the order of the new text (a removed provision where
 * it stood): articles aligned by anchor (art-12_2), a renumbered article found by its unchanged
 * wording under another number, 附則 aligned by the law that added them (their anchors count
 * blocks, so an added block would shift them). Only what changed is listed.
 */
export function compareVersions(
  before: DocumentNode,
  after: DocumentNode,
  tokenizer: JapaneseTokenizer,
): ProvisionChange[] {
  const oldUnits = provisions(before);
  const newUnits = provisions(after);
  const oldByKey = new Map(oldUnits.map((unit) => [unit.key, unit]));
  const newByKey = new Map(newUnits.map((unit) => [unit.key, unit]));
  const same = (a: Provision | undefined, b: Provision | undefined) =>
    a !== undefined && b !== undefined && leafText(a.node) === leafText(b.node);

  // Renumbered: an article whose wording (without its number) is found unchanged under another
  // anchor, where the old anchor is gone or now holds other wording.
  const movedFrom = new Map<string, Provision>();
  const moved = new Set<string>();
  for (const unit of newUnits) {
    if (unit.unit !== 'article' || same(oldByKey.get(unit.key), unit)) continue;
    const body = wording(unit.node);
    if (body === '') continue;
    const origin = oldUnits.find(
      (old) =>
        old.unit === 'article' &&
        old.key !== unit.key &&
        !moved.has(old.key) &&
        !same(old, newByKey.get(old.key)) &&
        !old.node.deleted &&
        wording(old.node) === body,
    );
    if (origin) {
      movedFrom.set(unit.key, origin);
      moved.add(origin.key);
    }
  }

  const changes: ProvisionChange[] = [];
  const removed = (old: Provision): ProvisionChange => ({
    kind: 'deleted',
    unit: old.unit,
    oldId: old.node.id!,
    label: heading(old.node),
    rows: rows(old.node, undefined, tokenizer),
  });
  let oldIndex = 0;
  const flushRemovedBefore = (limit: number) => {
    for (; oldIndex < limit; oldIndex++) {
      const old = oldUnits[oldIndex]!;
      if (!newByKey.has(old.key) && !moved.has(old.key)) changes.push(removed(old));
    }
  };
  for (const unit of newUnits) {
    const old = oldByKey.get(unit.key);
    const origin = movedFrom.get(unit.key);
    if (old) flushRemovedBefore(oldUnits.indexOf(old) + 1);
    else if (origin) flushRemovedBefore(oldUnits.indexOf(origin) + 1);
    if (origin) {
      // the old wording at this anchor is gone (moved ones are listed where they went)
      if (old && !moved.has(old.key)) changes.push(removed(old));
      changes.push({
        kind: 'renumbered',
        unit: unit.unit,
        oldId: origin.node.id!,
        newId: unit.node.id!,
        label: heading(unit.node),
        oldLabel: heading(origin.node),
        rows: rows(origin.node, unit.node, tokenizer),
      });
      continue;
    }
    if (!old) {
      changes.push({
        kind: 'added',
        unit: unit.unit,
        newId: unit.node.id!,
        label: heading(unit.node),
        rows: rows(undefined, unit.node, tokenizer),
      });
      continue;
    }
    if (same(old, unit)) continue;
    changes.push({
      kind: unit.node.deleted && !old.node.deleted ? 'deleted' : 'amended',
      unit: unit.unit,
      oldId: old.node.id!,
      newId: unit.node.id!,
      label: heading(unit.node),
      rows: rows(old.node, unit.node, tokenizer),
    });
  }
  flushRemovedBefore(oldUnits.length);
  return changes;
}

/** The provisions of a document in order: articles of the main provisions, then each 附則. */
function provisions(tree: DocumentNode): Provision[] {
  const out: Provision[] = [];
  visit(tree, (node) => {
    if (isLeaf(node) || node === tree) return CONTINUE;
    if (node.type === 'supplement') {
      const amendment = node.amendment?.trim();
      out.push({ unit: 'supplement', key: amendment ? `suppl:${amendment}` : `suppl#${node.id}`, node });
      return SKIP;
    }
    if (node.type === 'article' && node.id) {
      out.push({ unit: 'article', key: node.id, node });
      return SKIP;
    }
    return node.type === 'toc' || node.type === 'appendix' ? SKIP : CONTINUE;
  });
  return out;
}

/** A unit's wording without its own heading line (the article number), whitespace-insensitive. */
function wording(node: Parent): string {
  return node.children
    .filter((child) => !isLeaf(child))
    .map(leafText)
    .join('')
    .replace(/\s+/g, '');
}

/** The printed heading of a provision: 第百五十条 （caption）, or the 附則 line. */
function heading(node: Parent): string {
  if (node.type === 'supplement') {
    const label = node.label?.trim() ?? '附則';
    return node.amendment ? `${label}（${node.amendment.trim()}）` : label;
  }
  const label = node.label?.trim() ?? '';
  return node.caption ? `${label}（${node.caption}）` : label;
}

/** A unit and its sub-units with their own printed line (leaves directly under them). */
function lines(unit: Parent, into: Map<string, { line: string; rel: string }>, base: string): void {
  visit(unit, (node) => {
    if (isLeaf(node)) return;
    const own = node.children
      .filter(isLeaf)
      .map((leaf) => leaf.value)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const rel = node.id?.startsWith(base) ? node.id.slice(base.length) : (node.id ?? '');
    if (own !== '') into.set(rel, { line: own, rel });
  });
}

/**
 * The rows of a provision: every sub-unit's line, aligned by its anchor relative to the
 * provision (`-p2-i3`), so that a renumbered article lines up with its old self.
 */
function rows(
  before: Parent | undefined,
  after: Parent | undefined,
  tokenizer: JapaneseTokenizer,
): ChangeRow[] {
  const oldLines = new Map<string, { line: string; rel: string }>();
  const newLines = new Map<string, { line: string; rel: string }>();
  if (before) lines(before, oldLines, before.id ?? '');
  if (after) lines(after, newLines, after.id ?? '');
  const order = [...newLines.keys()];
  // an old line without a new one goes after the new line that follows it in the old order
  let at = 0;
  for (const key of oldLines.keys()) {
    const found = order.indexOf(key);
    if (found >= 0) at = found + 1;
    else order.splice(at++, 0, key);
  }
  return order.map((rel) => {
    const old = oldLines.get(rel)?.line;
    const now = newLines.get(rel)?.line;
    const row: ChangeRow = { changed: old !== now };
    if (before && old !== undefined) {
      row.oldId = `${before.id}${rel}`;
      row.old = old;
    }
    if (after && now !== undefined) {
      row.newId = `${after.id}${rel}`;
      row.new = now;
    }
    if (old !== undefined && now !== undefined && old !== now) row.parts = diffWords(tokenizer, old, now);
    return row;
  });
}
