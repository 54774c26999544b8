import { egovUrl } from '../text/law-number.ts';
import { LEVELS } from '../tree/levels.ts';
import type { LawInfo } from './laws.ts';
import type { Chain, Level } from './pointers.ts';
import type { Problem } from './resolve.ts';
import type { ExternalTarget } from './types.ts';

/** Where a reference points inside another law, by number at each level. */
export interface ExternalPath {
  suppl?: boolean;
  /** an appended table by its label as the pointer read it (別表第2, 別表) */
  appendix?: string;
  chapter?: string;
  section?: string;
  article?: string;
  paragraph?: string;
  item?: string;
  subitem?: string;
}

/** The anchor of a provision of another law in this project's scheme (art-244_2-p3, art-2-p1-i2). */
export function externalAnchor(path: ExternalPath): string | null {
  const parts: string[] = [];
  // 別表第2 → appx-2, a law's only 別表 → appx-1; forms (様式) are numbered otherwise, no anchor
  if (path.appendix !== undefined) {
    const table = /^別表(?:第(\d+(?:の\d+)*))?$/.exec(path.appendix);
    return table ? `${LEVELS.appendix.anchor}${(table[1] ?? '1').replaceAll('の', '_')}` : null;
  }
  if (path.suppl) parts.push(`${LEVELS.supplement.anchor}1`);
  if (path.article) {
    parts.push(`${LEVELS.article.anchor}${path.article}`);
    if (path.paragraph || path.item) parts.push(`${LEVELS.paragraph.anchor}${path.paragraph ?? '1'}`);
    if (path.item) parts.push(`${LEVELS.item.anchor}${path.item}`);
  } else if (path.chapter) {
    parts.push(`${LEVELS.chapter.anchor}${path.chapter}`);
    if (path.section) parts.push(`${LEVELS.section.anchor}${path.section}`);
  } else if (path.paragraph && path.suppl) {
    parts.push(`${LEVELS.paragraph.anchor}${path.paragraph}`);
  }
  if (parts.length === 0 || (parts.length === 1 && path.suppl)) return null;
  return parts.join('-');
}

/** 同条 may repeat an article of another law (統計法第2条第6項 … 同条第7項). */
export interface ExternalMemory {
  law: LawInfo;
  path: ExternalPath;
}

/** Levels a path inside another law records, outermost first. */
export const EXT_LEVELS: Array<keyof ExternalPath & Level> = [
  'appendix',
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
  'subitem',
];

/**
 * The numbers a chain names inside another law: a list member inherits the levels it omits
 * (番号法第23条第1項及び第2項), 同条 repeats the article last cited of that law.
 */
export function externalPath(
  chain: Chain,
  law: LawInfo,
  inherited: ExternalPath | undefined,
  memory: Map<Level, ExternalMemory>,
): ExternalPath | Problem {
  let path: ExternalPath = {};
  for (const [k, part] of chain.parts.entries()) {
    if (k === 0) {
      if (part.rel === 'SAME') {
        const remembered = memory.get(part.level);
        if (!remembered || remembered.law !== law) {
          return {
            ruleId: 'unresolved-reference',
            reason: `an earlier ${part.level} of ${law.title ?? 'that law'}`,
          };
        }
        path = { ...remembered.path };
        continue;
      }
      if (part.rel !== 'ABS') {
        return { ruleId: 'unresolved-reference', reason: 'an absolute provision number inside another law' };
      }
      if (inherited) path = truncate(inherited, part.level, true);
    }
    const value = part.letter ?? part.num;
    if (part.rel === 'ABS' && value !== undefined && EXT_LEVELS.includes(part.level as never)) {
      path[part.level as keyof ExternalPath & Level] = value;
    }
  }
  if (chain.suppl) path.suppl = true;
  return path;
}

/** The external target of a reference into `law`. */
export function externalTarget(law: LawInfo, path: ExternalPath, anchor: string | null): ExternalTarget {
  return { lawNum: law.lawNum, lawId: law.lawId, title: law.title, anchor, url: egovUrl(law.lawId, path) };
}

/** The levels of a path down to `level` (or above it, when `exclusive`). */
export function truncate(path: ExternalPath, level: Level, exclusive = false): ExternalPath {
  const out: ExternalPath = {};
  if (path.suppl) out.suppl = true;
  for (const l of EXT_LEVELS) {
    const rank = LEVELS[l].rank;
    if (rank > LEVELS[level].rank || (exclusive && rank === LEVELS[level].rank)) break;
    if (path[l] !== undefined) out[l] = path[l];
  }
  return out;
}
