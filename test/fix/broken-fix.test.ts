import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { fixSource } from '../../src/fix/source.js';
import { lintText, Run, lintSource, type LintResult } from '../../src/lint.js';

/*
 * Every fix byo-lint offers is meant to keep the file sound, and --fix checks each pass anyway.
 * These tests plant a fix that breaks the YAML (an unterminated quote), as a defective rule
 * might, into the real lint's results, and check that the safeguard leaves out that fix alone.
 */

const entry = (index: number) =>
  [
    `- provider: byo-phone-number`,
    `  number: "+1415555${String(index).padStart(4, '0')}"`,
    `  credential_id: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23`,
    `  assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e`,
  ].join('\n');

/** Entry `brokenAt`'s rename of credential_id writes an unterminated quote instead. */
function withBrokenFix(result: LintResult, brokenAt: number): LintResult {
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.fix && diagnostic.path === `/${brokenAt}/credential_id`) diagnostic.fix = { ...diagnostic.fix, text: '"credentialId' };
  }
  return result;
}

function fix(text: string, brokenAt: number): { result: LintResult; lints: number } {
  let lints = 0;
  const options = { filePath: 'numbers.yaml' };
  const lint = (input: string | Buffer) => {
    lints++;
    return withBrokenFix(lintSource(input, options, new Run()), brokenAt);
  };
  return { result: fixSource(text, lint, lint), lints };
}

const renames = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.path.endsWith('/credential_id'));

describe('--fix with a fix that would break the file', () => {
  const count = 64;
  const text = `${Array.from({ length: count }, (_, index) => entry(index)).join('\n')}\n`;

  it('applies every other fix and leaves that one out', () => {
    const { result } = fix(text, 37);
    const lines = result.output!.split('\n');
    expect(lines.filter((line) => line === '  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23')).toHaveLength(count - 1);
    expect(lines[37 * 4 + 2]).toBe('  credential_id: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23');
    // the output reads soundly: what is left is the one misspelt key, and no syntax error
    expect(lintText(result.output!, { filePath: 'numbers.yaml' }).diagnostics.map((d) => [d.ruleId, d.path, d.line, d.column])).toEqual([
      ['schema', '/37', 149, 3],
      ['schema', '/37/credential_id', 151, 3],
    ]);
  });

  it('no longer offers the fix it left out, nor counts it fixable', () => {
    const { result } = fix(text, 37);
    const [left] = renames(result.diagnostics);
    expect(left).toMatchObject({ line: 151, column: 3 });
    expect(left.fix).toBeUndefined();
    expect(result.fixableErrorCount).toBe(0);
  });

  it('finds the broken fix by halving, not by trying each fix', () => {
    // the first lint; all 64 fixes at once; two halves per level down to the broken one (log2 64
    // = 6 levels); the sound halves together; the run's lint of the output. One at a time would be 66.
    const { lints } = fix(text, 37);
    expect(lints).toBe(1 + 1 + 2 * 6 + 1 + 1);
  });
});
