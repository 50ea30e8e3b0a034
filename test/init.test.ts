import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot, runCli } from './helpers/cli.js';
import { projectWithByoLint } from './helpers/project.js';
import { tempTree, validNumber } from './helpers/tmp.js';

// jsonc-parser's main entry is CommonJS (UMD); VS Code's own parser for settings with comments
const { parse: parseJsonc } = createRequire(import.meta.url)('jsonc-parser') as { parse: (text: string) => unknown };

const yamlGlobs = [
  '**/*.phone-number.yaml',
  '**/*.phone-number.yml',
  '**/phone-numbers/**/*.yaml',
  '**/phone-numbers/**/*.yml',
  '**/numbers.yaml',
  '**/numbers.yml',
];
const jsonGlobs = ['**/*.phone-number.json', '**/phone-numbers/**/*.json', '**/numbers.json'];

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
/** The schema as init writes it in a project that installs byo-lint. */
const installedSchema = './node_modules/byo-lint/schemas/byo-phone-numbers.schema.json';

describe('byo-lint init', () => {
  it('writes a starter config and the VS Code association with paths into node_modules', () => {
    const dir = projectWithByoLint({ 'phone-numbers/support.yaml': validNumber });
    const result = runCli(['init'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote \.byo-lintrc\.yaml\nwrote \.vscode\/settings\.json: /);

    const schema = './node_modules/byo-lint/schemas/byo-phone-numbers.schema.json';
    expect(JSON.parse(read(dir, '.vscode/settings.json'))).toEqual({
      'yaml.schemas': { [schema]: yamlGlobs },
      'json.schemas': [{ fileMatch: jsonGlobs, url: schema }],
    });
    const config = read(dir, '.byo-lintrc.yaml');
    expect(config.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/byo-lint/schemas/byo-lint-config.schema.json');
    expect(existsSync(path.join(dir, 'node_modules/byo-lint/schemas/byo-lint-config.schema.json'))).toBe(true);

    // byo-lint finds the new config and accepts it
    const printed = runCli(['--print-config', 'phone-numbers/support.yaml'], { cwd: dir });
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout).configFile).toBe(path.join(dir, '.byo-lintrc.yaml'));
    expect(runCli([], { cwd: dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('writes a config whose commented-out settings are valid when uncommented', () => {
    const dir = projectWithByoLint();
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const uncommented = read(dir, '.byo-lintrc.yaml').replace(/^# (\s+[-a-z"]|[a-z]+:$)/gm, '$1');
    const settings = parseYaml(uncommented) as Record<string, unknown>;
    expect(Object.keys(settings).sort()).toEqual(['assistants', 'credentials', 'files', 'ignores', 'org', 'overrides', 'rules', 'squads']);
    writeFileSync(path.join(dir, 'full.yaml'), uncommented);
    const printed = runCli(['-c', 'full.yaml', '--print-config', 'staging/a.yaml'], { cwd: dir });
    expect(printed.stderr).toBe('');
    expect(printed.code).toBe(0);
  });

  it('prints pre-commit and GitHub Actions snippets that parse', () => {
    const result = runCli(['init'], { cwd: projectWithByoLint() });
    const blocks = result.stdout.split('\n\n').filter((block) => block.startsWith('# .'));
    expect(blocks.map((block) => block.split('\n')[0])).toEqual(['# .pre-commit-config.yaml', '# .github/workflows/byo-lint.yml']);
    const [preCommit, workflow] = blocks.map((block) => parseYaml(block) as Record<string, unknown>);
    expect(preCommit).toEqual({
      repos: [{ repo: 'https://github.com/byo-lint/byo-lint', rev: expect.stringMatching(/^v\d+\.\d+\.\d+/), hooks: [{ id: 'byo-lint' }] }],
    });
    expect(JSON.stringify(workflow)).toContain('"run":"npx byo-lint --format github"');
  });

  it('in a subdirectory, finds byo-lint installed at the root as Node does and writes paths relative to it', () => {
    const root = projectWithByoLint();
    const dir = path.join(root, 'config/vapi');
    mkdirSync(dir, { recursive: true });
    const result = runCli(['init'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const schema = '../../node_modules/byo-lint/schemas/byo-phone-numbers.schema.json';
    expect(JSON.parse(read(dir, '.vscode/settings.json'))).toEqual({
      'yaml.schemas': { [schema]: yamlGlobs },
      'json.schemas': [{ fileMatch: jsonGlobs, url: schema }],
    });
    const modeline = '# yaml-language-server: $schema=../../node_modules/byo-lint/schemas/byo-lint-config.schema.json';
    expect(read(dir, '.byo-lintrc.yaml').split('\n')[0]).toBe(modeline);
    expect(existsSync(path.join(dir, schema))).toBe(true);
  });

  it('in a subdirectory of a configured project, keeps the project config, which a new one there would hide from runs there', () => {
    const ours = 'org: { serverUrl: null } # ours\n';
    const root = projectWithByoLint({ '.byo-lintrc.yaml': ours, 'config/vapi/phone-numbers/lobby.yaml': 'provider: byo-phone-number\n' });
    const dir = path.join(root, 'config/vapi');
    for (const args of [['init'], ['init', '--force']]) {
      const result = runCli(args, { cwd: dir });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout.split('\n')[0]).toBe(
        `kept ${path.join('..', '..', '.byo-lintrc.yaml')}, which configures byo-lint here: a .byo-lintrc.yaml here would hide it`,
      );
      expect(existsSync(path.join(dir, '.byo-lintrc.yaml'))).toBe(false);
      expect(read(root, '.byo-lintrc.yaml')).toBe(ours);
      expect(Object.keys(JSON.parse(read(dir, '.vscode/settings.json'))['yaml.schemas'] as object)).toEqual([
        '../../node_modules/byo-lint/schemas/byo-phone-numbers.schema.json',
      ]);
    }
    // a run from there still reads the project's org: inbound-hangup says the org has no server URL
    const lint = runCli(['-f', 'compact', 'phone-numbers/lobby.yaml'], { cwd: dir });
    expect(lint.stdout).toContain('phone-numbers/lobby.yaml:1:1: error: every inbound call is hung up');
    expect(lint.stdout).not.toContain('does not declare');
  });

  it('points at the running byo-lint with file URLs, and says so, when the project does not install it', () => {
    const dir = tempTree({});
    const result = runCli(['init'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^byo-lint: note: byo-lint is not installed in this project, .*\n$/);
    const schema = pathToFileURL(path.join(repoRoot, 'schemas/byo-phone-numbers.schema.json')).href;
    expect(JSON.parse(read(dir, '.vscode/settings.json'))['yaml.schemas']).toEqual({ [schema]: yamlGlobs });
  });

  it('keeps a config without --force and still writes the association; --force replaces the config', () => {
    const dir = projectWithByoLint({ '.byo-lintrc.yaml': 'rules: { prefer-e164: off } # ours\n' });
    const kept = runCli(['init'], { cwd: dir });
    expect(kept.code).toBe(0);
    expect(kept.stdout.split('\n')[0]).toBe('kept .byo-lintrc.yaml; `byo-lint init --force` replaces it with the starter');
    expect(read(dir, '.byo-lintrc.yaml')).toBe('rules: { prefer-e164: off } # ours\n');
    expect(Object.keys(JSON.parse(read(dir, '.vscode/settings.json'))['yaml.schemas'] as object)).toEqual([installedSchema]);

    expect(runCli(['init', '--force'], { cwd: dir }).code).toBe(0);
    expect(read(dir, '.byo-lintrc.yaml')).toContain('rules: {}\n');
  });

  it.each([
    ['.byo-lintrc.json', '{}\n'],
    ['byo-lint.config.mjs', 'export default {};\n'],
    ['package.json', '{ "name": "phones", "byo-lint": { "rules": {} } }\n'],
  ])('keeps %s, which configures byo-lint, even with --force, and writes the association', (file, content) => {
    const dir = projectWithByoLint({ [file]: content });
    const run = runCli(['init', '--force'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`kept ${file}, which configures byo-lint: a .byo-lintrc.yaml would not be used`);
    expect(read(dir, file)).toBe(content);
    expect(existsSync(path.join(dir, '.byo-lintrc.yaml'))).toBe(false);
    expect(Object.keys(JSON.parse(read(dir, '.vscode/settings.json'))['yaml.schemas'] as object)).toEqual([installedSchema]);
  });

  it('replaces an association with a schema elsewhere, as init before the install wrote it, rather than keep both', () => {
    const dir = tempTree({ 'package.json': '{ "name": "phones", "private": true }\n' });
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const absolute = pathToFileURL(path.join(repoRoot, 'schemas/byo-phone-numbers.schema.json')).href;
    expect(Object.keys(JSON.parse(read(dir, '.vscode/settings.json'))['yaml.schemas'] as object)).toEqual([absolute]);
    // `npm install --save-dev byo-lint`, then init again as the note says
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(repoRoot, path.join(dir, 'node_modules', 'byo-lint'), 'dir');
    expect(runCli(['init', '--force'], { cwd: dir }).code).toBe(0);
    const settings = JSON.parse(read(dir, '.vscode/settings.json')) as { 'yaml.schemas': object; 'json.schemas': { url: string }[] };
    expect(Object.keys(settings['yaml.schemas'])).toEqual([installedSchema]);
    expect(settings['json.schemas'].map((entry) => entry.url)).toEqual([installedSchema]);
  });

  it('a package.json that is not JSON is one line and exit 2, and nothing is written', () => {
    const dir = projectWithByoLint({ 'package.json': '{ "name": "phones", }\n' });
    const refused = runCli(['init'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^byo-lint: cannot read package\.json: \S.*\n$/);
    expect(refused.stderr).not.toContain('internal error');
    expect(existsSync(path.join(dir, '.byo-lintrc.yaml'))).toBe(false);
  });

  it('merges into VS Code settings with comments, keeping every other key, and adds nothing the second time', () => {
    const schema = './node_modules/byo-lint/schemas/byo-phone-numbers.schema.json';
    const settings = `{
    // keep this comment
    "editor.tabSize": 4,
    "yaml.schemas": {
        "./other.schema.json": "*.other.yaml",
        "${schema}": ["custom/*.yaml"],
    },
    "json.schemas": [{ "fileMatch": ["*.other.json"], "url": "./other.schema.json" }],
}
`;
    const dir = projectWithByoLint({ '.vscode/settings.json': settings });
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const merged = read(dir, '.vscode/settings.json');
    expect(merged).toContain('    // keep this comment\n    "editor.tabSize": 4,\n');
    expect(parseJsonc(merged)).toEqual({
      'editor.tabSize': 4,
      'yaml.schemas': { './other.schema.json': '*.other.yaml', [schema]: ['custom/*.yaml', ...yamlGlobs] },
      'json.schemas': [
        { fileMatch: ['*.other.json'], url: './other.schema.json' },
        { fileMatch: jsonGlobs, url: schema },
      ],
    });

    expect(runCli(['init', '--force'], { cwd: dir }).code).toBe(0);
    expect(read(dir, '.vscode/settings.json')).toBe(merged);
  });

  it.each([
    [
      '{ "editor.tabSize": }\n',
      'byo-lint: cannot update .vscode/settings.json: value expected at 1:21; fix it, or add the schema association by hand (README, "Editors")\n',
    ],
    ['{ "yaml.schemas": ["a.json"] }\n', 'byo-lint: cannot update .vscode/settings.json: "yaml.schemas" is not an object\n'],
    ['[]\n', 'byo-lint: cannot update .vscode/settings.json: it is not a JSON object\n'],
  ])('refuses to touch settings it cannot merge into: %s', (settings, message) => {
    const dir = projectWithByoLint({ '.vscode/settings.json': settings });
    const refused = runCli(['init'], { cwd: dir });
    expect(refused).toMatchObject({ code: 2, stdout: '', stderr: message });
    expect(read(dir, '.vscode/settings.json')).toBe(settings);
    expect(existsSync(path.join(dir, '.byo-lintrc.yaml'))).toBe(false);
  });
});
