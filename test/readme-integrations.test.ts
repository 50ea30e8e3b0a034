import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot, runCli } from './helpers/cli.js';
import { projectWithByoLint } from './helpers/project.js';
import { validNumber } from './helpers/tmp.js';

const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The fenced code blocks of the README's Editors and Integrations sections. */
const blocks = [
  ...readme.slice(readme.indexOf('\n## Editors\n'), readme.indexOf('\n## Library\n')).matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm),
].map(([, language, code]) => ({ language, code }));
const block = (language: string, marker: string) => {
  const found = blocks.find((candidate) => candidate.language === language && candidate.code.includes(marker));
  if (!found) throw new Error(`no ${language} block with ${marker} in the README`);
  return found.code;
};

describe("the README's editor and integration recipes", () => {
  it('are valid JSON and YAML', () => {
    const data = blocks.filter((candidate) => candidate.language === 'json' || candidate.language === 'yaml');
    expect(data.length).toBeGreaterThanOrEqual(8);
    for (const { language, code } of data) {
      if (language === 'json') expect(() => JSON.parse(code), code).not.toThrow();
      else expect(parseYaml(code, { prettyErrors: true }), code).toBeDefined();
    }
  });

  it('show the VS Code settings that byo-lint init writes', () => {
    const dir = projectWithByoLint();
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')) as unknown;
    expect(JSON.parse(block('json', '"yaml.schemas"'))).toEqual(written);
  });

  it("give VS Code a problem matcher that reads the compact format's every line", () => {
    const tasks = JSON.parse(block('json', '"problemMatcher"')) as { tasks: { problemMatcher: { pattern: { regexp: string } } }[] };
    const pattern = new RegExp(tasks.tasks[0].problemMatcher.pattern.regexp);
    const compact = runCli(['-f', 'compact', 'examples/'], { cwd: repoRoot });
    const json = JSON.parse(runCli(['-f', 'json', 'examples/'], { cwd: repoRoot }).stdout) as {
      filePath: string;
      messages: { line: number; column: number; severity: number; message: string; ruleId: string }[];
    }[];
    const parsed = compact.stdout
      .trimEnd()
      .split('\n')
      .map((line) => pattern.exec(line)?.slice(1));
    const expected = json.flatMap((result) =>
      result.messages.map((message) => [
        path.relative(repoRoot, result.filePath),
        String(message.line),
        String(message.column),
        message.severity === 2 ? 'error' : 'warning',
        message.message,
        message.ruleId,
      ]),
    );
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed).toEqual(expected);
  });

  it('use the hook this repository defines', () => {
    const hooks = parseYaml(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; language: string }[];
    const config = parseYaml(block('yaml', 'repos:')) as { repos: { repo: string; hooks: { id: string }[] }[] };
    expect(config.repos[0].hooks.map((hook) => hook.id)).toEqual(hooks.map((hook) => hook.id));
    expect(hooks).toEqual([expect.objectContaining({ id: 'byo-lint', language: 'node' })]);
  });

  it('upload the SARIF file the GitHub workflow writes, and report what the GitLab job writes', () => {
    const workflow = parseYaml(block('yaml', 'upload-sarif')) as {
      jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
    };
    const steps = Object.values(workflow.jobs)[0].steps;
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual([
      'npm ci',
      'npx byo-lint --format github',
      'npx byo-lint --format sarif --output-file byo-lint.sarif',
    ]);
    expect(steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))?.with?.sarif_file).toBe('byo-lint.sarif');

    const gitlab = parseYaml(block('yaml', 'codequality')) as {
      'byo-lint': { script: string[]; artifacts: { reports: { codequality: string; junit: string } } };
    };
    const job = gitlab['byo-lint'];
    expect(job.script.join('\n')).toContain(`--format gitlab --output-file ${job.artifacts.reports.codequality}`);
    expect(job.script.join('\n')).toContain(`--format junit --output-file ${job.artifacts.reports.junit}`);
  });
});

describe("the README's lint-staged recipe, through the real lint-staged", () => {
  const lintStaged = path.join(repoRoot, 'node_modules/lint-staged/bin/lint-staged.js');
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.com' };
  const run = (command: string, args: readonly string[], cwd: string) => {
    const result = spawnSync(command, args, {
      cwd,
      encoding: 'utf8',
      env: { ...env, GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.com' },
    });
    return { code: result.status, output: result.stdout + result.stderr };
  };

  /** A git project set up as the recipe says, with these files staged. */
  function stagedProject(files: Record<string, string>): string {
    const recipe = JSON.parse(block('json', '"lint-staged"')) as Record<string, unknown>;
    const dir = projectWithByoLint({ 'package.json': JSON.stringify({ name: 'phones', private: true, ...recipe }), ...files });
    for (const args of [
      ['init', '--quiet'],
      ['add', 'package.json'],
      ['commit', '--quiet', '-m', 'start'],
      ['add', '.'],
    ]) {
      const git = run('git', args, dir);
      if (git.code !== 0) throw new Error(`git ${args.join(' ')}: ${git.output}`);
    }
    return dir;
  }

  it('lints the staged number files in one run, so that a number staged in two places is found', () => {
    const dir = stagedProject({
      'numbers.yaml': validNumber,
      'phone-numbers/us/main.yaml': validNumber,
      // broken, but not a phone-number file by the recipe's pattern
      'settings.yaml': 'number: +1415\n',
    });
    const result = run(process.execPath, [lintStaged], dir);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain('2:9  error  number "+14155550100" is already defined at numbers.yaml:2:9');
    expect(result.output).not.toContain('settings.yaml');
  }, 60_000);

  it('passes staged files that are all valid, at the root and in nested directories', () => {
    const dir = stagedProject({
      'support.phone-number.yml': validNumber,
      'phone-numbers/eu/de.json': JSON.stringify({ ...(parseYaml(validNumber) as object), number: '+4930555501' }),
    });
    const result = run(process.execPath, [lintStaged], dir);
    expect(result.code, result.output).toBe(0);
    const [pattern] = Object.keys((JSON.parse(block('json', '"lint-staged"')) as { 'lint-staged': object })['lint-staged']);
    expect(result.output).toContain(`${pattern} — 2 files`);
  }, 60_000);
});
