import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNames } from '../../src/report/index.js';
import { tempTree } from '../helpers/tmp.js';
import { anyBytes, configs, mutatedInput } from './inputs.js';
import { expectInsideFile, runCliBounded } from './support.js';

interface JsonResult {
  filePath: string;
  messages: { line: number; column: number; endLine: number; endColumn: number }[];
}

const jsonFormats = new Set(['json', 'sarif', 'gitlab']);

/**
 * The CLI starts a process per run, so each run lints a whole directory of generated files:
 * three runs, one per config, cover 1,020 inputs; the first directory also goes through every format.
 */
describe('the CLI over directories of mutated files', () => {
  configs.forEach((config, index) => {
    it(`exits 0 or 1 with JSON output whose positions lie inside the files (config ${index})`, () => {
      const inputs = fc.sample(mutatedInput, { numRuns: 340 });
      const cwd = tempTree({
        'package.json': '{}\n',
        '.byo-lintrc.json': JSON.stringify(config),
        ...Object.fromEntries(inputs.map(({ bytes, extension }, item) => [`phone-numbers/case-${item}.${extension}`, bytes])),
      });
      const run = runCliBounded(['-f', 'json', 'phone-numbers'], { cwd });
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.code);
      const results = JSON.parse(run.stdout) as JsonResult[];
      expect(results).toHaveLength(inputs.length);
      for (const result of results) {
        expectInsideFile(readFileSync(result.filePath).toString('utf8'), result.messages);
      }
      const otherFormats = index === 0 ? formatNames.filter((name) => name !== 'json') : [];
      for (const format of otherFormats) {
        const other = runCliBounded(['-f', format, '-o', `report.${format}`, 'phone-numbers'], { cwd });
        expect({ format, ...other }).toEqual({ format, code: run.code, stdout: '', stderr: '' });
        const output = readFileSync(path.join(cwd, `report.${format}`), 'utf8');
        if (jsonFormats.has(format)) expect(() => JSON.parse(output) as unknown).not.toThrow();
      }
    });
  });

  it('any bytes on standard input, under any name', () => {
    const cwd = tempTree({ 'package.json': '{}\n' });
    for (const [bytes, name] of fc.sample(fc.tuple(anyBytes, fc.constantFrom('a.yaml', 'a.json', 'phone-numbers/b.yml')), {
      numRuns: 20,
    })) {
      const run = runCliBounded(['-f', 'json', '--stdin', '--stdin-filename', name], { cwd, input: bytes });
      expect(run.stderr).toBe('');
      expect([0, 1]).toContain(run.code);
      const [result] = JSON.parse(run.stdout) as JsonResult[];
      expectInsideFile(bytes.toString('utf8'), result.messages);
    }
  });
});
