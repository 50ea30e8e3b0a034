import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ruleById } from '../src/rules/index.js';
import { repoRoot, runCli } from './helpers/cli.js';

/** The sections of the example's output, by heading. */
function sections(output: string): Map<string, string> {
  const parts = output.split(/^## /m).slice(1);
  return new Map(parts.map((part) => [part.slice(0, part.indexOf('\n')), part.slice(part.indexOf('\n') + 1)]));
}

it('examples/api.mjs runs and reports what the command line reports', () => {
  // from another directory: the example finds its files relative to itself
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'examples/api.mjs')], { cwd: tmpdir(), encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const output = sections(run.stdout);

  expect(output.get('lintText: 1 error(s), 0 warning(s)')).toBe(
    '2:9 error quoted-number /number: number +14155550100 is written without quotes and became the integer 14155550100; quote it: "+14155550100"\n',
  );

  const cli = runCli(['-f', 'compact', 'gitops', 'numbers.yaml', 'numbers.json'], { cwd: path.join(repoRoot, 'examples') });
  expect(cli.code).toBe(1);
  expect(output.get('lintFiles, compact format')).toBe(cli.stdout);

  const catalogue = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string; defaultSeverity: string }[];
  const heading = [...output.keys()].find((key) => key.startsWith('byo-lint '));
  expect(heading).toMatch(/^byo-lint \d+\.\d+\.\d+: 4 structural checks, \d+ configurable rules$/);
  const configurable = catalogue.filter((rule) => ruleById.has(rule.id)).map((rule) => `${rule.id} (${rule.defaultSeverity})`);
  expect(heading).toContain(`${configurable.length} configurable rules`);
  expect(output.get(heading!)).toBe(`${configurable.join(', ')}\n`);
});
