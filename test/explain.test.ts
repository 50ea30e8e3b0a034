import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectExplanations } from '../src/commands/explain.js';
import { lintFiles } from '../src/lint.js';
import { readConfigFile } from '../src/config/load.js';
import { repoRoot, runCli } from './helpers/cli.js';

/** Golden outputs of `byo-lint explain`; `UPDATE_GOLDEN=1` rewrites them, to be reviewed in the diff. */
function expectGolden(name: string, actual: string): void {
  const expectedFile = path.join(repoRoot, 'test/explain', `${name}.out`);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, actual);
  expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
}

const routingArgs = [
  '-c',
  'test/explain/org-none.config.yaml',
  'test/explain/routing.yaml',
  'test/explain/broken.yaml',
  'test/explain/partly-broken.yaml',
  'test/explain/empty.yaml',
];

describe('byo-lint explain', () => {
  it('explains the examples without a configuration', () => {
    const run = runCli(['explain', '--no-config-lookup', 'examples']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectGolden('examples', run.stdout);
  });

  it("explains the examples with the example configuration's org and assistants", () => {
    const run = runCli([
      'explain',
      '--config',
      'examples/configs/byo-lintrc.yaml',
      'examples/gitops/phone-numbers/sales-uk.yaml',
      'examples/gitops/phone-numbers/support-us.yaml',
      'examples/numbers.json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectGolden('examples-with-config', run.stdout);
  });

  it('explains every routing case, a file it cannot read as data and an empty one', () => {
    const run = runCli(['explain', ...routingArgs]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expectGolden('routing', run.stdout);
  });

  it('never prints a secret, only where it is set', () => {
    const run = runCli(['explain', ...routingArgs]);
    for (const secret of ['Zq8vLw3NpR6tYb1KxC4mHs7Dj', 'hunter2', 'prod-', 'urlpass77']) expect(run.stdout).not.toContain(secret);
    expect(run.stdout).toContain('secret: set on the number (a literal; value hidden)');
  });

  it('finds the configuration as the lint command does', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'byo-lint-explain-'));
    writeFileSync(path.join(project, 'package.json'), '{}\n');
    writeFileSync(path.join(project, '.byo-lintrc.yaml'), 'org:\n  serverUrl: https://org.example.com/vapi\n');
    writeFileSync(path.join(project, 'lobby.yaml'), 'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: c\n');
    const run = runCli(['explain', 'lobby.yaml'], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('configuration: .byo-lintrc.yaml');
    expect(run.stdout).toContain(
      '  answers inbound calls: whichever assistant, squad or destination the assistant-request to https://org.example.com/vapi (org) returns',
    );
    const without = runCli(['explain', '--no-config-lookup', 'lobby.yaml'], { cwd: project });
    expect(without.stdout.split('\n')[0]).toBe("configuration: none; the org's and the assistants' settings are unknown");
  });

  it('exits 2 with one line on stderr for a file it cannot read', () => {
    const run = runCli(['explain', 'test/explain/missing.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^byo-lint: .*test\/explain\/missing\.yaml/);
  });

  it('exits 2 for a configuration it cannot use', () => {
    const run = runCli(['explain', '-c', 'examples/configs/invalid-byo-lintrc.yaml', 'examples/numbers.yaml']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^byo-lint: .*invalid-byo-lintrc\.yaml/);
  });

  it('needs at least one path', () => {
    const run = runCli(['explain']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('paths');
  });
});

describe('explain and the routing rules agree', () => {
  it('a number explain says hangs up on a failed request is the one inbound-hangup or fallback-destination reports', async () => {
    const options = { cwd: repoRoot, config: 'test/explain/org-none.config.yaml', configLookup: false };
    const { files } = await collectExplanations(['test/explain/routing.yaml'], options);
    const [result] = await lintFiles(['test/explain/routing.yaml'], {
      cwd: repoRoot,
      config: await readConfigFile(path.join(repoRoot, options.config)),
    });
    const hangUpLines = files[0].numbers.filter((item) => item.routing.onRequestFailure === 'hang-up').map((item) => item.line);
    const reportedLines = result.diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'inbound-hangup' || diagnostic.ruleId === 'fallback-destination')
      .map((diagnostic) => diagnostic.line);
    expect(hangUpLines).toEqual([3, 38, 64]);
    expect(reportedLines).toEqual(hangUpLines);
    const unusedLines = result.diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'unused-fallback')
      .map((diagnostic) => diagnostic.line);
    const ambiguous = files[0].numbers.find((item) => item.name === 'Ambiguous')!;
    expect(ambiguous.routing.onRequestFailure).toBe('not-applicable');
    expect(unusedLines).toEqual([ambiguous.line + 6]);
  });
});
