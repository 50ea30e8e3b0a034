import { describe, expect, it } from 'vitest';
import { expandPaths } from '../src/files.js';
import { tempTree } from './helpers/tmp.js';

describe('ignores over a directory walk', () => {
  it('judges each directory once for all the files under it, not again for each file', () => {
    const files: Record<string, string> = {};
    for (let team = 0; team < 4; team++) for (let file = 0; file < 50; file++) files[`phone-numbers/team${team}/lines/n${file}.yaml`] = '';
    const cwd = tempTree(files);
    // the ignores' expression is the one whose source holds the marker
    const ignores = ['archived-marker/**', 'phone-numbers/team1/'];
    let tests = 0;
    const original = RegExp.prototype.test;
    RegExp.prototype.test = function (this: RegExp, text: string) {
      if (this.source.includes('archived-marker')) tests++;
      return original.call(this, text);
    };
    let found: string[];
    try {
      found = expandPaths(['.'], { cwd, baseDir: cwd, files: ['**/*.yaml'], ignores, errorOnUnmatchedPattern: true }).files;
    } finally {
      RegExp.prototype.test = original;
    }
    expect(found).toHaveLength(150);
    expect(found.some((file) => file.includes('team1'))).toBe(false);
    // a test of each file's own path, and two (with and without a slash) of each of its 9 directories
    expect(tests).toBeLessThanOrEqual(200 + 2 * 9);
  });
});
