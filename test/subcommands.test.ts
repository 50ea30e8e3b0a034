import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { semanticRuleIds } from '../src/schema/config-model.js';
import { repoRoot, runCli } from './helpers/cli.js';

describe('byo-lint rules', () => {
  it('lists the catalogue as json items of the contract shape', () => {
    const run = runCli(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const items = JSON.parse(run.stdout) as { id: string; defaultSeverity: string; fixable: boolean; description: string }[];
    expect(items.map((item) => item.id)).toEqual([
      'syntax',
      'duplicate-key',
      'resource-limit',
      'schema',
      'unused-directive',
      ...rules.map((rule) => rule.meta.id),
    ]);
    for (const item of items) {
      expect(Object.keys(item)).toEqual(['id', 'defaultSeverity', 'fixable', 'description']);
      expect(['error', 'warn']).toContain(item.defaultSeverity);
      expect(item.description).toMatch(/^[a-z]/);
    }
    expect(items.find((item) => item.id === 'quoted-number')).toMatchObject({ defaultSeverity: 'error', fixable: true });
  });

  it('takes -f for --format, as linting does', () => {
    const short = runCli(['rules', '-f', 'json']);
    expect(short.code).toBe(0);
    expect(short.stdout).toBe(runCli(['rules', '--format', 'json']).stdout);
  });

  it('prints text and markdown', () => {
    expect(runCli(['rules']).stdout).toMatch(/^syntax +always +a YAML or JSON syntax error/);
    const markdown = runCli(['rules', '--format', 'markdown']).stdout;
    expect(markdown.split('\n').slice(0, 2)).toEqual(['| rule | default | fixable | reports |', '|---|---|---|---|']);
    expect(markdown).toContain('| [`quoted-number`](docs/rules/quoted-number.md) | error | yes |');
  });

  it('every rule id is one the config accepts', () => {
    for (const rule of rules) expect(semanticRuleIds).toContain(rule.meta.id);
  });
});

describe('options before a subcommand', () => {
  it('are a usage error that says where they belong, not dropped', () => {
    const misplaced = (flag: string, name: string) =>
      `byo-lint: ${flag} before "${name}" is not read by it; write it after the subcommand: byo-lint ${name} ${flag} …\n`;
    expect(runCli(['-f', 'json', 'rules'])).toEqual({ code: 2, stdout: '', stderr: misplaced('--format', 'rules') });
    expect(runCli(['-c', 'other.yaml', 'explain', 'a.yaml'])).toEqual({ code: 2, stdout: '', stderr: misplaced('--config', 'explain') });
    expect(runCli(['--no-config-lookup', 'explain', 'a.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: misplaced('--no-config-lookup', 'explain'),
    });
    expect(runCli(['--quiet', 'schema'])).toEqual({ code: 2, stdout: '', stderr: 'byo-lint: "schema" takes no --quiet\n' });
    // after the subcommand they are its own
    expect(runCli(['rules', '--format', 'json']).code).toBe(0);
  });
});

describe('byo-lint schema', () => {
  it('prints the shipped schemas byte for byte', () => {
    expect(runCli(['schema']).stdout).toBe(readFileSync(path.join(repoRoot, 'schemas/byo-phone-numbers.schema.json'), 'utf8'));
    expect(runCli(['schema', '--config']).stdout).toBe(readFileSync(path.join(repoRoot, 'schemas/byo-lint-config.schema.json'), 'utf8'));
  });
});

describe('the shipped example configs', () => {
  it('the valid one loads', () => {
    const run = runCli(['-c', 'examples/configs/byo-lintrc.yaml', '--print-config', 'examples/numbers.yaml']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rules: { 'prefer-e164': 'warn', 'fallback-destination': 'error' } });
  });

  it('the invalid one is rejected with the position of each of its problems', () => {
    const run = runCli(['-c', 'examples/configs/invalid-byo-lintrc.yaml', 'examples/numbers.yaml']);
    const file = path.join(repoRoot, 'examples/configs/invalid-byo-lintrc.yaml');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `byo-lint: invalid configuration ${file}:3:3: unknown rule "prefer-e.164"; did you mean "prefer-e164"?\n` +
        `byo-lint: invalid configuration ${file}:4:25: "fallback-destination" is the string "sometimes"; expected one of "off", "warn", "error", 0, 1, 2\n`,
    });
  });
});
