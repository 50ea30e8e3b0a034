import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';
import { validNumber } from './helpers/tmp.js';

interface ProcessRun {
  code: number;
  output: string;
}

/** Runs a real process to its end; installing the hook's environment takes a minute, so it is async. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<ProcessRun> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, output: stdout + stderr });
    });
  });
}

async function git(args: readonly string[], cwd: string): Promise<void> {
  const result = await run('git', args, cwd);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.output}`);
}

let broken: ProcessRun;
let good: ProcessRun;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'byo-lint-pre-commit-'));
  // pre-commit installs hooks from a git repository at a commit: a clone of HEAD is what users
  // (and CI) get, untouched by uncommitted work in this tree
  const hookRepo = path.join(root, 'byo-lint');
  await git(['clone', '--quiet', repoRoot, hookRepo], root);

  const project = path.join(root, 'project');
  mkdirSync(path.join(project, 'phone-numbers'), { recursive: true });
  writeFileSync(path.join(project, 'phone-numbers/broken.yaml'), validNumber.replace('"+14155550100"', '+14155550142'));
  writeFileSync(path.join(project, 'phone-numbers/good.yaml'), validNumber);
  // broken too, but outside the hook's `files` pattern
  writeFileSync(path.join(project, 'settings.yaml'), 'provider: byo-phone-number\nnumber: +1415\n');
  await git(['init', '--quiet'], project);
  await git(['add', '.'], project);

  const env = { ...process.env, PRE_COMMIT_HOME: path.join(root, 'cache'), PRE_COMMIT_COLOR: 'never', NO_COLOR: '1' };
  const tryRepo = (...files: string[]) => run('pre-commit', ['try-repo', hookRepo, 'byo-lint', '--files', ...files], project, env);
  [broken, good] = await Promise.all([tryRepo('phone-numbers/broken.yaml'), tryRepo('phone-numbers/good.yaml', 'settings.yaml')]);
}, 600_000);

describe('the pre-commit hook, through the real pre-commit tool', () => {
  it('fails on a broken file and shows the diagnostic', () => {
    expect(broken.output).toMatch(/^byo-lint\.+Failed$/m);
    expect(broken.output).toContain('phone-numbers/broken.yaml\n');
    expect(broken.output).toMatch(
      /^ {2}2:9 {2}error {2}number \+14155550142 is written without quotes and became the integer 14155550142; quote it: "\+14155550142" {2}quoted-number$/m,
    );
    expect(broken.code).toBe(1);
  });

  it('passes on a good file and leaves files outside its pattern alone', () => {
    expect(good.output).toMatch(/^byo-lint\.+Passed$/m);
    expect(good.output).not.toContain('settings.yaml');
    expect(good.code, good.output).toBe(0);
  });
});
