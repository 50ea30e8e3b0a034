import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/config/load.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { isUnsafeToFix } from '../../src/fix/source.js';
import { lintText, type LintResult } from '../../src/lint.js';
import type { Config } from '../../src/schema/config-model.js';
import { repoRoot } from '../helpers/cli.js';

/** Every input the golden tests use, and the --fix cases: real files with every kind of problem. */
function inputs(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return inputs(full);
    return /\.(ya?ml|json)$/.test(entry.name) && !/\.config\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

const files = [...inputs(path.join(repoRoot, 'test/fixtures')), ...inputs(path.join(repoRoot, 'test/fix/cases'))];

const configs = new Map<string, Config>();
for (const file of files) {
  const configFile = file.replace(/\.(ya?ml|json)$/, '.config.yaml');
  configs.set(file, existsSync(configFile) ? await readConfigFile(configFile) : {});
}

/** The file as read, or rewritten with CRLF line endings and a BOM: fixes must keep both. */
function variant(file: string, crlf: boolean, bom: boolean): string {
  let text = readFileSync(file, 'utf8');
  if (crlf) text = text.replace(/\r?\n/g, '\r\n');
  if (bom && !text.startsWith('\uFEFF')) text = `\uFEFF${text}`;
  return text;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The 1-based lines each applied fix may touch: from the line its range starts on to the line it ends on. */
function fixableLines(text: string, result: LintResult): Set<number> {
  const lines = new Set<number>();
  // fix ranges count from after a BOM, as ESLint's do
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (const { fix } of result.diagnostics) {
    if (!fix) continue;
    for (let line = lineOf(body, fix.range[0]); line <= lineOf(body, fix.range[1]); line++) lines.add(line);
  }
  return lines;
}

/** Whether `needles` occur in `haystack` in order (not necessarily next to each other). */
function isSubsequence(needles: string[], haystack: string[]): boolean {
  let at = 0;
  for (const line of haystack) if (at < needles.length && line === needles[at]) at++;
  return at === needles.length;
}

/**
 * Where a fix may legitimately bring new findings to light: under a value it changed (a quoted
 * number is now checked as a number), and in a mapping where it renamed or inserted a key (the
 * key's value is now validated and the entry means more than it did).
 */
function revealedBy(diagnostic: Diagnostic): string | undefined {
  if (!diagnostic.fix) return undefined;
  const fix = diagnostic.fix;
  if (diagnostic.messageId === 'unknown-property') return fix.text === '' ? undefined : diagnostic.path.replace(/\/[^/]*$/, '');
  return diagnostic.path;
}

const key = (diagnostic: Diagnostic) => `${diagnostic.ruleId} ${diagnostic.messageId ?? ''} ${diagnostic.path}`;

describe('--fix over every fixture, with LF or CRLF and with or without a BOM', () => {
  it('has fixtures to run over', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('re-parses, brings no new findings, changes only fixable lines, keeps BOM and line endings, and is idempotent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.boolean(), fc.boolean(), (file, crlf, bom) => {
        const text = variant(file, crlf, bom);
        const options = { filePath: path.basename(file), config: configs.get(file) };
        const before = lintText(text, options);
        const fixed = lintText(text, { ...options, fix: true });
        const output = fixed.output ?? text;
        if (isUnsafeToFix(before)) {
          expect(fixed.output).toBeUndefined();
          return;
        }
        const after = lintText(output, options);
        expect(isUnsafeToFix(after)).toBe(false);
        // the reported result is the result of the fixed text
        expect(fixed.diagnostics).toEqual(after.diagnostics);

        const known = new Set(before.diagnostics.map(key));
        const revealed = before.diagnostics.flatMap((diagnostic) => revealedBy(diagnostic) ?? []);
        const fresh = after.diagnostics.filter(
          (diagnostic) =>
            !known.has(key(diagnostic)) &&
            !revealed.some((prefix) => diagnostic.path === prefix || diagnostic.path.startsWith(`${prefix}/`)),
        );
        expect(fresh).toEqual([]);

        const touched = fixableLines(text, before);
        const kept = text.split('\n').filter((_, index) => !touched.has(index + 1));
        expect(isSubsequence(kept, output.split('\n'))).toBe(true);

        expect(output.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
        if (crlf) expect(/(^|[^\r])\n/.test(output)).toBe(false);

        expect(lintText(output, { ...options, fix: true }).output).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
