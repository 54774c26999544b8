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
   * Adds an info. A dangling or unresolvable reference is a fact about the text as published
   * (the source is never edited), not something a build can repair, so it is listed but does
   * not fail `npm run check`.
   */
  report(span: { start: number; end: number }, reason: string, ruleId: RefsRuleId): void {
    this.file.info(reason, {
      place: { start: this.point(span.start), end: this.point(span.end) },
      ruleId,
      source: 'reiki-refs',
    });
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
