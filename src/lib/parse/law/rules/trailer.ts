import type { Parent } from '../../../tree/types.ts';
import { readDateLine, readHistoryLine } from '../../dates.ts';
import type { Line } from '../../lines.ts';
import type { LawState } from '../state.ts';
import { RANK } from '../state.ts';
import { releaseCaption } from './caption.ts';

/** The reiki trailer starts where the title is printed again after 附則, or at 沿革情報/体系情報. */
export function endsMainText(s: LawState, line: Line): boolean {
  const body = line.norm.trim().replace(/^[○◎●]/, '');
  return (
    (s.root.title !== undefined && s.supplementCount > 0 && body === s.root.title.replace(/\s/g, '')) ||
    body === '沿革情報' ||
    body === '体系情報'
  );
}

/** Opens the trailer's metadata node. */
export function startTrailer(s: LawState): void {
  releaseCaption(s);
  s.mode = 'trailer';
  s.metadata = s.b.open({ type: 'metadata', children: [], data: {} }, RANK.top);
}

/** A line of the reiki trailer: title repeated, dates, classification, amendment history. */
export function trailerRule(s: LawState, line: Line): void {
  const { b } = s;
  const metadata = s.metadata!;
  const at = line.start + line.indent;
  const body = line.body;
  metadata.data ??= {};
  const data = metadata.data;
  let target: Parent = metadata;
  const historyEntry = s.history ? readHistoryLine(body) : undefined;
  if (body === '沿革情報') {
    b.closeTo(metadata);
    s.history = b.open({ type: 'history', children: [] }, RANK.top + 1);
    target = s.history;
  } else if (historyEntry && s.history) {
    b.closeTo(s.history);
    target = b.open({ type: 'historyEntry', children: [], ...historyEntry }, RANK.top + 2);
  } else if (body === '体系情報') {
    s.classificationNext = true;
  } else if (s.classificationNext) {
    data.classification = body;
    s.classificationNext = false;
  } else if (/^\((.*)施行\)$/.test(body)) {
    const date = readDateLine(body.slice(1, -3));
    data.enforced = body.slice(1, -3);
    if (date) data.enforcedIso = date;
  } else {
    const dateNumber = body.length < 200 ? /^(.*日)\s*(.*号)$/.exec(body) : null;
    if (dateNumber) {
      data.promulgated = dateNumber[1]!;
      data.number = dateNumber[2]!;
    } else if (!data.title) data.title = body.replace(/^[○◎]/, '');
  }
  b.closeTo(target);
  b.leaf('break', line.start, at, target);
  b.leaf('text', at, line.end, target);
}

/** 令和6年1月17日制定: the enactment or amendment date a policy prints at its end. */
export function trailingDateRule(s: LawState, line: Line, enacted: boolean): void {
  const { b } = s;
  const at = line.start + line.indent;
  const body = line.body;
  s.metadata = b.open({ type: 'metadata', children: [], data: {} }, RANK.top);
  const date = readDateLine(body.replace(/\s*(制定|改定|改正|施行)$/, ''));
  s.metadata.data![enacted ? 'enacted' : 'amended'] = date ?? body;
  b.leaf('break', line.start, at, s.metadata);
  b.leaf('text', at, line.end, s.metadata);
}
