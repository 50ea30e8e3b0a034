import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fix } from '../../src/diagnostic.js';
import { applyFixes } from '../../src/fix/apply.js';

/** Fixes that neither overlap nor touch, in any order: cut points in the text, paired up. */
const textWithFixes = fc.string({ maxLength: 40 }).chain((text) =>
  fc
    .uniqueArray(fc.nat({ max: text.length }), { maxLength: 12 })
    .chain((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const ranges: [number, number][] = [];
      // a gap of at least one character between two fixes keeps them from touching
      for (let at = 0; at + 1 < sorted.length; at += 2) {
        if (ranges.length === 0 || sorted[at] > ranges[ranges.length - 1][1]) ranges.push([sorted[at], sorted[at + 1]]);
      }
      return fc.tuple(
        fc.constant(text),
        fc.shuffledSubarray(ranges.map((range) => ({ range, text: '' }))),
        fc.array(fc.string({ maxLength: 3 }), { minLength: 6, maxLength: 6 }),
      );
    })
    .map(([text, fixes, replacements]): [string, Fix[]] => [text, fixes.map((fix, index) => ({ ...fix, text: replacements[index % 6] }))]),
);

describe('applyFixes', () => {
  it('applies every fix to the range it was computed for', () => {
    fc.assert(
      fc.property(textWithFixes, ([text, fixes]) => {
        // one at a time from the end backwards, where each range still means what it meant
        let expected = text;
        for (const fix of [...fixes].sort((a, b) => b.range[0] - a.range[0])) {
          expected = expected.slice(0, fix.range[0]) + fix.text + expected.slice(fix.range[1]);
        }
        expect(applyFixes(text, fixes)).toEqual({ output: expected, applied: fixes.length });
      }),
      { numRuns: 3000 },
    );
  });

  it('applies the first of fixes that overlap or touch, and leaves the others for the next pass', () => {
    const anyFix = (length: number) =>
      fc.record({
        range: fc.tuple(fc.nat({ max: length }), fc.nat({ max: 3 })).map(([start, width]): [number, number] => [start, start + width]),
        text: fc.string({ maxLength: 3 }),
      });
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).chain((text) => fc.tuple(fc.constant(text), fc.array(anyFix(text.length), { maxLength: 6 }))),
        ([text, fixes]) => {
          // in the order of their ranges, a fix is applied when it starts after the last applied one ends
          const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
          const applied: Fix[] = [];
          for (const fix of sorted) {
            const last = applied.at(-1);
            if (fix.range[1] <= text.length && (!last || fix.range[0] > last.range[1])) applied.push(fix);
          }
          let expected = text;
          for (const fix of [...applied].reverse()) expected = expected.slice(0, fix.range[0]) + fix.text + expected.slice(fix.range[1]);
          expect(applyFixes(text, fixes)).toEqual({ output: expected, applied: applied.length });
        },
      ),
      { numRuns: 3000 },
    );
  });
});
