import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { addMessage } from '../tree/messages.ts';
import { createLocator } from '../tree/position.ts';

/** Rule ids the analysis reports under (stable, kebab-case). */
type RefsRuleId = 'dangling-reference' | 'unresolved-reference' | 'ambiguous-reference';

/** Reports problems on the file at source offsets, as `path:line:column: reason [rule-id]`. */
export class Reporter {
  private locate: ((offset: number) => Point) | undefined;

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
    addMessage(this.file, reason, options, ruleId === 'unresolved-reference' ? 'info' : 'warning');
  }

  /** Line and column (from 1) of a source offset. */
  point(offset: number): Point {
    this.locate ??= createLocator(this.source);
    return this.locate(offset);
  }
}
