import type { Point } from 'unist';
import { location } from 'vfile-location';

/**
 * Line/column (from 1) and offset (from 0) of offsets in one source, for node positions and
 * diagnostics. Offsets past the end clamp to the end.
 */
export function createLocator(source: string): (offset: number) => Required<Point> {
  const place = location(source);
  const end = place.toPoint(source.length);
  return (offset) => {
    const point = place.toPoint(Math.max(0, Math.min(offset, source.length))) ?? end;
    return { line: point?.line ?? 1, column: point?.column ?? 1, offset: point?.offset ?? 0 };
  };
}
