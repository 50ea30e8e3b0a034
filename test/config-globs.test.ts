import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { matchesAny } from '../src/config/resolve.js';

const segment = fc.constantFrom(
  'a',
  'b.yaml',
  'phone-numbers',
  '.hidden',
  '*',
  '**',
  '*.yaml',
  '?.json',
  '{a,b}',
  '[ab].yaml',
  'a[b].yaml',
  '..',
);
const glob = fc
  .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }))
  .map(([negated, segments]) => `${negated ? '!' : ''}${segments.join('/')}`);
const pathSegment = fc.constantFrom('a', 'b', 'b.yaml', 'a.json', 'phone-numbers', '.hidden', 'a[b].yaml', 'x.yml');
const relativePath = fc.array(pathSegment, { minLength: 0, maxLength: 4 }).map((segments) => segments.join('/'));

describe('matchesAny', () => {
  it('matches a path as picomatch matches it with any one of the globs', () => {
    fc.assert(
      fc.property(fc.array(glob, { maxLength: 5 }), fc.array(relativePath, { minLength: 1, maxLength: 6 }), (globs, paths) => {
        for (const candidate of paths) {
          expect(matchesAny(globs, candidate)).toBe(globs.some((each) => picomatch(each, { dot: true })(candidate)));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a path equal to a glob as a match, as picomatch does, even where the expression made from the glob would not', () => {
    // picomatch's expression for this glob does not match the glob's own text; its equality test does
    expect(picomatch.makeRe('|+]*', { dot: true }).test('|+]*')).toBe(false);
    expect(matchesAny(['legacy/**', '|+]*'], '|+]*')).toBe(true);
    expect(matchesAny(['legacy/**', '|+]*'], '|+]')).toBe(picomatch('|+]*', { dot: true })('|+]'));
  });
});
