import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintSource, lintText, Run, type LintResult } from '../../src/lint.js';
import { formatNames, getFormatter, type Formatter } from '../../src/report/index.js';
import { anyBytes, anyText, configs, mutatedInput } from './inputs.js';
import { expectInsideFile } from './support.js';

/** Formats whose output is JSON, among those registered now. */
const jsonFormats = new Set(['json', 'sarif', 'gitlab']);
const runs = { numRuns: 1000 };

let formatters: [string, Formatter][] = [];
beforeAll(async () => {
  formatters = await Promise.all(formatNames.map(async (name) => [name, await getFormatter(name)] as [string, Formatter]));
});

/** What must hold for any input: positions inside the file, consistent counts, and every format renders it. */
function expectWellFormed(text: string, result: LintResult): void {
  expectInsideFile(text, result.diagnostics);
  const related = result.diagnostics
    .flatMap((diagnostic) => diagnostic.related ?? [])
    .filter((location) => location.filePath === result.filePath);
  expectInsideFile(
    text,
    related.map(({ line, column }) => ({ line, column, endLine: line, endColumn: column })),
  );
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  expect([result.errorCount, result.warningCount]).toEqual([errors, result.diagnostics.length - errors]);
  for (const diagnostic of result.diagnostics) {
    expect(diagnostic.message).not.toBe('');
    expect(['error', 'warning']).toContain(diagnostic.severity);
  }
  for (const [name, format] of formatters) {
    const output = format([result], { cwd: '/project', color: false });
    expect(typeof output).toBe('string');
    if (jsonFormats.has(name)) expect(() => JSON.parse(output) as unknown).not.toThrow();
  }
}

describe('any input ends in diagnostics, never in an exception', () => {
  it('any bytes, read as a file is read (YAML and JSON)', () => {
    fc.assert(
      fc.property(anyBytes, fc.constantFrom('a.yaml', 'a.json'), fc.constantFrom(...configs), (bytes, filePath, config) => {
        const result = lintSource(bytes, { filePath, config }, new Run());
        expectWellFormed(bytes.toString('utf8'), result);
      }),
      runs,
    );
  });

  it('any text, lone surrogates included (YAML and JSON)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('a.yaml', 'a.json'), fc.constantFrom(...configs), (text, filePath, config) => {
        expectWellFormed(text, lintText(text, { filePath, config, reportUnusedDirectives: true }));
      }),
      runs,
    );
  });

  it('fixtures and examples after truncation, noise, shuffled lines, inserted syntax and invalid UTF-8', () => {
    fc.assert(
      fc.property(mutatedInput, fc.constantFrom(...configs), fc.boolean(), ({ bytes, extension }, config, reportUnusedDirectives) => {
        const filePath = `phone-numbers/case.${extension}`;
        const result = lintSource(bytes, { filePath, config, reportUnusedDirectives }, new Run());
        expectWellFormed(bytes.toString('utf8'), result);
        // the same text given as a string is read the same way, unless the bytes were not UTF-8
        const text = bytes.toString('utf8');
        if (Buffer.from(text).equals(bytes)) expect(lintText(text, { filePath, config, reportUnusedDirectives })).toEqual(result);
      }),
      runs,
    );
  });

  it('one run over many mutated files shares its duplicate tracking without breaking positions', () => {
    fc.assert(
      fc.property(fc.array(mutatedInput, { minLength: 2, maxLength: 6 }), (inputs) => {
        const run = new Run();
        inputs.forEach(({ bytes, extension }, index) => {
          const result = lintSource(bytes, { filePath: `phone-numbers/${index}.${extension}` }, run);
          expectInsideFile(bytes.toString('utf8'), result.diagnostics);
        });
      }),
      runs,
    );
  });
});
