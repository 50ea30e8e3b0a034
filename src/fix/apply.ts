import type { Fix } from '../diagnostic.js';

/**
 * Applies the fixes that do not overlap, each to the range it was computed for in `text`. As in
 * ESLint, a fix that touches or overlaps an earlier one waits for the next pass, which recomputes it.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Fix[] = [];
  let lastEnd = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start <= lastEnd || start > end || end > text.length) continue;
    chosen.push(fix);
    lastEnd = end;
  }
  // the text is cut once, between the fixes: slicing the text built so far, once per fix, made
  // fixing every entry of a large file quadratic
  const pieces: string[] = [];
  let copiedTo = 0;
  for (const fix of chosen) {
    pieces.push(text.slice(copiedTo, fix.range[0]), fix.text);
    copiedTo = fix.range[1];
  }
  pieces.push(text.slice(copiedTo));
  return { output: pieces.join(''), applied: chosen.length };
}
