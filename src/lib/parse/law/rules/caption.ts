import type { Parent } from '../../../tree/types.ts';
import type { Line } from '../../lines.ts';
import { classifyLine } from '../classify.ts';
import type { LawState } from '../state.ts';
import { placeText } from './text.ts';

/** The most lines a web page breaks one caption into (at the links it carries). */
const MAX_CAPTION_LINES = 4;

/**
 * A caption （目的） names the article whose label follows it (or, in a supplement, the
 * paragraph). Web copies break a caption where it carried a link: （土地改良法 / の施行期日）.
 * Returns the lines the caption spans when the line at `index` opens one, else undefined.
 */
export function captionAhead(s: LawState, index: number): { lines: Line[]; caption: string } | undefined {
  const first = s.lines[index]!;
  const firstBody = first.body;
  if (firstBody[0] !== '(') return undefined;
  const lines = [first];
  let joined = firstBody;
  let k = index + 1;
  while (depth(joined) > 0 && lines.length < MAX_CAPTION_LINES && k < s.lines.length && !s.lines[k]!.blank) {
    const next = s.lines[k]!;
    lines.push(next);
    joined += next.body;
    k++;
  }
  const cls = classifyLine(joined, joined);
  if (cls.kind !== 'caption') return undefined;
  let next: Line | undefined;
  // a page's furniture may stand between a caption and its article
  for (; k < s.lines.length && !next; k++)
    if (!s.lines[k]!.blank && s.classes[k]!.kind !== 'page-break') next = s.lines[k];
  if (!next) return undefined;
  // the next line is not blank: its class was read with every other line's
  const nextClass = s.classes[next.index]!;
  const names =
    nextClass.kind === 'article' ||
    (nextClass.kind === 'paragraph' && s.b.nearest('supplement') !== undefined);
  return names ? { lines, caption: cls.caption } : undefined;
}

/** Places a waiting caption into the unit it names, and sets the unit's caption. */
export function flushCaption(s: LawState, target: Parent): void {
  const pending = s.pendingCaption;
  if (!pending) return;
  const { b } = s;
  const first = pending.lines[0]!;
  const last = pending.lines[pending.lines.length - 1]!;
  const trimmedEnd = last.start + last.raw.trimEnd().length;
  b.leaf('break', first.start, first.start + first.indent, target);
  b.leaf('caption', first.start + first.indent, trimmedEnd, target);
  b.leaf('break', trimmedEnd, last.eolEnd, target);
  for (const [start, end, kind] of pending.breaks)
    if (kind) b.leaf('chrome', start, end, target, kind);
    else b.leaf('break', start, end, target);
  target.caption = pending.caption;
  s.pendingCaption = undefined;
}

/** A caption that did not name an article after all: its lines are plain text. */
export function releaseCaption(s: LawState): void {
  const pending = s.pendingCaption;
  if (!pending) return;
  s.pendingCaption = undefined;
  pending.lines.forEach((line, i) => {
    placeText(s, line, line.start + line.indent, i > 0);
    s.b.leaf('break', line.end, line.eolEnd);
  });
  for (const [start, end, kind] of pending.breaks)
    if (kind) s.b.leaf('chrome', start, end, s.b.current, kind);
    else s.b.leaf('break', start, end);
}

/** How many parentheses are open at the end of a text. */
function depth(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') open++;
    else if (c === ')' && open > 0) open--;
  }
  return open;
}

/**
 * A caption line: waits for the article (or supplement paragraph) it names; printed after a
 * label that stood alone (第一条 / （この法律の趣旨） / sentence) it opens the first paragraph's
 * text, as the law's official text has it. Returns the index of the caption's last line, or -1.
 */
export function captionRule(s: LawState, index: number): number {
  const ahead = captionAhead(s, index);
  if (ahead) {
    releaseCaption(s);
    s.pendingCaption = { lines: ahead.lines, caption: ahead.caption, breaks: [] };
    s.prevLine = ahead.lines[ahead.lines.length - 1];
    return index + ahead.lines.length - 1;
  }
  const line = s.lines[index]!;
  const awaiting = s.awaiting;
  if (
    awaiting?.type === 'article' &&
    line.norm
      .slice(line.indent)
      .trimEnd()
      .match(/^\([^()]+\)$/)
  ) {
    placeText(s, line, line.start + line.indent, false);
    s.awaiting = s.lastTextUnit;
    s.b.message(
      'Caption after its article label: read as the head of the first paragraph, as the law prints it',
      'caption-after-label',
      line.start + line.indent,
      line.end,
      'info',
    );
    s.b.leaf('break', line.end, line.eolEnd);
    s.prevLine = line;
    return index;
  }
  return -1;
}
