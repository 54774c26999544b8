import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { MappedText } from '../text/mapped-text.ts';
import { buildTextView, joinText, type Segment } from '../text/view.ts';
import { LEVELS } from '../tree/levels.ts';
import { addMessage } from '../tree/messages.ts';
import { type DocumentNode, isLeaf, type Parent } from '../tree/types.ts';
import type { TreeBuilder } from './builder.ts';

const unitSegments = new WeakMap<Parent, { source: string; segments: Segment[]; lang: 'ja' | 'en' }>();
const viewCache = new WeakMap<Parent, MappedText>();

/**
 * The repaired text of a unit with its map to the source, for analysis passes. Built on first
 * use: most builds never need the map of most units.
 */
export function textViewOf(node: Parent): MappedText | undefined {
  const cached = viewCache.get(node);
  if (cached) return cached;
  const entry = unitSegments.get(node);
  if (!entry) return undefined;
  const view = buildTextView(entry.source, entry.segments, entry.lang);
  viewCache.set(node, view);
  return view;
}

const TEXT_HOLDERS = new Set([
  'paragraph',
  'item',
  'subitem',
  'cell',
  'block',
  'preamble',
  'listItem',
  'heading',
  'tocEntry',
  'historyEntry',
  'title',
]);

/**
 * Completes a built tree: drops nodes that received nothing, computes every node's position,
 * the sentence text of each unit, and the anchors (`id`) of the URL contract.
 */
export function finalizeTree(b: TreeBuilder, root: DocumentNode, file: VFile): void {
  prune(root);
  place(b, root);
  fillText(b, root);
  assignIds(root, file);
}

function prune(node: Parent): boolean {
  const children = node.children;
  let kept = 0;
  for (const c of children) if (!('children' in c) || prune(c)) children[kept++] = c;
  children.length = kept;
  return kept > 0 || node.type === 'document';
}

/**
 * Gives every parent the position from its first to its last character (leaves got theirs when
 * they were made): the points at both ends of the leaves it holds, copied, not shared.
 */
function place(b: TreeBuilder, node: Parent): void {
  let first: Point | undefined;
  let last: Point | undefined;
  for (const c of node.children) {
    if ('children' in c) place(b, c);
    const position = c.position;
    if (!position) continue;
    if (!first || position.start.offset! < first.offset!) first = position.start;
    if (!last || position.end.offset! > last.offset!) last = position.end;
  }
  if (node.type === 'document') node.position = { start: b.point(0), end: b.point(b.source.length) };
  else if (first && last && first.offset! <= last.offset!)
    node.position = { start: copyPoint(first), end: copyPoint(last) };
}

function copyPoint(point: Point): Point {
  return { line: point.line, column: point.column, offset: point.offset };
}

function fillText(b: TreeBuilder, root: Parent): void {
  const lang = (b.root as DocumentNode).lang;
  visit(root, (node) => {
    if (isLeaf(node) || !TEXT_HOLDERS.has(node.type)) return;
    const segments = b.segments(node);
    unitSegments.set(node, { source: b.source, segments, lang });
    node.text = joinText(b.source, segments, lang);
  });
}

function assignIds(root: DocumentNode, file: VFile): void {
  const used = new Set<string>();
  const suffixes = new Map<string, number>();
  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const claim = (node: Parent, id: string) => {
    let unique = id;
    // a text that repeats one number thousands of times must not search from __2 each time
    let k = suffixes.get(id) ?? 2;
    for (; used.has(unique); k++) unique = `${id}__${k}`;
    if (unique !== id) suffixes.set(id, k);
    if (unique !== id && node.position) {
      addMessage(file, `Unexpected second \`${node.label ?? id}\`, expected each number once`, {
        place: node.position,
        ruleId: 'duplicate-number',
        source: 'reiki-parse',
      });
    }
    used.add(unique);
    node.id = unique;
  };

  const walk = (node: Parent, scope: { division: string; holder: string; articlePrefix: string }) => {
    let inner = scope;
    switch (node.type) {
      case 'part':
      case 'chapter': {
        const prefix = LEVELS[node.type].anchor;
        claim(node, `${prefix}${node.num ?? next(prefix)}`);
        inner = { ...scope, division: node.id! };
        break;
      }
      case 'section':
      case 'subsection':
      case 'division': {
        // sections and below are numbered within their chapter: ch-3-sec-1
        const prefix = LEVELS[node.type].anchor;
        const base =
          scope.division.startsWith(LEVELS.part.anchor) || !scope.division ? '' : `${scope.division}-`;
        claim(node, `${base}${prefix}${node.num ?? next(`${scope.division}-${prefix}`)}`);
        inner = { ...scope, division: node.id! };
        break;
      }
      case 'supplement':
      case 'appendix': {
        const prefix = LEVELS[node.type].anchor;
        claim(node, `${prefix}${node.num ?? next(prefix)}`);
        inner = { division: '', holder: node.id!, articlePrefix: `${node.id}-` };
        break;
      }
      case 'article': {
        const prefix = `${scope.articlePrefix}${LEVELS.article.anchor}`;
        claim(node, `${prefix}${node.num ?? next(prefix)}`);
        inner = { ...scope, holder: node.id! };
        break;
      }
      case 'paragraph':
      case 'item':
      case 'subitem': {
        // the first paragraph of unnumbered text outside any unit hangs under `doc`
        const holder = node.type === 'paragraph' ? scope.holder || 'doc' : scope.holder;
        const prefix = LEVELS[node.type].anchor;
        claim(node, `${holder}-${prefix}${node.num ?? next(`${scope.holder}-${prefix}`)}`);
        inner = { ...scope, holder: node.id! };
        break;
      }
      case 'table':
      case 'block':
      case 'list': {
        const key = node.type === 'table' ? 't' : node.type === 'block' ? 'b' : 'l';
        const base = scope.holder || scope.division || 'doc';
        claim(node, `${base}-${key}${next(`${base}-${key}`)}`);
        inner = { ...scope, holder: node.id! };
        break;
      }
      case 'row':
        claim(node, `${scope.holder}-r${next(`${scope.holder}-r`)}`);
        inner = { ...scope, holder: node.id! };
        break;
      case 'cell':
        claim(node, `${scope.holder}-c${next(`${scope.holder}-c`)}`);
        break;
      case 'listItem':
        claim(node, `${scope.holder}-${next(`${scope.holder}-li`)}`);
        break;
      case 'heading':
        claim(node, `h-${next('h')}`);
        inner = { ...scope, holder: node.id! };
        break;
      case 'preamble':
        claim(node, next('preamble') === 1 ? 'preamble' : `preamble-${counters.get('preamble')}`);
        inner = { ...scope, holder: node.id! };
        break;
      case 'toc':
      case 'metadata':
      case 'contact': {
        const base = node.type === 'metadata' ? 'meta' : node.type;
        const n = next(base);
        claim(node, n === 1 ? base : `${base}-${n}`);
        inner = { ...scope, holder: node.id! };
        break;
      }
      default:
        break;
    }
    for (const c of node.children) if ('children' in c) walk(c, inner);
  };
  walk(root, { division: '', holder: '', articlePrefix: '' });
}
