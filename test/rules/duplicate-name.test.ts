import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { ruleTable } from './rule-table.js';

const entry = (number: string, name: string) =>
  `- provider: byo-phone-number\n  number: "${number}"\n  name: ${name}\n  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n  assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n`;
const single = (number: string, name: string) =>
  entry(number, name)
    .replace(/^- /, '')
    .replace(/\n {2}/g, '\n');

ruleTable('duplicate-name', [
  { name: 'different names', text: entry('+14155550100', 'Support') + entry('+14155550101', 'Sales'), expected: [] },
  { name: 'entries without a name', text: entry('+14155550100', '""') + entry('+14155550101', '""'), expected: [] },
  {
    name: 'the same name ignoring case and surrounding spaces',
    text: entry('+14155550100', 'Support') + entry('+14155550101', '"  support "'),
    expected: [
      {
        line: 8,
        column: 9,
        severity: 'warning',
        path: '/1/name',
        message: 'name "  support " is already used at numbers.yaml:3:9; give each number its own name',
      },
    ],
  },
  { name: 'placeholders are not compared', text: entry('+14155550100', '${LINE}') + entry('+14155550101', '${LINE}'), expected: [] },
  {
    name: 'raised to error by the config',
    text: entry('+14155550100', 'Support') + entry('+14155550101', 'Support'),
    config: { rules: { 'duplicate-name': 'error' } },
    expected: [
      {
        line: 8,
        column: 9,
        severity: 'error',
        path: '/1/name',
        message: 'name "Support" is already used at numbers.yaml:3:9; give each number its own name',
      },
    ],
  },
]);

describe('duplicate-name across the files of one run', () => {
  const files = {
    'phone-numbers/a.yaml': single('+14155550100', 'Support'),
    'phone-numbers/b.yaml': single('+14155550101', 'Sales'),
    'phone-numbers/c.yaml': entry('+14155550102', 'SALES') + entry('+14155550103', 'Support'),
  };
  const message = (name: string, other: string) =>
    `name "${name}" is already used at phone-numbers/${other}:3:7; give each number its own name`;

  it('reports each later occurrence and names the earlier file as related', async () => {
    const results = await lintFiles(['.'], { cwd: tempTree(files) });
    const found = results.flatMap((result) =>
      result.diagnostics
        .filter((diagnostic) => diagnostic.ruleId === 'duplicate-name')
        .map(({ filePath, line, column, severity, message, related }) => ({ filePath, line, column, severity, message, related })),
    );
    expect(found).toEqual([
      {
        filePath: 'phone-numbers/c.yaml',
        line: 3,
        column: 9,
        severity: 'warning',
        message: message('SALES', 'b.yaml'),
        related: [{ message: 'first defined here', filePath: 'phone-numbers/b.yaml', line: 3, column: 7 }],
      },
      {
        filePath: 'phone-numbers/c.yaml',
        line: 8,
        column: 9,
        severity: 'warning',
        message: message('Support', 'a.yaml'),
        related: [{ message: 'first defined here', filePath: 'phone-numbers/a.yaml', line: 3, column: 7 }],
      },
    ]);
  });

  it('reports them through the built CLI, as warnings that do not fail the run', () => {
    const run = runCli(['--no-config-lookup', '-f', 'compact', '.'], { cwd: tempTree(files) });
    expect(run).toEqual({
      code: 0,
      stdout: [
        `phone-numbers/c.yaml:3:9: warning: ${message('SALES', 'b.yaml')} [duplicate-name]`,
        `phone-numbers/c.yaml:8:9: warning: ${message('Support', 'a.yaml')} [duplicate-name]`,
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
