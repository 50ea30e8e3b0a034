import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { runCli } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

const entry = (extra: string) => `provider: byo-phone-number
number: "+14155550100"
credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
${extra}`;

const lint = (text: string, reportUnusedDirectives = false) =>
  lintText(text, { filePath: 'numbers.yaml', reportUnusedDirectives }).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);

describe('inline directives', () => {
  it('reports without directives', () => {
    expect(lint(entry('colour: blue\nshade: red\n'))).toEqual(['5:1 schema', '6:1 schema']);
  });

  it('disable-next-line with a rule list and a reason', () => {
    expect(lint(entry('# byo-lint-disable-next-line schema -- legacy key kept for the importer\ncolour: blue\nshade: red\n'))).toEqual([
      '7:1 schema',
    ]);
  });

  it('disable-next-line for another rule suppresses nothing', () => {
    expect(lint(entry('# byo-lint-disable-next-line quoted-number\ncolour: blue\n'))).toEqual(['6:1 schema']);
  });

  it('disable-line without a rule list covers every rule', () => {
    expect(lint(entry('colour: blue # byo-lint-disable-line\nshade: red\n'))).toEqual(['6:1 schema']);
  });

  it('disable and enable bound a block', () => {
    const text = entry('# byo-lint-disable schema\ncolour: blue\nshade: red\n# byo-lint-enable schema\ntint: green\n');
    expect(lint(text)).toEqual(['9:1 schema']);
  });

  it.each([
    ['a double-quoted scalar', 'name: "Support # byo-lint-disable-file -- for now"\ncolour: blue\n'],
    ['a single-quoted scalar', "name: 'Support # byo-lint-disable-file -- for now'\ncolour: blue\n"],
    ['a block scalar', 'name: |\n  Support\n  # byo-lint-disable-file\ncolour: blue\n'],
    ['a quoted key', '"x # byo-lint-disable-file -- y": 1\ncolour: blue\n'],
  ])('is no directive inside %s', (_kind, extra) => {
    const text = entry(extra);
    const colourLine = text.split('\n').indexOf('colour: blue') + 1;
    expect(lint(text)).toContain(`${colourLine}:1 schema`);
  });

  it("is a directive after a block scalar's header, which is a comment though the scalar's range holds it", () => {
    const insecure = entry('serverUrl: >-\n  http://hooks.example.com/vapi\n');
    expect(lint(insecure)).toEqual(['5:12 insecure-server-url']);
    const silenced = entry(
      'serverUrl: >- # byo-lint-disable-line insecure-server-url -- the staging hook\n  http://hooks.example.com/vapi\n',
    );
    expect(lint(silenced)).toEqual([]);
    expect(lint(entry('serverUrl: |2- # byo-lint-disable-file\n  http://hooks.example.com/vapi\ncolour: blue\n'))).toEqual([]);
  });

  it('cannot silence a file with a syntax error, not even from inside a string there', () => {
    expect(lint('name: " # byo-lint-disable-file -- "\nnumber: [\n')).toEqual(['3:1 syntax']);
    // the unreadable document's string hid the other document's findings too
    const text = `${entry('name: " # byo-lint-disable-file -- "\nnumber: [\n')}---\n${entry('colour: blue\n')}`;
    expect(lint(text)).toEqual(['7:1 syntax', '12:1 schema']);
  });

  it('silences a duplicate key as any other finding', () => {
    expect(lint(entry('name: a\n# byo-lint-disable-next-line duplicate-key\nname: b\n'))).toEqual([]);
  });

  it('cannot silence a syntax error with a real directive either', () => {
    expect(lint('# byo-lint-disable-file\nnumber: [\n')).toEqual(['3:1 syntax']);
  });

  it('still works after a # inside a scalar on the same line', () => {
    expect(lint(entry('name: "a # b" # byo-lint-disable-line\n'))).toEqual([]);
  });

  it('disable-file covers the whole file', () => {
    expect(lint(`# byo-lint-disable-file\n${entry('colour: blue\n')}`)).toEqual([]);
  });

  it('disable-file with a rule list keeps other rules', () => {
    expect(lint(`# byo-lint-disable-file quoted-number\n${entry('colour: blue\n')}`)).toEqual(['6:1 schema']);
  });

  it('a # inside a word is not a comment', () => {
    expect(lint(entry('name: "room#byo-lint-disable-line"\ncolour: blue\n'))).toEqual(['6:1 schema']);
  });

  it('reports unused directives only when asked, at the comment', () => {
    const text = entry('# byo-lint-disable-next-line quoted-number -- not needed\ncolour: blue\n');
    expect(lint(text)).toEqual(['6:1 schema']);
    const diagnostics = lintText(text, { filePath: 'numbers.yaml', reportUnusedDirectives: true }).diagnostics;
    expect(diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.ruleId} ${d.severity} ${d.message}`)).toEqual([
      '5:1-57 unused-directive warning unused byo-lint-disable-next-line directive: no problems of "quoted-number" were reported here; remove it',
      '6:1-7 schema error unknown key "colour" in BYO phone number',
    ]);
  });

  it('names an unknown rule in an unused directive', () => {
    const text = entry('colour: blue # byo-lint-disable-line schema, no-such-rule\n');
    expect(lintText(text, { filePath: 'numbers.yaml', reportUnusedDirectives: true }).diagnostics.map((d) => d.message)).toEqual([
      'unused byo-lint-disable-line directive: no problems of "no-such-rule" were reported here; "no-such-rule" is not a rule: run `byo-lint rules`',
    ]);
  });

  it('suggests the rule a misspelt id in a directive was meant to be, among the structural ones too', () => {
    const text = entry('colour: blue # byo-lint-disable-line schemas, quoted-numbr\n');
    expect(lintText(text, { filePath: 'numbers.yaml', reportUnusedDirectives: true }).diagnostics.map((d) => d.message)).toEqual([
      // silenced by neither id as written
      'unknown key "colour" in BYO phone number',
      'unused byo-lint-disable-line directive: no problems of "schemas", "quoted-numbr" were reported here; ' +
        '"schemas" is not a rule: did you mean "schema"?; "quoted-numbr" is not a rule: did you mean "quoted-number"?',
    ]);
  });

  it('a used directive is not reported', () => {
    expect(lint(entry('colour: blue # byo-lint-disable-line schema\n'), true)).toEqual([]);
  });

  it('CRLF lines keep their directives', () => {
    expect(lint(entry('# byo-lint-disable-next-line schema\r\ncolour: blue\r\n').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r'))).toEqual(
      [],
    );
  });
});

describe('inline directives through the built CLI', () => {
  const file = entry(`# byo-lint-disable-next-line schema -- kept for the importer
colour: blue
shade: red # byo-lint-disable-line
# byo-lint-disable schema
tint: green
# byo-lint-enable schema
hue: teal
# byo-lint-disable-next-line quoted-number
tone: warm
`);

  it('suppresses each form and reports what is left', () => {
    const cwd = tempTree({
      'a.phone-number.yaml': file,
      'b.phone-number.yaml': `# byo-lint-disable-file schema\n${entry('colour: blue\n')}`,
    });
    const run = runCli(['-f', 'compact', '.'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'a.phone-number.yaml:11:1: error: unknown key "hue" in BYO phone number [schema]\n' +
        'a.phone-number.yaml:13:1: error: unknown key "tone" in BYO phone number [schema]\n' +
        // disable-file names schema only, so the other rules still speak
        'b.phone-number.yaml:3:9: error: number "+14155550100" is already defined at a.phone-number.yaml:2:9; define each number once, or its inbound routing is ambiguous [duplicate-number]\n',
    );
  });

  it('--report-unused-directives names the directive that suppressed nothing', () => {
    const cwd = tempTree({ 'a.phone-number.yaml': file });
    const run = runCli(['-f', 'compact', '--report-unused-directives', 'a.phone-number.yaml'], { cwd });
    expect(run.stdout.split('\n').filter((line) => line.includes('unused-directive'))).toEqual([
      'a.phone-number.yaml:12:1: warning: unused byo-lint-disable-next-line directive: no problems of "quoted-number" were reported here; remove it [unused-directive]',
    ]);
  });
});
