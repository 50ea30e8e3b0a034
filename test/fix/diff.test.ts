import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';
import { deliverFixes } from '../../src/fix/output.js';
import { lintFiles } from '../../src/lint.js';
import { tempTree, validNumber } from '../helpers/tmp.js';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'x.yaml')).toBe('');
  });

  it('writes hunks with three lines of context, as diff -u does', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15'].join('\n') + '\n';
    const after = before.replace('2\n', 'two\n').replace('14\n', '');
    expect(unifiedDiff(before, after, 'x.yaml')).toBe(
      '--- a/x.yaml\n+++ b/x.yaml\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -11,5 +11,4 @@\n 11\n 12\n 13\n-14\n 15\n',
    );
  });

  it('marks a last line without a line break', () => {
    expect(unifiedDiff('a\nb', 'a\nc', 'x.yaml')).toBe(
      '--- a/x.yaml\n+++ b/x.yaml\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
  });

  it('numbers an empty side by the line before it, as diff -u does', () => {
    expect(unifiedDiff('', 'a\n', 'x.yaml')).toBe('--- a/x.yaml\n+++ b/x.yaml\n@@ -0,0 +1 @@\n+a\n');
    expect(unifiedDiff('1\n2\n3\n4\n5\n6\n7\n8\n', '1\n2\n3\n4\n5\n6\n7\n8\nnew\n', 'x.yaml')).toBe(
      '--- a/x.yaml\n+++ b/x.yaml\n@@ -6,3 +6,4 @@\n 6\n 7\n 8\n+new\n',
    );
  });

  it('is applied by the real patch tool to give the new text', () => {
    const cwd = tempTree({});
    const line = fc.constantFrom('a', 'b', 'c', 'key: 1', '  - item', '', 'x\r');
    const text = fc
      .tuple(fc.array(line, { maxLength: 30 }), fc.boolean())
      .map(([lines, lastBreak]) => lines.join('\n') + (lastBreak ? '\n' : ''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        fc.pre(before !== after);
        writeFileSync(path.join(cwd, 'x.yaml'), before);
        const patch = spawnSync('patch', ['-s', '-p1', '--binary', '-i', '-'], {
          cwd,
          input: unifiedDiff(before, after, 'x.yaml'),
          encoding: 'utf8',
        });
        expect(patch.stderr + patch.stdout).toBe('');
        expect(readFileSync(path.join(cwd, 'x.yaml'), 'utf8')).toBe(after);
      }),
      { numRuns: 150 },
    );
  });

  it('ends a file name that holds a space with a tab, as git does, so that patch reads the whole name', () => {
    const name = 'my numbers/front desk.yaml';
    const diff = unifiedDiff('a\n', 'b\n', name);
    expect(diff).toBe(`--- a/${name}\t\n+++ b/${name}\t\n@@ -1 +1 @@\n-a\n+b\n`);
    const cwd = tempTree({ [name]: 'a\n' });
    const patch = spawnSync('patch', ['-s', '-p1', '--binary', '-i', '-'], { cwd, input: diff, encoding: 'utf8' });
    expect(patch.stderr + patch.stdout).toBe('');
    expect(readFileSync(path.join(cwd, name), 'utf8')).toBe('b\n');
  });

  it('stays fast and correct when every line of a long file changes', () => {
    const before = Array.from({ length: 4000 }, (_, index) => `number: ${index}`).join('\n') + '\n';
    const after = before.replace(/number: (\d+)/g, 'number: "$1"');
    const diff = unifiedDiff(before, after, 'x.yaml');
    expect(diff.split('\n').filter((line) => line.startsWith('-number')).length).toBe(4000);
    expect(diff.split('\n').filter((line) => line.startsWith('+number')).length).toBe(4000);
  });

  it('shows a fix on every entry of a large file as a change of those lines alone, and patch applies it', () => {
    // 10,000 entries of 7 lines: far more changes than one search affords, and lines that repeat
    const entries = Array.from({ length: 10_000 }, (_, index) => [
      '  - provider: byo-phone-number',
      `    number: +1415${String(index).padStart(7, '0')}`,
      `    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-${String(index).padStart(12, '0')}`,
      `    name: line ${index}`,
      '    fallbackDestination:',
      '      type: number',
      `      number: "+1650${String(index).padStart(7, '0')}"`,
    ]);
    const before = `phoneNumbers:\n${entries.flat().join('\n')}\n`;
    // every number quoted, every hundredth name removed and every thousandth entry given a line more
    const after = `phoneNumbers:\n${entries
      .flatMap((lines, index) => [
        lines[0],
        lines[1].replace(/(\+\d+)/, '"$1"'),
        lines[2],
        ...(index % 100 === 0 ? [] : [lines[3]]),
        ...(index % 1000 === 0 ? ['    assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e'] : []),
        ...lines.slice(4),
      ])
      .join('\n')}\n`;
    const diff = unifiedDiff(before, after, 'x.yaml');
    const changed = (sign: string) =>
      diff.split('\n').filter((line) => line.startsWith(sign) && !line.startsWith(`${sign.repeat(3)} `)).length;
    expect(changed('-')).toBe(10_000 + 100);
    expect(changed('+')).toBe(10_000 + 10);
    const cwd = tempTree({ 'x.yaml': before });
    const patch = spawnSync('patch', ['-s', '-p1', '--binary', '-i', '-'], { cwd, input: diff, encoding: 'utf8' });
    expect(patch.stderr + patch.stdout).toBe('');
    expect(readFileSync(path.join(cwd, 'x.yaml'), 'utf8')).toBe(after);
  });
});

describe('--fix-dry-run', () => {
  it('diffs against the text the lint read, without reading the file again', async () => {
    const cwd = tempTree({ 'a.phone-number.yaml': validNumber.replace('"+14155550100"', '+14155550100') });
    const results = await lintFiles(['a.phone-number.yaml'], { cwd, config: {}, fix: true });
    // what is on disk by the time the diff is written plays no part in it
    writeFileSync(path.join(cwd, 'a.phone-number.yaml'), 'changed: since the lint\n');
    expect(deliverFixes(results, 'dry-run', cwd)).toBe(
      '--- a/a.phone-number.yaml\n+++ b/a.phone-number.yaml\n@@ -1,4 +1,4 @@\n provider: byo-phone-number\n-number: +14155550100\n+number: "+14155550100"\n credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n',
    );
  });
});
