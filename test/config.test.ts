import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { runCli } from './helpers/cli.js';
import { tempTree, validNumber } from './helpers/tmp.js';

const unquoted = validNumber.replace('"+14155550100"', '+14155550100');
const offQuoted = 'rules:\n  quoted-number: off\n';

/** The rule ids a compact report names, in order. */
const ruleIds = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => /\[([a-z-]+)\]$/.exec(line)?.[1]);

describe('configuration discovery', () => {
  it.each([
    ['.byo-lintrc.yaml', offQuoted],
    ['.byo-lintrc.yml', offQuoted],
    ['.byo-lintrc', offQuoted],
    ['.byo-lintrc.json', '{"rules": {"quoted-number": "off"}}'],
    ['.byo-lintrc.mjs', "export default { rules: { 'quoted-number': 'off' } };\n"],
    ['.byo-lintrc.cjs', "module.exports = { rules: { 'quoted-number': 0 } };\n"],
    ['byo-lint.config.mjs', "export default { rules: { 'quoted-number': 'off' } };\n"],
    ['package.json', JSON.stringify({ name: 'numbers', 'byo-lint': { rules: { 'quoted-number': 'off' } } })],
  ])('finds %s', (name, content) => {
    const cwd = tempTree({ [name]: content, 'a.yaml': unquoted });
    // with quoted-number off, the schema's own type error is what remains
    expect(ruleIds(runCli(['-f', 'compact', 'a.yaml'], { cwd }).stdout)).toEqual(['schema']);
  });

  it('searches upward to the project root and no further', () => {
    const cwd = tempTree({
      '.byo-lintrc.yaml': offQuoted,
      'project/package.json': '{"name": "numbers"}',
      'project/sub/a.yaml': unquoted,
      'other/.byo-lintrc.yaml': offQuoted,
      'other/sub/a.yaml': unquoted,
    });
    expect(ruleIds(runCli(['-f', 'compact', 'a.yaml'], { cwd: path.join(cwd, 'project/sub') }).stdout)).toEqual(['quoted-number']);
  });

  it("never reads the user's global config directory", () => {
    const cwd = tempTree({
      'home/.config/byo-lint/config.yaml': offQuoted,
      'home/.config/byo-lint/config.json': '{"rules": {"quoted-number": "off"}}',
      'project/package.json': '{"name": "numbers"}',
      'project/a.yaml': unquoted,
    });
    const env = { HOME: path.join(cwd, 'home'), XDG_CONFIG_HOME: path.join(cwd, 'home/.config') };
    expect(ruleIds(runCli(['-f', 'compact', 'a.yaml'], { cwd: path.join(cwd, 'project'), env }).stdout)).toEqual(['quoted-number']);
  });

  it('finds a config in a parent directory inside the project', () => {
    const cwd = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.byo-lintrc.yaml': offQuoted, 'sub/a.yaml': unquoted });
    expect(ruleIds(runCli(['-f', 'compact', 'a.yaml'], { cwd: path.join(cwd, 'sub') }).stdout)).toEqual(['schema']);
  });

  it('--config uses that file only; --no-config-lookup uses none', () => {
    const cwd = tempTree({ '.byo-lintrc.yaml': 'rules:\n  quoted-number: warn\n', 'strict.yaml': offQuoted, 'a.yaml': unquoted });
    expect(runCli(['-f', 'compact', 'a.yaml'], { cwd }).stdout).toContain(': warning: number +14155550100');
    expect(ruleIds(runCli(['-f', 'compact', '-c', 'strict.yaml', 'a.yaml'], { cwd }).stdout)).toEqual(['schema']);
    expect(runCli(['-f', 'compact', '--no-config-lookup', 'a.yaml'], { cwd }).stdout).toContain(': error: number +14155550100');
  });

  it('--rule wins over config files, and the last --rule for a rule wins', () => {
    const cwd = tempTree({ '.byo-lintrc.yaml': offQuoted, 'a.yaml': unquoted });
    const run = runCli(['-f', 'compact', '--rule', 'quoted-number: warn', 'a.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(': warning: number +14155550100');
    const twice = runCli(['-f', 'compact', '--rule', 'quoted-number: warn', '--rule', 'quoted-number:error', 'a.yaml'], { cwd });
    expect(twice.code).toBe(1);
    expect(runCli(['--rule', 'no-such-rule: off', 'a.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: --rule names unknown rule "no-such-rule"; run `byo-lint rules` for the list\n',
    });
    // a slip of the keyboard gets the rule it was meant to be
    expect(runCli(['--rule', 'inbound-hangups: off', 'a.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: --rule names unknown rule "inbound-hangups"; did you mean "inbound-hangup"?\n',
    });
  });

  it('a rule that `byo-lint rules` lists but that takes no severity is named as such, on the command line and in a config', () => {
    const cwd = tempTree({ 'a.yaml': validNumber });
    const cases = [
      ['schema', 'rule "schema" is structural and always on; it cannot be configured'],
      ['syntax', 'rule "syntax" is structural and always on; it cannot be configured'],
      ['duplicate-key', 'rule "duplicate-key" is structural and always on; it cannot be configured'],
      ['resource-limit', 'rule "resource-limit" is structural and always on; it cannot be configured'],
      ['unused-directive', 'rule "unused-directive" cannot be configured; --report-unused-directives turns it on'],
    ];
    for (const [id, why] of cases) {
      expect(runCli(['--no-config-lookup', '--rule', `${id}: off`, 'a.yaml'], { cwd })).toEqual({
        code: 2,
        stdout: '',
        stderr: `byo-lint: --rule "${id}: off": ${why}\n`,
      });
      const config = tempTree({ '.byo-lintrc.yaml': `rules:\n  quoted-number: warn\n  ${id}: off\n`, 'a.yaml': validNumber });
      expect(runCli(['a.yaml'], { cwd: config })).toEqual({
        code: 2,
        stdout: '',
        stderr: `byo-lint: invalid configuration ${path.join(config, '.byo-lintrc.yaml')}:3:3: ${why}\n`,
      });
    }
  });

  it('overrides match globs relative to the config, later entries win', () => {
    const config = `overrides:
  - files: ["staging/**"]
    rules: { quoted-number: warn }
  - files: ["staging/legacy/**"]
    rules: { quoted-number: off }
`;
    const cwd = tempTree({
      '.byo-lintrc.yaml': config,
      'prod/a.phone-number.yaml': unquoted,
      'staging/b.phone-number.yaml': unquoted,
      'staging/legacy/c.phone-number.yaml': unquoted,
    });
    const lines = runCli(['-f', 'compact', '--rule', 'duplicate-number: off', '.'], { cwd }).stdout.split('\n').filter(Boolean);
    expect(lines.map((line) => line.replace(/: (error|warning): .* \[/, ' $1 ['))).toEqual([
      'prod/a.phone-number.yaml:2:9 error [quoted-number]',
      'staging/b.phone-number.yaml:2:9 warning [quoted-number]',
      'staging/legacy/c.phone-number.yaml:2:9 error [schema]',
    ]);
  });

  it('files and ignores shape directory expansion', () => {
    const cwd = tempTree({
      '.byo-lintrc.yaml': 'files: ["lines/**/*.yaml"]\nignores: ["lines/legacy/**"]\n',
      'lines/a.yaml': unquoted,
      'lines/legacy/b.yaml': unquoted,
      'c.phone-number.yaml': unquoted,
    });
    const files = runCli(['-f', 'compact', '.'], { cwd })
      .stdout.split('\n')
      .filter(Boolean)
      .map((line) => line.split(':')[0]);
    expect(files).toEqual(['lines/a.yaml']);
  });

  it('ignores a directory named with or without a trailing slash, as ESLint and .gitignore do', () => {
    const linted = (ignore: string) => {
      const cwd = tempTree({
        '.byo-lintrc.yaml': `ignores: [${JSON.stringify(ignore)}]\n`,
        'lines/a.phone-number.yaml': unquoted,
        'lines/legacy/b.phone-number.yaml': unquoted,
        'lines/legacy/old/c.phone-number.yaml': unquoted,
        'legacy.phone-number.yaml': unquoted,
      });
      return runCli(['-f', 'compact', '--rule', 'duplicate-number: off', '.'], { cwd })
        .stdout.split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]);
    };
    for (const ignore of ['lines/legacy', 'lines/legacy/', '**/legacy/', 'lines/legacy/**'])
      expect(linted(ignore), ignore).toEqual(['legacy.phone-number.yaml', 'lines/a.phone-number.yaml']);
    // a file's own name still matches only that file, and a deeper directory only what it holds
    expect(linted('legacy.phone-number.yaml')).toEqual([
      'lines/a.phone-number.yaml',
      'lines/legacy/b.phone-number.yaml',
      'lines/legacy/old/c.phone-number.yaml',
    ]);
    expect(linted('**/old')).toEqual(['legacy.phone-number.yaml', 'lines/a.phone-number.yaml', 'lines/legacy/b.phone-number.yaml']);
  });

  it('says that the files a path or glob found are all ignored, rather than that it found none', () => {
    const cwd = tempTree({ '.byo-lintrc.yaml': 'ignores: ["legacy/"]\n', 'legacy/a.phone-number.yaml': unquoted });
    const ignored = (what: string) => ({
      code: 2,
      stdout: '',
      stderr: `byo-lint: every ${what} is ignored by the config's "ignores"; name a file explicitly to lint it\n`,
    });
    expect(runCli(['legacy'], { cwd })).toEqual(ignored('phone-number file in legacy'));
    expect(runCli(['legacy/*.yaml'], { cwd })).toEqual(ignored('file matching the pattern legacy/*.yaml'));
    expect(runCli(['-f', 'compact', 'legacy/a.phone-number.yaml'], { cwd })).toMatchObject({ code: 1 });
    expect(runCli(['--no-error-on-unmatched-pattern', 'legacy'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a directory outside the project is expanded by the file names the globs ask for', () => {
    const root = tempTree({
      'project/.byo-lintrc.yaml': offQuoted,
      'other/numbers/a.phone-number.yaml': unquoted,
      'other/numbers/phone-numbers/b.yaml': unquoted,
      'other/numbers/notes.yaml': unquoted,
    });
    const cwd = path.join(root, 'project');
    const linted = (target: string) => {
      const run = runCli(['-f', 'compact', '--rule', 'quoted-number: error', target], { cwd });
      // the files reported, once each: b.yaml also repeats a's number
      return [
        ...new Set(
          run.stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => path.relative(root, path.resolve(cwd, line.split(':')[0]))),
        ),
      ];
    };
    const expected = [path.join('other', 'numbers', 'a.phone-number.yaml'), path.join('other', 'numbers', 'phone-numbers', 'b.yaml')];
    expect(linted('../other/numbers')).toEqual(expected);
    expect(linted(path.join(root, 'other', 'numbers'))).toEqual(expected);
    // a directory whose own name the globs ask for
    expect(linted('../other/numbers/phone-numbers')).toEqual([expected[1]]);
  });

  it('a config named with -c from another directory still expands directories by its globs', () => {
    const cwd = tempTree({ 'conf/byo-lint.yaml': offQuoted, 'numbers/a.phone-number.yaml': unquoted, 'numbers/notes.yaml': unquoted });
    const run = runCli(['-f', 'compact', '-c', 'conf/byo-lint.yaml', 'numbers'], { cwd });
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]),
    ).toEqual(['numbers/a.phone-number.yaml']);
  });

  it('--print-config shows the levels for a file without secrets', () => {
    const cwd = tempTree({
      '.byo-lintrc.yaml':
        'org:\n  serverUrl: https://hooks.example.com/vapi\n  serverUrlSecret: hunter2-hunter2-hunter2\noverrides:\n  - files: ["staging/**"]\n    rules: { quoted-number: warn }\n',
    });
    const run = runCli(['--print-config', 'staging/a.yaml'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('hunter2');
    const printed = JSON.parse(run.stdout) as { configFile: string; file: string; rules: Record<string, string>; org: unknown };
    expect(printed.configFile).toBe(path.join(cwd, '.byo-lintrc.yaml'));
    expect(printed.file).toBe('staging/a.yaml');
    expect(printed.rules['quoted-number']).toBe('warn');
    expect(printed.org).toEqual({ serverUrl: 'https://hooks.example.com/vapi', serverUrlSecret: '<set>' });
  });

  it('--print-config with paths, standard input, a fix or an output file is a usage error, not an option dropped', () => {
    const cwd = tempTree({ 'a.yaml': unquoted });
    const usage = (what: string) => ({
      code: 2,
      stdout: '',
      stderr: `byo-lint: --print-config prints the configuration for one file and lints nothing; drop ${what}\n`,
    });
    expect(runCli(['--print-config', 'a.yaml', 'b.yaml'], { cwd })).toEqual(usage('the other paths'));
    expect(runCli(['--print-config', 'a.yaml', '--stdin'], { cwd })).toEqual(usage('--stdin'));
    expect(runCli(['--print-config', 'a.yaml', '--fix'], { cwd })).toEqual(usage('--fix'));
    expect(runCli(['--print-config', 'a.yaml', '--fix-dry-run'], { cwd })).toEqual(usage('--fix-dry-run'));
    expect(runCli(['--print-config', 'a.yaml', '-o', 'c.json'], { cwd })).toEqual(usage('--output-file'));
    expect(readFileSync(path.join(cwd, 'a.yaml'), 'utf8')).toBe(unquoted);
  });

  it('--print-config masks the user and password of every URL it prints', () => {
    const cwd = tempTree({
      '.byo-lintrc.yaml': [
        'org: { serverUrl: "https://u:pw@h.example.com/x" }',
        'assistants:',
        '  - { id: a1, serverUrl: "https://token@h.example.com/a" }',
        '  - { id: a2, serverUrl: "https://h.example.com/plain" }',
        '  - { id: a3, serverUrl: null }',
        '',
      ].join('\n'),
    });
    const run = runCli(['--print-config', 'a.yaml'], { cwd });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { org: unknown; assistants: unknown };
    expect(printed.org).toEqual({ serverUrl: 'https://***@h.example.com/x' });
    expect(printed.assistants).toEqual([
      { id: 'a1', serverUrl: 'https://***@h.example.com/a' },
      { id: 'a2', serverUrl: 'https://h.example.com/plain' },
      { id: 'a3', serverUrl: null },
    ]);
    expect(run.stdout).not.toContain('u:pw@');
    expect(run.stdout).not.toContain('token@');
  });

  it('--print-config matches overrides as the lint does when -c names a config outside the working directory', () => {
    const root = tempTree({
      'cfg/byo-lint.yaml': 'overrides:\n  - files: ["staging/**"]\n    rules: { quoted-number: off }\n',
      'proj/staging/a.yaml': unquoted,
    });
    const cwd = path.join(root, 'proj');
    const config = path.join(root, 'cfg/byo-lint.yaml');
    expect(runCli(['-f', 'compact', '-c', config, 'staging/a.yaml'], { cwd }).stdout).not.toContain('quoted-number');
    const printed = JSON.parse(runCli(['-c', config, '--print-config', 'staging/a.yaml'], { cwd }).stdout) as {
      file: string;
      rules: Record<string, string>;
    };
    expect(printed.file).toBe('staging/a.yaml');
    expect(printed.rules['quoted-number']).toBe('off');
  });

  describe('the hint that tells where to declare the org names the config in use', () => {
    const hangsUp = 'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n';
    const hints = (stdout: string) =>
      stdout
        .split('\n')
        .filter((line) => line.includes('[inbound-hangup]'))
        .map((line) => /declare it as org\.serverUrl in (.*) \(org\.serverUrl: null/.exec(line)?.[1]);

    it.each([
      ['no config: the file to create', {}, [], '.byo-lintrc.yaml'],
      ['a config found by the search', { '.byo-lintrc.json': '{}' }, [], '.byo-lintrc.json'],
      ['a config named with -c', { 'conf/team.yaml': 'rules: {}\n' }, ['-c', 'conf/team.yaml'], path.join('conf', 'team.yaml')],
      ['a package.json key', { 'package.json': '{ "byo-lint": {} }' }, [], 'the "byo-lint" key of package.json'],
    ])('%s', (_case, files: Record<string, string>, args: string[], named) => {
      const cwd = tempTree({ ...files, 'a.yaml': hangsUp });
      expect(hints(runCli(['-f', 'compact', ...args, 'a.yaml'], { cwd }).stdout)).toEqual([named]);
      const explained = runCli(['explain', ...args, 'a.yaml'], { cwd }).stdout;
      expect(explained).toContain(`org:          unknown: declare it as org.serverUrl in ${named} (`);
    });

    it('a relative configFile given to the library is taken from its cwd', () => {
      const cwd = tempTree({ 'conf/team.yaml': 'rules: {}\n' });
      const result = lintText(hangsUp, { filePath: 'a.yaml', cwd, configDir: cwd, configFile: 'conf/team.yaml', config: {} });
      expect(result.diagnostics.map(({ message }) => /declare it as org\.serverUrl in (.*) \(org/.exec(message)?.[1])).toEqual([
        path.join('conf', 'team.yaml'),
      ]);
    });

    it('orphan-server-secret names it too', () => {
      const cwd = tempTree({
        'conf/team.yaml': 'rules: {}\n',
        'a.yaml': `${validNumber.replace(/assistantId.*\n/, '')}serverUrlSecret: \${SECRET}\n`,
      });
      const run = runCli(['-f', 'compact', '-c', 'conf/team.yaml', 'a.yaml'], { cwd });
      expect(run.stdout).toContain(`which the config does not declare; declare it as org.serverUrl in ${path.join('conf', 'team.yaml')} (`);
    });
  });
});

describe('package.json is read as npm reads it', () => {
  const config = { 'byo-lint': { rules: { 'quoted-number': 'off' } } };

  it('a byte-order mark is allowed, with or without a byo-lint key', () => {
    // the project root is the parent: the run's working directory holds no package.json
    const cwd = tempTree({ 'package.json': '\uFEFF{"name": "numbers"}\n', 'sub/a.yaml': validNumber });
    expect(runCli(['a.yaml'], { cwd: path.join(cwd, 'sub') })).toEqual({ code: 0, stdout: '', stderr: '' });
    const configured = tempTree({ 'package.json': `\uFEFF${JSON.stringify(config)}`, 'sub/a.yaml': unquoted });
    expect(ruleIds(runCli(['-f', 'compact', 'a.yaml'], { cwd: path.join(configured, 'sub') }).stdout)).toEqual(['schema']);
    expect(ruleIds(runCli(['-f', 'compact', '-c', 'package.json', 'sub/a.yaml'], { cwd: configured }).stdout)).toEqual(['schema']);
  });

  it('in the working directory, a byte-order mark is allowed when no config is to be found', () => {
    const cwd = tempTree({ 'package.json': '\uFEFF{"name": "numbers"}\n', 'a.yaml': unquoted });
    expect(ruleIds(runCli(['-f', 'compact', 'a.yaml'], { cwd }).stdout)).toEqual(['quoted-number']);
  });

  it.each([
    ['the byo-lint key', { 'package.json': `\uFEFF${JSON.stringify(config)}` }],
    ['a config file beside it', { 'package.json': '\uFEFF{"name": "numbers"}\n', '.byo-lintrc.yaml': 'rules: {}\n' }],
  ])(
    "in the working directory, a byte-order mark stops cosmiconfig's own set-up when it has to look for %s, which says so",
    (_case, files) => {
      const cwd = tempTree({ ...files, 'a.yaml': validNumber });
      expect(runCli(['a.yaml'], { cwd })).toEqual({
        code: 2,
        stdout: '',
        stderr: `byo-lint: cannot load configuration ${path.join(cwd, 'package.json')}: cosmiconfig, which looks for the configuration, cannot read it with its byte-order mark; save it without one\n`,
      });
    },
  );

  it("a key repeated outside the byo-lint key is not byo-lint's to report", () => {
    const content = `{"name": "a", "name": "b", ${JSON.stringify(config).slice(1)}`;
    const cwd = tempTree({ 'package.json': content, 'a.yaml': unquoted });
    expect(ruleIds(runCli(['-f', 'compact', 'a.yaml'], { cwd }).stdout)).toEqual(['schema']);
    expect(ruleIds(runCli(['-f', 'compact', '-c', 'package.json', 'a.yaml'], { cwd }).stdout)).toEqual(['schema']);
  });

  it('a syntax error outside the working directory has its position too', () => {
    const cwd = tempTree({ 'package.json': '{\n  "name": "x",}\n', 'sub/a.yaml': validNumber });
    expect(runCli(['a.yaml'], { cwd: path.join(cwd, 'sub') })).toEqual({
      code: 2,
      stdout: '',
      stderr: `byo-lint: invalid configuration ${path.join(cwd, 'package.json')}:2:14: trailing comma before "}"; remove the comma\n`,
    });
  });
});

describe('invalid configuration is exit 2 with the file, position and reason', () => {
  it.each([
    ['.byo-lintrc.yaml', 'rules:\n  quoted-number: off\norgs:\n  serverUrl: x\n', '.byo-lintrc.yaml:3:1: unknown key "orgs"'],
    [
      '.byo-lintrc.yaml',
      'rules:\n  quoted-numbers: off\n',
      '.byo-lintrc.yaml:2:3: unknown rule "quoted-numbers"; did you mean "quoted-number"?',
    ],
    [
      '.byo-lintrc.yaml',
      'rules:\n  quoted-number: sometimes\n',
      '.byo-lintrc.yaml:2:18: "quoted-number" is the string "sometimes"; expected one of "off", "warn", "error", 0, 1, 2',
    ],
    ['.byo-lintrc.yaml', 'org:\n  serverUrl: [a]\n', '.byo-lintrc.yaml:2:14: "serverUrl" must be a string or null, but it is a list'],
    ['.byo-lintrc.yaml', 'assistants:\n  - name: support\n', '.byo-lintrc.yaml:2:5: missing required key "id"'],
    ['.byo-lintrc.yaml', 'rules: [\n', '.byo-lintrc.yaml:2:1: '],
    ['.byo-lintrc.json', '{"rules": {},}', '.byo-lintrc.json:1:13: trailing comma before "}"; remove the comma'],
    ['package.json', '{\n  "name": "x",\n  "byo-lint": {\n    "rulez": {}\n  }\n}\n', 'package.json:4:5: unknown key "rulez"'],
    ['package.json', '{"byo-lint": {},}', 'package.json:1:16: trailing comma before "}"; remove the comma'],
    ['package.json', '{"name": "x",}', 'package.json:1:13: trailing comma before "}"; remove the comma'],
    [
      'package.json',
      '{"byo-lint": {"rules": {}, "rules": {}}}',
      'package.json:1:28: key "rules" is duplicated; it was first set at line 1, column 15, and this later value wins',
    ],
  ])('%s: %s', (name, content, expected) => {
    const cwd = tempTree({ [name]: content, 'a.yaml': validNumber });
    const run = runCli(['a.yaml'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).toContain(
      `byo-lint: invalid configuration ${path.join(cwd, expected.split(':')[0])}:${expected.split(':').slice(1).join(':')}`,
    );
  });

  /** A .byo-lintrc.yaml with this content stops the run with exit 2 and this position and reason. */
  function expectInvalidConfig(content: string, expected: string): void {
    const cwd = tempTree({ '.byo-lintrc.yaml': content, 'a.yaml': validNumber });
    expect(runCli(['a.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: `byo-lint: invalid configuration ${path.join(cwd, '.byo-lintrc.yaml')}:${expected}\n`,
    });
  }

  it('a number or a string out of bounds is told the bound', () => {
    const cases = [
      ['limits: { maxDepth: 9999 }\n', '1:21: "maxDepth" is 9999; expected at most 250'],
      ['limits:\n  maxFileBytes: 0\n', '2:17: "maxFileBytes" is 0; expected at least 1'],
      ['assistants:\n  - id: ""\n', '2:9: "id" is empty; expected at least 1 character'],
    ];
    for (const [content, expected] of cases) expectInvalidConfig(content, expected);
  });

  it('a list item is named by its place in the list, counted from 1', () => {
    const cases = [
      ['ignores: [1]\n', '1:11: item 1 of "ignores" must be a string, but it is the integer 1'],
      ['files: [""]\n', '1:9: item 1 of "files" is empty; expected at least 1 character'],
      ['overrides:\n  - files: [a, 2]\n', '2:16: item 2 of "files" must be a string, but it is the integer 2'],
      ['overrides: [3]\n', '1:13: item 1 of "overrides" must be a mapping, but it is the integer 3'],
    ];
    for (const [content, expected] of cases) expectInvalidConfig(content, expected);
  });

  it('every problem is reported, one a line in the order of the file, whatever order the schema checks them in', () => {
    const cwd = tempTree({
      '.byo-lintrc.yaml':
        'assistants:\n  - {id: a1, nam: support}\nrules:\n  quoted-numbr: error\n  inbound-hangup: erorr\nfiles: 5\norg: {serverUrl: 7, bogus: 1}\n',
      'a.yaml': validNumber,
    });
    const file = path.join(cwd, '.byo-lintrc.yaml');
    expect(runCli(['a.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        `byo-lint: invalid configuration ${file}:2:14: unknown key "nam"`,
        `byo-lint: invalid configuration ${file}:4:3: unknown rule "quoted-numbr"; did you mean "quoted-number"?`,
        `byo-lint: invalid configuration ${file}:5:19: "inbound-hangup" is the string "erorr"; expected one of "off", "warn", "error", 0, 1, 2`,
        `byo-lint: invalid configuration ${file}:6:8: "files" must be a list, but it is the integer 5`,
        `byo-lint: invalid configuration ${file}:7:18: "serverUrl" must be a string or null, but it is the integer 7`,
        `byo-lint: invalid configuration ${file}:7:21: unknown key "bogus"`,
        '',
      ].join('\n'),
    });
  });

  it('an empty serverUrl is no URL, for the org or an assistant: null says there is none', () => {
    const cases = [
      ['org: { serverUrl: "" }\n', '1:19: "serverUrl" is empty; expected at least 1 character'],
      ['assistants:\n  - { id: a1, serverUrl: "" }\n', '2:26: "serverUrl" is empty; expected at least 1 character'],
    ];
    for (const [content, expected] of cases) expectInvalidConfig(content, expected);
    const none = tempTree({
      '.byo-lintrc.yaml': 'org: { serverUrl: null }\nassistants: [{ id: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e, serverUrl: null }]\n',
      'a.yaml': validNumber,
    });
    expect(runCli(['a.yaml'], { cwd: none })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a JavaScript config that throws names the file', () => {
    const cwd = tempTree({ 'byo-lint.config.mjs': "throw new Error('boom');\n", 'a.yaml': validNumber });
    expect(runCli(['a.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: `byo-lint: cannot load configuration ${path.join(cwd, 'byo-lint.config.mjs')}: boom\n`,
    });
  });

  it('BYO_LINT_DEBUG=1 shows where a JavaScript config threw', () => {
    const cwd = tempTree({ 'byo-lint.config.mjs': "\nthrow new Error('boom');\n", 'a.yaml': validNumber });
    const run = runCli(['a.yaml'], { cwd, env: { BYO_LINT_DEBUG: '1' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`Error: boom\n    at ${pathToFileURL(path.join(cwd, 'byo-lint.config.mjs')).href}:2:7\n`);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      `byo-lint: cannot load configuration ${path.join(cwd, 'byo-lint.config.mjs')}: boom`,
    );
  });

  /** A JavaScript config with this content stops the run with this line, found by lookup or named with -c. */
  function expectJsConfigError(name: string, content: string, expected: (file: string) => string): void {
    const cwd = tempTree({ [name]: content, 'a.yaml': validNumber });
    const stderr = `byo-lint: ${expected(path.join(cwd, name))}\n`;
    expect(runCli(['a.yaml'], { cwd })).toEqual({ code: 2, stdout: '', stderr });
    expect(runCli(['-c', name, 'a.yaml'], { cwd })).toEqual({ code: 2, stdout: '', stderr });
  }

  it('a JavaScript config that exports a promise is validated by what it resolves to', () => {
    const invalid = '{ rules: { "prefer-e164": "nope" }, rulez: 1, files: "x" }';
    // a JavaScript config has no positions: its problems come in the order the schema checks them, each with its JSON pointer
    const problems = (file: string) =>
      [
        `invalid configuration ${file} (/rulez): unknown key "rulez"`,
        `byo-lint: invalid configuration ${file} (/rules/prefer-e164): "prefer-e164" is the string "nope"; expected one of "off", "warn", "error", 0, 1, 2`,
        `byo-lint: invalid configuration ${file} (/files): "files" must be a list, but it is the string "x"`,
      ].join('\n');
    expectJsConfigError('.byo-lintrc.cjs', `module.exports = Promise.resolve(${invalid});\n`, problems);
    expectJsConfigError('.byo-lintrc.mjs', `export default Promise.resolve(${invalid});\n`, problems);
    expectJsConfigError('.byo-lintrc.cjs', 'module.exports = Promise.resolve({ rules: { "prefer-e164": "nope" } });\n', (file) => {
      return `invalid configuration ${file} (/rules/prefer-e164): "prefer-e164" is the string "nope"; expected one of "off", "warn", "error", 0, 1, 2`;
    });
    expectJsConfigError('.byo-lintrc.cjs', 'module.exports = Promise.reject(new Error("async boom"));\n', (file) => {
      return `cannot load configuration ${file}: async boom`;
    });
    const cwd = tempTree({
      '.byo-lintrc.mjs': "export default Promise.resolve({ rules: { 'quoted-number': 'off' } });\n",
      'a.yaml': unquoted,
    });
    expect(ruleIds(runCli(['-f', 'compact', 'a.yaml'], { cwd }).stdout)).toEqual(['schema']);
  });

  it('a JavaScript config must export a mapping, and a getter that throws names the file', () => {
    const notMapping = (exported: string) => (file: string) =>
      `invalid configuration ${file}: it must export a mapping (an object), but it exports ${exported}`;
    expectJsConfigError('.byo-lintrc.cjs', 'module.exports = null;\n', notMapping('null'));
    expectJsConfigError('.byo-lintrc.cjs', 'module.exports = () => ({});\n', notMapping('a function'));
    expectJsConfigError('.byo-lintrc.mjs', 'export default [];\n', notMapping('a list'));
    expectJsConfigError('.byo-lintrc.cjs', 'module.exports = { get rules() { throw new Error("x"); } };\n', (file) => {
      return `cannot load configuration ${file}: x`;
    });
    expectJsConfigError('.byo-lintrc.cjs', 'const config = { org: {} };\nconfig.org.self = config;\nmodule.exports = config;\n', (file) => {
      return `cannot load configuration ${file}: the configuration contains itself`;
    });
  });

  it('a rule set to undefined in a JavaScript config is told the severities it takes', () => {
    expectJsConfigError('.byo-lintrc.cjs', 'module.exports = { rules: { "prefer-e164": undefined } };\n', (file) => {
      return `invalid configuration ${file} (/rules/prefer-e164): "prefer-e164" is undefined; expected one of "off", "warn", "error", 0, 1, 2`;
    });
  });

  it("a .cjs config written as an ES module is told so in one line, without Node's warning", () => {
    expectJsConfigError('.byo-lintrc.cjs', 'export default {};\n', (file) => {
      return `cannot load configuration ${file}: Unexpected token 'export'; a .cjs file is CommonJS: use module.exports, or name it .mjs`;
    });
  });

  it('a --config file that does not exist', () => {
    const cwd = tempTree({ 'a.yaml': validNumber });
    expect(runCli(['-c', 'nope.yaml', 'a.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: `byo-lint: cannot read configuration ${path.join(cwd, 'nope.yaml')}: no such file or directory (ENOENT)\n`,
    });
  });
});
