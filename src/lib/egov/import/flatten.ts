import { appendAll } from '../../arrays.ts';
import { textContent, type XmlElement, type XmlNode } from '../xml.ts';

/** Ruby readings are not part of the sentence: 個人情報<Rt>こじんじょうほう</Rt> reads 個人情報. */
const skipReadings = (element: XmlElement) => element.name === 'Rt';

/** Labels that prefix the line that follows them: 第一条, 一, （目的）, 附則, 別表第一. */
const LABEL = /(?:Title|Num|Caption|Label|Range)$/;

/** The text of an element as printed, without ruby readings. */
export function inlineText(node: XmlNode): string {
  return textContent(node, skipReadings);
}

/** True for an element that holds text directly (a sentence, a title): its text is one line. */
function isTextual(element: XmlElement): boolean {
  return (
    element.name === 'Sentence' ||
    LABEL.test(element.name) ||
    element.children.some((child) => child.type === 'text' && child.value.trim() !== '')
  );
}

/**
 * The printed lines of any e-Gov element, for content the tree keeps as text only (amendment
 * provisions, lists, remarks, appendix styles): labels join the line after them, sentences of
 * one element join into one line, columns are separated by `separator`. No sentence is dropped.
 */
export function flattenLines(element: XmlElement, separator: string, sentenceJoin: string): string[] {
  if (isTextual(element)) {
    const text = inlineText(element).trim();
    return text === '' ? [] : [text];
  }
  const lines: string[] = [];
  let label = '';
  let run: string[] = [];
  let runJoin = sentenceJoin;
  const flushRun = () => {
    if (run.length === 0) return;
    lines.push(join(label, run.join(runJoin), separator));
    label = '';
    run = [];
  };
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.name === 'Sentence' || child.name === 'Column') {
      const join = child.name === 'Column' ? separator : sentenceJoin;
      if (run.length > 0 && join !== runJoin) flushRun();
      runJoin = join;
      run.push(
        child.name === 'Column'
          ? flattenLines(child, separator, sentenceJoin).join(sentenceJoin)
          : inlineText(child),
      );
      continue;
    }
    flushRun();
    if (LABEL.test(child.name)) {
      label = join(label, inlineText(child).trim(), separator);
      continue;
    }
    const inner = flattenLines(child, separator, sentenceJoin);
    if (inner.length > 0 && label !== '') inner[0] = join(label, inner[0]!, separator);
    if (inner.length > 0) label = '';
    appendAll(lines, inner);
  }
  flushRun();
  if (label !== '') lines.push(label);
  return lines;
}

function join(label: string, text: string, separator: string): string {
  if (label === '') return text;
  if (text === '') return label;
  return `${label}${separator}${text}`;
}
