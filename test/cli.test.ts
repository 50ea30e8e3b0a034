import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliPath, repoRoot, runCli } from './helpers/cli.js';
import { tempTree, validNumber } from './helpers/tmp.js';

const unquoted = validNumber.replace('"+14155550100"', '+14155550100');
const unusedDirective = `${validNumber}# byo-lint-disable-next-line schema\nname: Lobby\n`;

describe('byo-lint CLI', () => {
  it('exits 0 and prints nothing for a valid file', () => {
    const cwd = tempTree({ 'a.phone-number.yaml': validNumber });
    expect(runCli(['a.phone-number.yaml'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 with compact lines for lint errors', () => {
    const cwd = tempTree({ 'a.yaml': unquoted });
    const run = runCli(['-f', 'compact', 'a.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'a.yaml:2:9: error: number +14155550100 is written without quotes and became the integer 14155550100; quote it: "+14155550100" [quoted-number]\n',
    );
  });

  it('prints the stylish report with a summary', () => {
    const cwd = tempTree({ 'a.yaml': unquoted });
    const run = runCli(['a.yaml'], { cwd });
    expect(run.stdout).toBe(
      '\na.yaml\n  2:9  error  number +14155550100 is written without quotes and became the integer 14155550100; quote it: "+14155550100"  quoted-number\n\n✖ 1 problem (1 error, 0 warnings)\n  1 problem fixable with the `--fix` option.\n',
    );
  });

  it('prints ESLint-shaped json with path and document', () => {
    const text = `${validNumber}---\n${unquoted}`;
    const cwd = tempTree({ 'multi.yaml': text });
    const numberAt = text.lastIndexOf('+14155550100');
    // both documents hold the same number: duplicate-number is not what this test is about
    const run = runCli(['-f', 'json', '--rule', 'duplicate-number: off', 'multi.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        filePath: path.join(cwd, 'multi.yaml'),
        messages: [
          {
            ruleId: 'quoted-number',
            severity: 2,
            message: 'number +14155550100 is written without quotes and became the integer 14155550100; quote it: "+14155550100"',
            line: 7,
            column: 9,
            endLine: 7,
            endColumn: 21,
            path: '/number',
            document: 1,
            hint: 'quote it: "+14155550100"',
            fix: { range: [numberAt, numberAt + 12], text: '"+14155550100"' },
          },
        ],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
      },
    ]);
  });

  it('an empty document, after a trailing or a repeated ---, is nothing to lint, and the others keep their index', () => {
    const cwd = tempTree({
      'trailing.yaml': `${validNumber}---\n`,
      'comments.yaml': `${validNumber}--- # retired numbers go below\n# none yet\n\n`,
      'middle.yaml': `---\n# placeholder\n---\n${unquoted}`,
      'null.yaml': `${validNumber}--- null\n`,
    });
    for (const file of ['trailing.yaml', 'comments.yaml']) expect(runCli([file], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    const placed = (file: string) =>
      (JSON.parse(runCli(['-f', 'json', file], { cwd }).stdout) as { messages: Record<string, unknown>[] }[])[0].messages.map(
        ({ ruleId, line, column, document }) => ({ ruleId, line, column, document }),
      );
    expect(placed('middle.yaml')).toEqual([{ ruleId: 'quoted-number', line: 5, column: 9, document: 1 }]);
    // an explicit null is written content, so it is still reported
    expect(placed('null.yaml')).toEqual([{ ruleId: 'schema', line: 5, column: 5, document: 1 }]);
  });

  it('expands directories by the default globs, in a stable order', () => {
    const cwd = tempTree({
      'numbers/a.phone-number.yaml': unquoted,
      'numbers/phone-numbers/b.yml': unquoted,
      'numbers/numbers.json': '[]',
      'numbers/other.yaml': unquoted,
      'numbers/node_modules/x.phone-number.yaml': unquoted,
    });
    const run = runCli(['-f', 'compact', '--rule', 'duplicate-number: off', 'numbers'], { cwd });
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]),
    ).toEqual(['numbers/a.phone-number.yaml', 'numbers/phone-numbers/b.yml']);
  });

  it('lints the current directory without paths', () => {
    const cwd = tempTree({ 'a.phone-number.yaml': unquoted });
    expect(runCli(['-f', 'compact'], { cwd }).stdout).toMatch(/^a\.phone-number\.yaml:2:9: error: /);
  });

  it('expands globs', () => {
    const cwd = tempTree({ 'x/one.yaml': unquoted, 'x/two.yaml': validNumber, 'x/three.json': '{}' });
    const run = runCli(['-f', 'compact', 'x/*.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^x\/one\.yaml:2:9: /);
  });

  it('a pattern that matches nothing is a usage error unless told otherwise', () => {
    const cwd = tempTree({ 'empty/readme.txt': 'x' });
    expect(runCli(['empty'], { cwd })).toMatchObject({ code: 2, stdout: '' });
    expect(runCli(['empty'], { cwd }).stderr).toMatch(/^byo-lint: no phone-number files in empty \(looked for .*\)/);
    expect(runCli(['nothing/*.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: no files match the pattern nothing/*.yaml\n',
    });
    expect(runCli(['--no-error-on-unmatched-pattern', 'empty'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a missing file is exit 2 with one line and no stack trace', () => {
    expect(runCli(['missing.yaml'])).toEqual({ code: 2, stdout: '', stderr: 'byo-lint: no such file or directory: missing.yaml\n' });
  });

  it('a missing file matches nothing, so --no-error-on-unmatched-pattern lets the run go on', () => {
    const cwd = tempTree({ 'a.phone-number.yaml': unquoted });
    expect(runCli(['--no-error-on-unmatched-pattern', 'missing.yaml'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = runCli(['--no-error-on-unmatched-pattern', '-f', 'compact', 'missing.yaml', 'a.phone-number.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^a\.phone-number\.yaml:2:9: /);
    expect(runCli(['missing.yaml', 'a.phone-number.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: no such file or directory: missing.yaml\n',
    });
  });

  it('usage errors are exit 2 with one line', () => {
    const usage = (message: string) => ({ code: 2, stdout: '', stderr: `byo-lint: ${message}\n` });
    // commander's own errors, in the manner of byo-lint's: lowercase, the bad value quoted, one line
    expect(runCli(['--bogus'])).toEqual(usage('unknown option "--bogus"'));
    const dashed = tempTree({ '-a.yaml': validNumber });
    expect(runCli(['-a.yaml'], { cwd: dashed })).toEqual(
      usage('unknown option "-a.yaml"; to lint the file of that name, write ./-a.yaml or put -- before it'),
    );
    expect(runCli(['--no-config-lookup', '--', '-a.yaml'], { cwd: dashed }).code).toBe(0);
    expect(runCli(['--quite', 'a.yaml'])).toEqual(usage('unknown option "--quite"; did you mean --quiet?'));
    expect(runCli(['-f', 'xml', 'a.yaml'])).toEqual(
      usage('--format takes one of stylish, compact, json, sarif, github, junit, gitlab, not "xml"'),
    );
    expect(runCli(['rules', '--format', 'yaml'])).toEqual(usage('--format takes one of text, json, markdown, not "yaml"'));
    expect(runCli(['rules', 'extra'])).toEqual(usage('"rules" takes no arguments, but 1 was given'));
    expect(runCli(['schema', 'a', 'b'])).toEqual(usage('"schema" takes no arguments, but 2 were given'));
    expect(runCli(['-c'])).toEqual(usage('--config needs a value: --config <path>'));
    expect(runCli(['explain'])).toEqual(usage('missing required argument <paths>'));
    expect(runCli(['--max-warnings', 'many', 'a.yaml'])).toMatchObject({ code: 2 });
    expect(runCli(['--rule', 'nonsense', 'a.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: --rule "nonsense" is not "<rule-id>: <off|warn|error>"\n',
    });
  });

  it('reads standard input with --stdin, -, and --stdin-filename', () => {
    const viaFlag = runCli(['--stdin', '--stdin-filename', 'in.yaml', '-f', 'compact'], { input: unquoted });
    expect(viaFlag.code).toBe(1);
    expect(viaFlag.stdout).toMatch(/^in\.yaml:2:9: error: number \+14155550100/);
    expect(runCli(['-', '-f', 'compact'], { input: unquoted }).stdout).toMatch(/^<stdin>:2:9: /);
    // unnamed, it is no file of the working directory, in JSON either, as ESLint's <text> is not
    const [unnamed] = JSON.parse(runCli(['-', '-f', 'json'], { input: unquoted }).stdout) as { filePath: string }[];
    expect(unnamed.filePath).toBe('<stdin>');
    const [named] = JSON.parse(runCli(['-', '--stdin-filename', 'in.yaml', '-f', 'json'], { input: unquoted }).stdout) as {
      filePath: string;
    }[];
    expect(named.filePath).toBe(path.join(repoRoot, 'in.yaml'));
    // the name selects the parser: JSON is strict
    const json = runCli(['--stdin', '--stdin-filename', 'in.json', '-f', 'compact'], { input: '{"a": 1,}' });
    expect(json.stdout).toBe('in.json:1:8: error: trailing comma before "}"; remove the comma [syntax]\n');
  });

  it('takes ${NAME} placeholders in every free-form string, but not in provider or a fallback type', () => {
    const templated = [
      'provider: byo-phone-number',
      'number: "${NUMBER}"',
      'credentialId: ${CREDENTIAL_ID}',
      'name: ${NAME}',
      'serverUrl: https://${HOST}/vapi',
      'serverUrlSecret: ${SECRET}',
      'fallbackDestination:',
      '  type: number',
      '  number: "${FALLBACK_NUMBER}"',
      '  extension: "${EXTENSION}"',
      '',
    ].join('\n');
    const fixedValues = [
      'provider: ${PROVIDER}',
      'number: "+14155550100"',
      'credentialId: ${CREDENTIAL_ID}',
      'serverUrl: https://hooks.example.com/vapi',
      'fallbackDestination:',
      '  type: ${FALLBACK_TYPE}',
      '  number: "+14155550199"',
      '',
    ].join('\n');
    // two files alike: what a placeholder becomes is decided at apply time, so they are no duplicates
    const cwd = tempTree({ 'a.phone-number.yaml': templated, 'b.phone-number.yaml': templated, 'fixed.phone-number.yaml': fixedValues });
    expect(runCli(['-f', 'compact', 'a.phone-number.yaml', 'b.phone-number.yaml'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runCli(['-f', 'compact', 'fixed.phone-number.yaml'], { cwd })).toEqual({
      code: 1,
      stdout: [
        'fixed.phone-number.yaml:1:11: error: "provider" must be "byo-phone-number", but it is "${PROVIDER}" [schema]',
        'fixed.phone-number.yaml:6:9: error: "type" is "${FALLBACK_TYPE}"; expected one of "number", "sip" [schema]',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('writes the report with -o, creating its directory, and fails cleanly when it cannot', () => {
    const cwd = tempTree({ 'a.yaml': unquoted });
    const run = runCli(['-f', 'compact', '-o', 'report.txt', 'a.yaml'], { cwd });
    expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(path.join(cwd, 'report.txt'), 'utf8')).toMatch(/^a\.yaml:2:9: /);
    const nested = runCli(['-f', 'compact', '-o', 'out/dir/report.txt', 'a.yaml'], { cwd });
    expect(nested).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(path.join(cwd, 'out/dir/report.txt'), 'utf8')).toMatch(/^a\.yaml:2:9: /);
    const underFile = runCli(['-o', 'a.yaml/dir/report.txt', 'a.yaml'], { cwd });
    expect(underFile).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: cannot write a.yaml/dir/report.txt: a part of the path is not a directory (ENOTDIR)\n',
    });
  });

  it('fails cleanly with -o where a directory cannot be made though its parent exists, not forever', () => {
    const cwd = tempTree({ 'a.yaml': unquoted });
    // /proc answers mkdir with ENOENT, on which Node's recursive mkdir retries the parent endlessly
    const run = spawnSync(process.execPath, [cliPath, '-o', '/proc/byo-lint/report.txt', 'a.yaml'], {
      cwd,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: cannot write /proc/byo-lint/report.txt: no such file or directory (ENOENT)\n',
    });
  });

  it('--max-warnings and --quiet', () => {
    const cwd = tempTree({ 'a.yaml': unusedDirective });
    const args = ['--report-unused-directives', '-f', 'compact', 'a.yaml'];
    expect(runCli(args, { cwd }).code).toBe(0);
    expect(runCli([...args, '--max-warnings', '1'], { cwd }).code).toBe(0);
    const over = runCli([...args, '--max-warnings', '0'], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('byo-lint: 1 warning exceeds --max-warnings 0\n');
    const twoWarnings = tempTree({ 'a.yaml': unusedDirective.replace('name: Lobby\n', 'name: Lobby\n# byo-lint-disable-line schema\n') });
    expect(runCli([...args, '--max-warnings', '1'], { cwd: twoWarnings })).toMatchObject({
      code: 1,
      stderr: 'byo-lint: 2 warnings exceed --max-warnings 1\n',
    });
    expect(runCli([...args, '--quiet', '--max-warnings', '0'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--max-warnings -1 is no limit, as in ESLint; other negatives are usage errors', () => {
    const cwd = tempTree({ 'a.yaml': unusedDirective });
    const args = ['--report-unused-directives', '-f', 'compact', 'a.yaml'];
    const unlimited = runCli([...args, '--max-warnings', '-1'], { cwd });
    // the warning's wording is the rule's concern; here only that it is reported and passes
    expect(unlimited).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^a\.yaml:5:1: warning: [^\n]* \[unused-directive\]\n$/),
      stderr: '',
    });
    expect(runCli([...args, '--max-warnings', '0', '--max-warnings', '-1'], { cwd }).code).toBe(0);
    expect(runCli([...args, '--max-warnings', '-2'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: --max-warnings takes a whole number or -1 (no limit), not "-2"\n',
    });
  });

  it('colours only a terminal, unless told', () => {
    const cwd = tempTree({ 'a.yaml': unquoted });
    expect(runCli(['a.yaml'], { cwd }).stdout).not.toContain('\u001b[');
    expect(runCli(['--color', 'a.yaml'], { cwd }).stdout).toContain('\u001b[31m');
    const inTerminal = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `${process.execPath} ${cliPath} a.yaml`, '/dev/null'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      }).stdout;
    expect(inTerminal({ NO_COLOR: '' })).toContain('\u001b[31m');
    expect(inTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });

  it('prints its version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('lints the shipped examples with their deliberate mistakes', () => {
    const run = runCli(['-f', 'compact', '--no-config-lookup', 'examples/']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'examples/gitops/phone-numbers/broken-frontdesk.yaml:5:1: error: unknown key "credential_id" in BYO phone number; did you mean "credentialId"? [schema]\n',
    );
    expect(run.stdout).not.toContain('support-us.yaml');
  });
});

describe('the README', () => {
  it('shows the real output of linting the examples', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const command = '$ byo-lint -f compact examples/\n';
    const start = readme.indexOf(command) + command.length;
    const shown = readme.slice(start, readme.indexOf('```', start));
    expect(runCli(['-f', 'compact', '--no-config-lookup', 'examples/']).stdout).toBe(shown);
  });
});

describe('a reader that stops early', () => {
  it('closes the pipe without a stack trace, and the exit code stands', async () => {
    // enough findings that the report outgrows the pipe's buffer
    const cwd = tempTree({ 'a.yaml': validNumber + Array.from({ length: 3000 }, (_, index) => `unknown${index}: 1\n`).join('') });
    const child = spawn(process.execPath, [cliPath, '-f', 'compact', 'a.yaml'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // as `head -1` does: read the first chunk, then close the pipe
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
  it('an output that cannot be written is exit 2 with one line, not a stack trace', () => {
    const cwd = tempTree({ 'a.yaml': validNumber.replace('"+14155550100"', '+14155550100') });
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" -f compact a.yaml > /dev/full`], { cwd, encoding: 'utf8' });
    expect(run.stderr).toBe('byo-lint: cannot write the output: no space left on the device (ENOSPC)\n');
    expect(run.status).toBe(2);
  });
});
