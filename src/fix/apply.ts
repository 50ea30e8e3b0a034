import type { Fix } from '../diagnostic.js';

/**
 * Applies the fixes that do not overlap, from the end of the text backwards so that every range
 * still means what it meant in the text the fixes were computed for. As in ESLint, a fix that
 * touches or overlaps an earlier one waits for the next pass, which recomputes it.
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
  let output = text;
  for (const fix of chosen.reverse()) output = output.slice(0, fix.range[0]) + fix.text + output.slice(fix.range[1]);
  return { output, applied: chosen.length };
}
