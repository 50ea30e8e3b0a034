import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

/** Only the rules these tests are about, so that the reports stay exact. */
const config = 'rules:\n  inbound-hangup: off\n  id-format: off\n  prefer-e164: off\n';

const exported = `# exported from the API, then edited by hand
provider: byo-phone-number
id: 0f1e2d3c-4b5a-4697-8877-665544332211
number: +14155550100 # the main line

# the trunk
credential_id: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
status: active
colour: blue
`;

const fixed = `# exported from the API, then edited by hand
provider: byo-phone-number
number: "+14155550100" # the main line

# the trunk
credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
colour: blue
`;

const leftOver = 'numbers.yaml:8:1: error: unknown key "colour" in BYO phone number [schema]\n';

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

function project(files: Record<string, string | Buffer>): string {
  return tempTree({ '.byo-lintrc.yaml': config, ...files });
}

describe('byo-lint --fix', () => {
  it('rewrites the file, keeps comments and blank lines, and reports what is left', () => {
    const cwd = project({ 'numbers.yaml': exported });
    const run = runCli(['--fix', '-f', 'compact', 'numbers.yaml'], { cwd });
    expect(run).toEqual({ code: 1, stdout: leftOver, stderr: '' });
    expect(readFileSync(path.join(cwd, 'numbers.yaml'), 'utf8')).toBe(fixed);
  });

  it('keeps CRLF line endings and the BOM', () => {
    const cwd = project({ 'numbers.yaml': `\uFEFF${crlf(exported)}` });
    expect(runCli(['--fix', '-f', 'compact', 'numbers.yaml'], { cwd }).stdout).toBe(leftOver);
    expect(readFileSync(path.join(cwd, 'numbers.yaml'))).toEqual(Buffer.from(`\uFEFF${crlf(fixed)}`, 'utf8'));
  });

  it('inserts new lines with the file line ending', () => {
    const entry =
      '- number: "+14155550100"\n  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n  assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n';
    const cwd = project({ 'numbers.yaml': crlf(entry) });
    expect(runCli(['--fix', 'numbers.yaml'], { cwd }).code).toBe(0);
    expect(readFileSync(path.join(cwd, 'numbers.yaml'), 'utf8')).toBe(crlf(`- provider: byo-phone-number\n  ${entry.slice(2)}`));
  });

  it('keeps the file mode, writes through the temporary file only, and leaves none behind', () => {
    const cwd = project({ 'numbers.yaml': exported });
    const file = path.join(cwd, 'numbers.yaml');
    chmodSync(file, 0o640);
    const inode = statSync(file).ino;
    runCli(['--fix', 'numbers.yaml'], { cwd });
    expect(statSync(file).mode & 0o777).toBe(0o640);
    // a rename put a new file in place: readers never saw a half-written one
    expect(statSync(file).ino).not.toBe(inode);
    expect(readdirSync(cwd).sort()).toEqual(['.byo-lintrc.yaml', 'numbers.yaml']);
  });

  it('fixes the target of a symbolic link and leaves the link a link', () => {
    const cwd = project({ 'shared/numbers.yaml': exported });
    symlinkSync('shared/numbers.yaml', path.join(cwd, 'numbers.yaml'));
    runCli(['--fix', 'numbers.yaml'], { cwd });
    expect(lstatSync(path.join(cwd, 'numbers.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(cwd, 'numbers.yaml'))).toBe('shared/numbers.yaml');
    expect(readFileSync(path.join(cwd, 'shared/numbers.yaml'), 'utf8')).toBe(fixed);
  });

  it('changes nothing on a second run', () => {
    const cwd = project({ 'numbers.yaml': exported });
    runCli(['--fix', 'numbers.yaml'], { cwd });
    const inode = statSync(path.join(cwd, 'numbers.yaml')).ino;
    const again = runCli(['--fix', '-f', 'compact', 'numbers.yaml'], { cwd });
    expect(again.stdout).toBe(leftOver);
    expect(readFileSync(path.join(cwd, 'numbers.yaml'), 'utf8')).toBe(fixed);
    expect(statSync(path.join(cwd, 'numbers.yaml')).ino).toBe(inode);
  });

  it('never rewrites a file with a duplicate key or a syntax error', () => {
    const duplicate = `${exported}number: "+14155550101"\n`;
    const broken = `${exported}---\nprovider: [byo-phone-number\n`;
    const cwd = project({ 'duplicate.yaml': duplicate, 'broken.yaml': broken });
    const run = runCli(['--fix', '-f', 'compact', 'duplicate.yaml', 'broken.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('duplicate.yaml:11:1: error: key "number" is duplicated');
    expect(run.stdout).toContain('[syntax]');
    expect(readFileSync(path.join(cwd, 'duplicate.yaml'), 'utf8')).toBe(duplicate);
    expect(readFileSync(path.join(cwd, 'broken.yaml'), 'utf8')).toBe(broken);
  });

  it('fixes JSON files and keeps their indentation', () => {
    const json =
      '{\n\t"id": "0f1e2d3c",\n\t"number": "+14155550100",\n\t"credentialId": "2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23",\n\t"assistantID": "9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e"\n}\n';
    const cwd = project({ 'numbers.json': json });
    expect(runCli(['--fix', 'numbers.json'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(cwd, 'numbers.json'), 'utf8')).toBe(
      '{\n\t"provider": "byo-phone-number",\n\t"number": "+14155550100",\n\t"credentialId": "2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23",\n\t"assistantId": "9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e"\n}\n',
    );
  });

  it('reports the fixed file in json with no fixable problems left', () => {
    const cwd = project({ 'numbers.yaml': exported });
    const [result] = JSON.parse(runCli(['--fix', '-f', 'json', 'numbers.yaml'], { cwd }).stdout);
    expect(result).toMatchObject({ errorCount: 1, fixableErrorCount: 0, warningCount: 0 });
    expect(result.messages.map((message: { line: number; path: string }) => [message.line, message.path])).toEqual([[8, '/colour']]);
  });

  it('refuses --fix together with --fix-dry-run', () => {
    const cwd = project({ 'numbers.yaml': exported });
    expect(runCli(['--fix', '--fix-dry-run', 'numbers.yaml'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'byo-lint: give either --fix or --fix-dry-run, not both\n',
    });
  });
});

describe('byo-lint --fix-dry-run', () => {
  const diff = `--- a/numbers.yaml
+++ b/numbers.yaml
@@ -1,10 +1,8 @@
 # exported from the API, then edited by hand
 provider: byo-phone-number
-id: 0f1e2d3c-4b5a-4697-8877-665544332211
-number: +14155550100 # the main line
+number: "+14155550100" # the main line
 
 # the trunk
-credential_id: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
+credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
 assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
-status: active
 colour: blue
`;

  it('prints a unified diff, the report on stderr, and leaves the file byte-identical', () => {
    const original = Buffer.from(`\uFEFF${exported}`, 'utf8');
    const cwd = project({ 'numbers.yaml': original });
    const file = path.join(cwd, 'numbers.yaml');
    const before = statSync(file);
    const run = runCli(['--fix-dry-run', '-f', 'compact', 'numbers.yaml'], { cwd });
    expect(run).toEqual({ code: 1, stdout: diff.replace(' # exported', ' \uFEFF# exported'), stderr: leftOver });
    expect(readFileSync(file)).toEqual(original);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).ino).toBe(before.ino);
  });

  it('prints a diff that git apply turns into what --fix writes, CRLF included', () => {
    const cwd = project({ 'numbers.yaml': crlf(exported), 'nested/numbers.yaml': exported });
    const patch = runCli(['--fix-dry-run', 'numbers.yaml', 'nested/numbers.yaml'], { cwd }).stdout;
    writeFileSync(path.join(cwd, 'fixes.patch'), patch);
    const applied = spawnSync('git', ['apply', '--unsafe-paths', '--whitespace=nowarn', 'fixes.patch'], { cwd, encoding: 'utf8' });
    expect(applied.stderr).toBe('');
    expect(readFileSync(path.join(cwd, 'numbers.yaml'), 'utf8')).toBe(crlf(fixed));
    expect(readFileSync(path.join(cwd, 'nested/numbers.yaml'), 'utf8')).toBe(fixed);
  });

  it('prints nothing on stdout when there is nothing to fix', () => {
    const cwd = project({ 'numbers.yaml': fixed });
    expect(runCli(['--fix-dry-run', '-f', 'compact', 'numbers.yaml'], { cwd })).toEqual({ code: 1, stdout: '', stderr: leftOver });
  });
});

describe('byo-lint --fix with --stdin', () => {
  it('prints the fixed text on stdout and the report on stderr', () => {
    const cwd = project({});
    const run = runCli(['--stdin', '--stdin-filename', 'numbers.yaml', '--fix', '-f', 'compact'], { cwd, input: exported });
    expect(run).toEqual({ code: 1, stdout: fixed, stderr: leftOver });
  });

  it('prints the text unchanged when there is nothing to fix', () => {
    const cwd = project({});
    const run = runCli(['-', '--fix'], { cwd, input: fixed.replace('colour: blue\n', '') });
    expect(run).toEqual({ code: 0, stdout: fixed.replace('colour: blue\n', ''), stderr: '' });
  });

  it('prints a diff with --fix-dry-run', () => {
    const cwd = project({});
    const run = runCli(['--stdin', '--stdin-filename', 'numbers.yaml', '--fix-dry-run', '-f', 'compact'], { cwd, input: exported });
    expect(run.stdout).toMatch(/^--- a\/numbers\.yaml\n\+\+\+ b\/numbers\.yaml\n@@ -1,10 \+1,8 @@\n/);
    expect(run.stderr).toBe(leftOver);
  });
});

describe('byo-lint rules', () => {
  it('marks the rules --fix repairs as fixable, and the suggestion-only ones as not', () => {
    const items = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string; fixable: boolean }[];
    const fixable = Object.fromEntries(items.map((item) => [item.id, item.fixable]));
    expect(fixable).toMatchObject({
      schema: true,
      'quoted-number': true,
      syntax: false,
      'prefer-e164': false,
      'insecure-server-url': false,
    });
  });
});
