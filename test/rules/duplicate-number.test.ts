import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { ruleTable } from './rule-table.js';

const entry = (number: string) => [
  `- provider: byo-phone-number`,
  `  number: ${number}`,
  `  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23`,
  `  assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e`,
];
const list = (...numbers: string[]) => [...numbers.flatMap(entry), ''].join('\n');
const single = (number: string) =>
  list(number)
    .replace(/^- /, '')
    .replace(/\n {2}/g, '\n');

ruleTable('duplicate-number', [
  { name: 'different numbers', text: list('"+14155550100"', '"+14155550101"'), expected: [] },
  {
    name: 'the same number twice in a list: the later one is reported',
    text: list('"+14155550100"', '"+14155550101"', '"+14155550100"'),
    expected: [
      {
        line: 10,
        column: 11,
        severity: 'error',
        path: '/2/number',
        message:
          'number "+14155550100" is already defined at numbers.yaml:2:11; define each number once, or its inbound routing is ambiguous',
      },
    ],
  },
  {
    name: 'formatting and a leading "+" are ignored',
    text: list('"+14155550100"', '"+1 (415) 555-0100"', '"1.415.555.0100"'),
    expected: [6, 10].map((line, index) => ({
      line,
      column: 11,
      severity: 'error' as const,
      path: `/${index + 1}/number`,
      message: `number "${['+1 (415) 555-0100', '1.415.555.0100'][index]}" is already defined at numbers.yaml:2:11; define each number once, or its inbound routing is ambiguous`,
    })),
  },
  {
    name: 'an unquoted number counts by its digits',
    text: list('"+14155550100"', '+14155550100'),
    expected: [
      {
        line: 6,
        column: 11,
        severity: 'error',
        path: '/1/number',
        message:
          'number "14155550100" is already defined at numbers.yaml:2:11; define each number once, or its inbound routing is ambiguous',
      },
    ],
  },
  { name: 'letters are compared as written', text: list('"frontdesk"', '"FrontDesk"'), expected: [] },
  { name: 'placeholders are not compared', text: list('"${SUPPORT_NUMBER}"', '"${SUPPORT_NUMBER}"'), expected: [] },
  {
    name: 'across the documents of one file',
    text: `${single('"+14155550100"')}---\n${single('"+14155550100"')}`,
    expected: [
      {
        line: 7,
        column: 9,
        severity: 'error',
        path: '/number',
        message:
          'number "+14155550100" is already defined at numbers.yaml:2:9; define each number once, or its inbound routing is ambiguous',
      },
    ],
  },
  {
    name: 'configured as a warning',
    text: list('"+14155550100"', '"+14155550100"'),
    config: { rules: { 'duplicate-number': 'warn' } },
    expected: [
      {
        line: 6,
        column: 11,
        severity: 'warning',
        path: '/1/number',
        message:
          'number "+14155550100" is already defined at numbers.yaml:2:11; define each number once, or its inbound routing is ambiguous',
      },
    ],
  },
  { name: 'turned off', text: list('"+14155550100"', '"+14155550100"'), config: { rules: { 'duplicate-number': 'off' } }, expected: [] },
]);

describe('duplicate-number across the files of one run', () => {
  const files = {
    'phone-numbers/a-support.yaml': single('"+14155550100"'),
    'phone-numbers/b-sales.yaml': single('"+442071838750"'),
    'phone-numbers/c-all.yaml': `phoneNumbers:\n${list('"14155550100"', '"+44 20 7183 8750"', '"+14155550199"')
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n')}`,
  };

  it('reports each later occurrence and names the earlier file as related', async () => {
    const cwd = tempTree(files);
    const results = await lintFiles(['.'], { cwd });
    const found = results.flatMap((result) =>
      result.diagnostics
        .filter((diagnostic) => diagnostic.ruleId === 'duplicate-number')
        .map(({ filePath, line, column, message, related }) => ({ filePath, line, column, message, related })),
    );
    expect(found).toEqual([
      {
        filePath: 'phone-numbers/c-all.yaml',
        line: 3,
        column: 13,
        message:
          'number "14155550100" is already defined at phone-numbers/a-support.yaml:2:9; define each number once, or its inbound routing is ambiguous',
        related: [{ message: 'first defined here', filePath: 'phone-numbers/a-support.yaml', line: 2, column: 9 }],
      },
      {
        filePath: 'phone-numbers/c-all.yaml',
        line: 7,
        column: 13,
        message:
          'number "+44 20 7183 8750" is already defined at phone-numbers/b-sales.yaml:2:9; define each number once, or its inbound routing is ambiguous',
        related: [{ message: 'first defined here', filePath: 'phone-numbers/b-sales.yaml', line: 2, column: 9 }],
      },
    ]);
  });

  it('reports them through the built CLI', () => {
    const cwd = tempTree(files);
    const run = runCli(['--no-config-lookup', '-f', 'compact', '.'], { cwd });
    expect(run.stdout.split('\n').filter((line) => line.endsWith('[duplicate-number]'))).toEqual([
      'phone-numbers/c-all.yaml:3:13: error: number "14155550100" is already defined at phone-numbers/a-support.yaml:2:9; define each number once, or its inbound routing is ambiguous [duplicate-number]',
      'phone-numbers/c-all.yaml:7:13: error: number "+44 20 7183 8750" is already defined at phone-numbers/b-sales.yaml:2:9; define each number once, or its inbound routing is ambiguous [duplicate-number]',
    ]);
    expect(run.code).toBe(1);
  });
});
