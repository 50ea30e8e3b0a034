import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/load.js';
import { lintSource, lintText, Run } from '../../src/lint.js';
import { cliPath, runCli, repoRoot } from '../helpers/cli.js';
import { flowAliasBomb } from './inputs.js';
import { runCliBounded } from './support.js';
import { tempTree, validNumber } from '../helpers/tmp.js';

type Limits = { maxFileBytes?: number; maxDepth?: number; maxDocuments?: number; maxAliasNodes?: number; maxStringLength?: number };

/** The resource-limit diagnostics of a text, as `line:column-endLine:endColumn message`. */
function limitsHit(text: string | Buffer, filePath: string, limits?: Limits): string[] {
  const options = { filePath, config: limits ? { limits } : {} };
  const result = typeof text === 'string' ? lintText(text, options) : lintSource(text, options, new Run());
  return result.diagnostics
    .filter((diagnostic) => diagnostic.ruleId === 'resource-limit')
    .map((diagnostic) => `${diagnostic.line}:${diagnostic.column}-${diagnostic.endLine}:${diagnostic.endColumn} ${diagnostic.message}`);
}

const nestedFlow = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('resource limits, at and just past each bound', () => {
  it('maxFileBytes counts bytes, in text and in bytes read from disk', () => {
    const limits = { maxFileBytes: 10 };
    const atBound = 'a: "ééx"'; // 10 bytes, 8 characters
    expect(Buffer.byteLength(atBound)).toBe(10);
    expect(limitsHit(atBound, 'a.yaml', limits)).toEqual([]);
    expect(limitsHit(Buffer.from(atBound), 'a.yaml', limits)).toEqual([]);
    const past = `${atBound}\n`;
    const message = '1:1-1:1 file is larger than the limit of 10 bytes (limits.maxFileBytes); split it into several files';
    expect(limitsHit(past, 'a.yaml', limits)).toEqual([message]);
    expect(limitsHit(Buffer.from(past), 'a.json', limits)).toEqual([message]);
  });

  for (const filePath of ['a.yaml', 'a.json']) {
    it(`maxDepth in ${filePath}: flow collections`, () => {
      expect(limitsHit(nestedFlow(3), filePath, { maxDepth: 3 })).toEqual([]);
      expect(limitsHit(nestedFlow(4), filePath, { maxDepth: 3 })).toEqual([
        '1:4-1:5 nesting deeper than 3 levels; a phone-number file needs five',
      ]);
    });
  }

  it('maxDepth in YAML: block sequences, block mappings and aliases count alike', () => {
    const limits = { maxDepth: 3 };
    expect(limitsHit('- - - x\n', 'a.yaml', limits)).toEqual([]);
    expect(limitsHit('- - - - x\n', 'a.yaml', limits)).toEqual(['1:7-1:8 nesting deeper than 3 levels; a phone-number file needs five']);
    expect(limitsHit('a:\n  b:\n    c: 1\n', 'a.yaml', limits)).toEqual([]);
    expect(limitsHit('a:\n  b:\n    c:\n      d: 1\n', 'a.yaml', limits)).toEqual([
      '4:7-4:8 nesting deeper than 3 levels; a phone-number file needs five',
    ]);
    // an alias adds the depth of what it stands for to the depth where it is used
    expect(limitsHit('a: &a [x]\nb: [*a]\n', 'a.yaml', limits)).toEqual([]);
    expect(limitsHit('a: &a [[x]]\nb: [*a]\n', 'a.yaml', limits)).toEqual([
      '2:5-2:7 nesting deeper than 3 levels; a phone-number file needs five',
    ]);
  });

  it('maxDepth in JSON objects', () => {
    expect(limitsHit('{"a":{"b":{"c":1}}}', 'a.json', { maxDepth: 3 })).toEqual([]);
    expect(limitsHit('{"a":{"b":{"c":{"d":1}}}}', 'a.json', { maxDepth: 3 })).toEqual([
      '1:16-1:17 nesting deeper than 3 levels; a phone-number file needs five',
    ]);
  });

  it('the deepest maxDepth the config accepts reads without running out of stack', () => {
    for (const filePath of ['a.yaml', 'a.json']) {
      expect(limitsHit(nestedFlow(250), filePath, { maxDepth: 250 })).toEqual([]);
      expect(limitsHit(nestedFlow(251), filePath, { maxDepth: 250 })).toEqual([
        '1:251-1:252 nesting deeper than 250 levels; a phone-number file needs five',
      ]);
    }
    expect(limitsHit('{a: '.repeat(250) + '1' + '}'.repeat(250), 'a.yaml', { maxDepth: 250 })).toEqual([]);
    expect(limitsHit('- '.repeat(250) + 'x', 'a.yaml', { maxDepth: 250 })).toEqual([]);
    // a library caller's setting past the ceiling is refused, as a config file's is
    expect(() => limitsHit(nestedFlow(5000), 'a.yaml', { maxDepth: 1_000_000 })).toThrow(ConfigError);
    // and whatever reaches the loader unchecked is capped at the ceiling
    expect(limitsHit(Buffer.from(nestedFlow(5000)), 'a.yaml', { maxDepth: 1_000_000 })).toEqual([
      '1:251-1:252 nesting deeper than 250 levels; a phone-number file needs five',
    ]);
  });

  it('50,000 nested collections end in a diagnostic, not a stack overflow', () => {
    const deep = 50_000;
    const message = 'nesting deeper than 100 levels; a phone-number file needs five';
    expect(limitsHit('['.repeat(deep), 'a.yaml')).toEqual([`1:101-1:102 ${message}`]);
    expect(limitsHit(nestedFlow(deep), 'a.yaml')).toEqual([`1:101-1:102 ${message}`]);
    expect(limitsHit('- '.repeat(deep), 'a.yaml')).toEqual([`1:201-1:202 ${message}`]);
    expect(limitsHit('{a: '.repeat(deep), 'a.yaml')).toEqual([`1:401-1:402 ${message}`]);
    expect(limitsHit('? '.repeat(deep), 'a.yaml')).toEqual([`1:201-1:202 ${message}`]);
    expect(limitsHit('['.repeat(deep), 'a.json')).toEqual([`1:101-1:102 ${message}`]);
    expect(limitsHit(nestedFlow(deep), 'a.json')).toEqual([`1:101-1:102 ${message}`]);
    expect(limitsHit('{"a":'.repeat(deep), 'a.json')).toEqual([`1:501-1:502 ${message}`]);
    const indented = Array.from({ length: 2_000 }, (_, level) => `${' '.repeat(level)}a:`).join('\n');
    expect(limitsHit(indented, 'a.yaml')).toEqual([`101:101-101:102 ${message}`]);
  });

  it('maxDocuments: the documents before the limit are still checked', () => {
    const documents = (count: number) =>
      Array.from({ length: count }, (_, index) => validNumber.replace('"+14155550100"', `+1415555010${index}`)).join('---\n');
    const checked = (text: string) => lintText(text, { filePath: 'a.yaml', config: { limits: { maxDocuments: 3 } } }).diagnostics;
    expect(checked(documents(3)).map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId}`)).toEqual([
      '2 quoted-number',
      '7 quoted-number',
      '12 quoted-number',
    ]);
    expect(checked(documents(4)).map((diagnostic) => `${diagnostic.line} ${diagnostic.ruleId}`)).toEqual([
      '2 quoted-number',
      '7 quoted-number',
      '12 quoted-number',
      '15 resource-limit',
    ]);
    expect(limitsHit(documents(4), 'a.yaml', { maxDocuments: 3 })).toEqual(['15:1-15:2 more than 3 documents in one file; split the file']);
  });

  it('maxDocuments by default: 1,000 documents are read, the 1,001st is not', () => {
    expect(limitsHit('a: 1\n---\n'.repeat(999) + 'a: 1\n', 'a.yaml')).toEqual([]);
    expect(limitsHit('---\n'.repeat(1001), 'a.yaml')).toEqual(['1001:1-1001:2 more than 1000 documents in one file; split the file']);
  });

  it('maxAliasNodes counts the nodes that aliases add', () => {
    const limits = { maxAliasNodes: 8 };
    // each *a adds a sequence and its three items: four nodes
    const aliases = (count: number) => `a: &a [x, y, z]\nb: [${Array.from({ length: count }, () => '*a').join(', ')}]\n`;
    expect(limitsHit(aliases(2), 'a.yaml', limits)).toEqual([]);
    expect(limitsHit(aliases(3), 'a.yaml', limits)).toEqual([
      '2:13-2:15 aliases in this file expand to more than 8 nodes (limits.maxAliasNodes); write the values out instead of nesting or repeating aliases',
    ]);
    expect(limitsHit('a: &a x\nb: a\n', 'a.yaml', { maxAliasNodes: 0 })).toEqual([]);
    expect(limitsHit('a: &a x\nb: *a\n', 'a.yaml', { maxAliasNodes: 0 })).toEqual([
      '2:4-2:6 aliases in this file expand to more than 0 nodes (limits.maxAliasNodes); write the values out instead of nesting or repeating aliases',
    ]);
  });

  it('maxAliasNodes is one budget for all the documents of a file', () => {
    // the aliases add 4, 4, 2 and 1 nodes; the document between them has none
    const text = 'a: &a [x, y, z]\nb: [*a]\n---\na: &a [x, y, z]\nb: [*a]\n---\na: &a [x]\nb: *a\n---\nc: 1\n---\na: &a x\nb: *a\n';
    const message =
      'aliases in this file expand to more than 10 nodes (limits.maxAliasNodes); write the values out instead of nesting or repeating aliases';
    expect(limitsHit(text, 'a.yaml', { maxAliasNodes: 11 })).toEqual([]);
    expect(limitsHit(text, 'a.yaml', { maxAliasNodes: 10 })).toEqual([`13:4-13:6 ${message}`]);
    // once the budget is spent, every later document that needs an alias stops at its first one
    expect(limitsHit(text, 'a.yaml', { maxAliasNodes: 9 })).toEqual([
      `8:4-8:6 ${message.replace('10', '9')}`,
      `13:4-13:6 ${message.replace('10', '9')}`,
    ]);
  });

  it('billion laughs ends at the alias limit and is reported where the expansion starts', () => {
    const bomb = readFileSync(path.join(repoRoot, 'test/fixtures/load/alias-bomb.yaml'), 'utf8');
    expect(limitsHit(bomb, 'bomb.yaml')).toEqual([
      // nine to the sixth lists of nine: the seventh line's first alias passes a million nodes
      '7:8-7:10 aliases in this file expand to more than 1000000 nodes (limits.maxAliasNodes); write the values out instead of nesting or repeating aliases',
    ]);
    // nine more levels: 9^16 nodes if expanded, still stopped at the same budget
    const [hit] = limitsHit(flowAliasBomb(16), 'bomb.yaml');
    expect(hit).toMatch(/^7:\d+-7:\d+ aliases in this file expand to more than 1000000 nodes/);
  });

  for (const [filePath, mapping, keySpan, valueSpan] of [
    ['a.yaml', (key: string, value: string) => `${key}: "${value}"\n`, '1:1-1:7', '1:4-1:12'],
    ['a.json', (key: string, value: string) => `{"${key}": "${value}"}`, '1:2-1:10', '1:7-1:15'],
  ] as const) {
    it(`maxStringLength in ${filePath}: values and keys`, () => {
      const limits = { maxStringLength: 5 };
      expect(limitsHit(mapping('abcde', 'vwxyz'), filePath, limits)).toEqual([]);
      expect(limitsHit(mapping('abcdef', 'v'), filePath, limits)).toEqual([
        `${keySpan} string of 6 characters is longer than the limit of 5`,
      ]);
      expect(limitsHit(mapping('k', 'uvwxyz'), filePath, limits)).toEqual([
        `${valueSpan} string of 6 characters is longer than the limit of 5`,
      ]);
    });
  }

  it('maxStringLength counts characters after escapes are decoded, as in the loaded value', () => {
    const escaped = (count: number) => `{"a": "${'\\u0041'.repeat(count)}"}`;
    expect(limitsHit(escaped(5), 'a.json', { maxStringLength: 5 })).toEqual([]);
    expect(limitsHit(escaped(6), 'a.json', { maxStringLength: 5 })).toEqual([
      '1:7-1:45 string of 6 characters is longer than the limit of 5',
    ]);
    expect(limitsHit(`a: ${'x'.repeat(6)}\n`, 'a.yaml', { maxStringLength: 5 })).toEqual([
      '1:4-1:10 string of 6 characters is longer than the limit of 5',
    ]);
  });

  it('limits come from the config file, through the CLI', () => {
    const cwd = tempTree({
      '.byo-lintrc.yaml': 'limits:\n  maxDocuments: 1\n',
      'numbers.yaml': `${validNumber}---\n${validNumber}`,
      'one.phone-number.yaml': validNumber,
    });
    expect(runCli(['-f', 'compact', 'one.phone-number.yaml'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = runCli(['-f', 'compact', 'numbers.yaml'], { cwd });
    expect(run).toEqual({
      code: 1,
      stdout: 'numbers.yaml:5:1: error: more than 1 documents in one file; split the file [resource-limit]\n',
      stderr: '',
    });
  });

  it('a file past the size limit is refused without being read whole, even past what Node can read at once', () => {
    const cwd = tempTree({ '.byo-lintrc.yaml': 'limits:\n  maxFileBytes: 4096\n' });
    // a sparse file: three gibibytes on paper, no disk used
    const huge = openSync(path.join(cwd, 'huge.yaml'), 'w');
    ftruncateSync(huge, 3 * 1024 ** 3);
    closeSync(huge);
    expect(runCli(['-f', 'compact', 'huge.yaml'], { cwd })).toEqual({
      code: 1,
      stdout:
        'huge.yaml:1:1: error: file is larger than the limit of 4096 bytes (limits.maxFileBytes); split it into several files [resource-limit]\n',
      stderr: '',
    });
    // explain reads its files through the same bounded read
    expect(runCli(['explain', 'huge.yaml'], { cwd })).toEqual({
      code: 0,
      stdout:
        'configuration: .byo-lintrc.yaml\n\nhuge.yaml:1:1: not explained: file is larger than the limit of 4096 bytes (limits.maxFileBytes); split it into several files; run byo-lint on it\n',
      stderr: '',
    });
  });

  it('standard input is read no further than the size limit, so an endless stream ends', () => {
    const cwd = tempTree({ '.byo-lintrc.yaml': 'limits:\n  maxFileBytes: 4096\n' });
    const zero = openSync('/dev/zero', 'r');
    const endless = spawnSync(process.execPath, [cliPath, '-f', 'compact', '--stdin', '--stdin-filename', 'zero.yaml'], {
      cwd,
      stdio: [zero, 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 45_000,
    });
    closeSync(zero);
    expect([endless.status, endless.stderr]).toEqual([1, '']);
    expect(endless.stdout).toMatch(
      /^zero\.yaml:1:1: error: file is larger than the limit of 4096 bytes \(limits\.maxFileBytes\); split it into several files \[resource-limit\]\n$/,
    );
    // --fix prints standard input back, so it refuses what it could only print in part
    const fix = runCliBounded(['--fix', '--stdin'], { cwd, input: 'x'.repeat(5000) });
    expect(fix).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: standard input is larger than the limit of 4096 bytes (limits.maxFileBytes); --fix cannot print it back\n',
    });
  });

  it('the config rejects a maxDepth the parser could not honour', () => {
    const cwd = tempTree({ '.byo-lintrc.yaml': 'limits:\n  maxDepth: 1000\n', 'one.phone-number.yaml': validNumber });
    const run = runCli(['one.phone-number.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^byo-lint: invalid configuration .*\.byo-lintrc\.yaml:2:13: .*\n$/);
  });
});
