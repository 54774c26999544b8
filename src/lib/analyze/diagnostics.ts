import type { Point } from 'unist';
import type { VFile } from 'vfile';

/** Rule ids the analysis reports under (stable, kebab-case). */
export type RefsRuleId = 'dangling-reference' | 'unresolved-reference' | 'ambiguous-reference';

/** Reports problems on the file at source offsets, as `path:line:column: reason [rule-id]`. */
export class Reporter {
  private lineStarts: number[] | undefined;

  constructor(
    private readonly file: VFile,
    private readonly source: string,
  ) {}

  /**
   * Adds a message. A dangling or ambiguous reference is a defect of the source (a drafting slip):
   * a warning, which `npm run check` fails on unless the document's metadata acknowledges it
   * (`known`, docs/sources.md). What the analysis cannot know (a law cited without its number, 同項
   * with nothing before it) is an info.
   */
  report(span: { start: number; end: number }, reason: string, ruleId: RefsRuleId): void {
    const options = {
      place: { start: this.point(span.start), end: this.point(span.end) },
      ruleId,
      source: 'reiki-refs',
    };
    if (ruleId === 'unresolved-reference') this.file.info(reason, options);
    else this.file.message(reason, options);
  }

  /** Line and column (from 1) of a source offset. */
  point(offset: number): Point {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = 0; i < this.source.length; i++) if (this.source[i] === '\n') this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }
}
