import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { lintText } from '../../src/lint.js';
import type { Config } from '../../src/schema/config-model.js';
import { onlyRules } from './only-rules.js';

const only = { rules: onlyRules({ 'quoted-number': 'error' }) };

/** The one diagnostic of a kind: a schema `messageId`, or a rule id. */
function find(text: string, filePath: string, kind: string): Diagnostic {
  const found = lintText(text, { filePath, config: only }).diagnostics.filter(
    (candidate) => candidate.messageId === kind || candidate.ruleId === kind,
  );
  expect(found).toHaveLength(1);
  return found[0];
}

/** Applies one ESLint-shaped fix, as an editor would. */
function apply(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

describe('fix data in ESLint shape', () => {
  const entry = 'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n';

  it('counts fixable errors and gives the range of an unquoted number', () => {
    const text = 'provider: byo-phone-number\nnumber: 0042\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n';
    const result = lintText(text, { filePath: 'a.yaml', config: only });
    expect(result.diagnostics.map(({ ruleId, line, column, fix }) => ({ ruleId, line, column, fix }))).toEqual([
      { ruleId: 'quoted-number', line: 2, column: 9, fix: { range: [35, 39], text: '"0042"' } },
    ]);
    expect(result.fixableErrorCount).toBe(1);
    expect(result.fixableWarningCount).toBe(0);
  });

  it('counts a fix of a rule set to warn as a fixable warning', () => {
    const text = entry.replace('"+14155550100"', '+14155550100');
    const result = lintText(text, { filePath: 'a.yaml', config: { rules: onlyRules({ 'quoted-number': 'warn' }) } });
    expect([result.fixableErrorCount, result.fixableWarningCount]).toEqual([0, 1]);
  });

  it('counts ranges as ESLint does, from after a BOM', () => {
    const text = 'provider: byo-phone-number\nnumber: 0042\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n';
    const fix = { range: [35, 39], text: '"0042"' };
    expect(find(text, 'a.yaml', 'quoted-number').fix).toEqual(fix);
    expect(find(`\uFEFF${text}`, 'a.yaml', 'quoted-number').fix).toEqual(fix);
  });

  it('renames an unknown key to the one it unambiguously means', () => {
    const text = `${entry}assistantID: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n`;
    const diagnostic = find(text, 'a.yaml', 'unknown-property');
    expect(diagnostic.fix).toEqual({ range: [text.indexOf('assistantID'), text.indexOf('assistantID') + 11], text: 'assistantId' });
  });

  it('keeps the quoting of a renamed key', () => {
    const text = `${entry}'assistant_id': 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n`;
    expect(apply(text, find(text, 'a.yaml', 'unknown-property').fix!)).toBe(
      `${entry}'assistantId': 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n`,
    );
  });

  it('removes a server-managed key with its line, trailing comment included', () => {
    const text = `${entry}status: active # from the API\nname: Lobby\n`;
    const diagnostic = find(text, 'a.yaml', 'unknown-property');
    expect(diagnostic.fix).toEqual({ range: [text.indexOf('status'), text.indexOf('name')], text: '' });
  });

  it("removes a server-managed key whose value ends past the next line's indentation up to that line, which it keeps", () => {
    // the mapping under `sync` keeps the comment line after it, and yaml's range for it runs on to
    // `name`, past its indentation: `status`'s value ends there
    const text = `- ${entry.replace(/\n(?!$)/g, '\n  ')}  status:\n    sync:\n      state: ok\n      # from the API\n  name: Lobby\n`;
    const diagnostic = find(text, 'a.yaml', 'unknown-property');
    expect(apply(text, diagnostic.fix!)).toBe(`- ${entry.replace(/\n(?!$)/g, '\n  ')}  name: Lobby\n`);
  });

  it('removes the last member of a JSON object with the comma before it', () => {
    const text = '{\n  "provider": "byo-phone-number",\n  "number": "+14155550100",\n  "credentialId": "x",\n  "id": "y"\n}\n';
    expect(apply(text, find(text, 'a.json', 'unknown-property').fix!)).toBe(
      '{\n  "provider": "byo-phone-number",\n  "number": "+14155550100",\n  "credentialId": "x"\n}\n',
    );
  });

  it('inserts a missing provider as the first key at the entry indentation, with the file line ending', () => {
    const text = '- number: "+14155550100"\r\n  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\r\n';
    const diagnostic = find(text, 'a.yaml', 'required');
    expect(diagnostic.fix).toEqual({ range: [2, 2], text: 'provider: byo-phone-number\r\n  ' });
  });

  it('inserts no provider before a first key with an anchor or tag on its line, and --fix still applies the other fixes', () => {
    const rest = '  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n';
    const second = `- provider: byo-phone-number\n  number: +14155550101\n${rest}`;
    for (const first of ['- &main number: "+14155550100"\n', '- !!str number: "+14155550100"\n']) {
      const text = first + rest + second;
      expect(find(text, 'a.yaml', 'required').fix).toBeUndefined();
      expect(lintText(text, { filePath: 'a.yaml', config: only, fix: true }).output).toBe(text.replace('+14155550101', '"+14155550101"'));
    }
    // an anchor on the line before is the mapping's, and stays with it
    const text = `- &main\n  number: "+14155550100"\n${rest}`;
    expect(apply(text, find(text, 'a.yaml', 'required').fix!)).toBe(
      `- &main\n  provider: byo-phone-number\n  number: "+14155550100"\n${rest}`,
    );
  });

  it('offers no fix in a text that --fix never rewrites, silenced or not, and counts none fixable', () => {
    const unquoted = 'provider: byo-phone-number\nnumber: +14155550100\ncredentialId: c1\n';
    const cases: { text: string; limits?: Config['limits']; found: string[] }[] = [
      { text: `${unquoted}---\nprovider: [\n`, found: ['quoted-number 2:9', 'syntax 6:1'] },
      { text: `${unquoted}credentialId: c2\n`, found: ['quoted-number 2:9', 'duplicate-key 4:1'] },
      { text: `${unquoted}# byo-lint-disable-next-line duplicate-key\ncredentialId: c2\n`, found: ['quoted-number 2:9'] },
      { text: `${unquoted}---\n${unquoted}`, limits: { maxDocuments: 1 }, found: ['quoted-number 2:9', 'resource-limit 4:1'] },
    ];
    for (const { text, limits, found } of cases) {
      const result = lintText(text, { filePath: 'a.yaml', config: { ...only, limits } });
      expect(result.diagnostics.map(({ ruleId, line, column, fix }) => ({ at: `${ruleId} ${line}:${column}`, fix }))).toEqual(
        found.map((at) => ({ at, fix: undefined })),
      );
      expect([result.fixableErrorCount, result.fixableWarningCount]).toEqual([0, 0]);
    }
  });

  it('does not fix a file with a BOM past limits.maxFileBytes, which counts the BOM', () => {
    const text = '\uFEFFprovider: byo-phone-number\nnumber: +14155550100\ncredentialId: c1\n';
    const limits = { maxFileBytes: Buffer.byteLength(text) + 1 };
    const result = lintText(text, { filePath: 'a.yaml', config: { ...only, limits }, fix: true });
    expect(result.output).toBeUndefined();
    expect(result.diagnostics.map(({ ruleId, line, column }) => `${ruleId} ${line}:${column}`)).toEqual(['quoted-number 2:9']);
    // with the room the quotes need, it is fixed
    const roomy = lintText(text, { filePath: 'a.yaml', config: { ...only, limits: { maxFileBytes: limits.maxFileBytes + 1 } }, fix: true });
    expect(roomy.output).toBe(text.replace('+14155550100', '"+14155550100"'));
  });

  it('offers no fix that adds or removes lines when a directive is bound to a line, and still offers the others', () => {
    const text = 'number: "+14155550100" # byo-lint-disable-line prefer-e164\ncredentialId: c1\nassistant_id: a1\n';
    const fixes = (directive: string) =>
      lintText(text.replace('byo-lint-disable-line', directive), { filePath: 'a.yaml', config: only }).diagnostics.map(
        ({ message, line, column, fix }) => ({ at: `${line}:${column}`, message: message.split(';')[0], fix }),
      );
    const rename = { range: [text.indexOf('assistant_id'), text.indexOf('assistant_id') + 12], text: 'assistantId' };
    expect(fixes('byo-lint-disable-line')).toEqual([
      { at: '1:1', message: 'missing required key "provider"', fix: undefined },
      { at: '3:1', message: 'unknown key "assistant_id" in BYO phone number', fix: rename },
    ]);
    // a directive for the whole file moves with no line: inserting one is offered
    expect(fixes('byo-lint-disable-file')).toEqual([
      { at: '1:1', message: 'missing required key "provider"', fix: { range: [0, 0], text: 'provider: byo-phone-number\n' } },
      { at: '3:1', message: 'unknown key "assistant_id" in BYO phone number', fix: rename },
    ]);
  });

  it('offers no fix for the only key of a mapping: removing it would change what the document is', () => {
    const diagnostic = find('id: 1\n', 'a.yaml', 'unknown-property');
    expect(diagnostic.fix).toBeUndefined();
  });
});

describe('suggestions, never applied by --fix', () => {
  const entry = (number: string) => `provider: byo-phone-number\nnumber: ${number}\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n`;

  it('suggests the E.164 form of a number with "+" and formatting characters', () => {
    const text = entry('"+1 (415) 555-0100"');
    const diagnostic = find(text, 'a.yaml', 'pattern');
    expect(diagnostic.fix).toBeUndefined();
    expect(diagnostic.suggestions).toEqual([
      { desc: 'remove the formatting characters: "+14155550100"', fix: { range: [35, 54], text: '"+14155550100"' } },
    ]);
    expect(apply(text, diagnostic.suggestions![0].fix)).toBe(entry('"+14155550100"'));
  });

  it('suggests nothing without the "+": the country is unknown', () => {
    expect(find(entry('"(415) 555-0100"'), 'a.yaml', 'pattern').suggestions).toBeUndefined();
  });

  it('counts suggestion ranges from after a BOM too', () => {
    const text = entry('"+1 (415) 555-0100"');
    expect(find(`\uFEFF${text}`, 'a.yaml', 'pattern').suggestions![0].fix.range).toEqual([35, 54]);
  });

  it('suggests https:// for a plain-http serverUrl', () => {
    const text = `${entry('"+14155550100"')}serverUrl: http://hooks.example.com/vapi\n`;
    const [diagnostic] = lintText(text, {
      filePath: 'a.yaml',
      config: { rules: onlyRules({ 'insecure-server-url': 'warn' }) },
    }).diagnostics;
    expect(diagnostic.fix).toBeUndefined();
    expect(diagnostic.suggestions).toEqual([
      { desc: 'use https://', fix: { range: [text.indexOf('http:'), text.length - 1], text: '"https://hooks.example.com/vapi"' } },
    ]);
  });

  it('suggests nothing for a URL with embedded credentials: the replacement would carry them', () => {
    const text = `${entry('"+14155550100"')}serverUrl: http://user:hunter2@hooks.example.com/vapi\n`;
    const result = lintText(text, { filePath: 'a.yaml', config: { rules: onlyRules({ 'insecure-server-url': 'warn' }) } });
    expect(result.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.suggestions])).toEqual([
      ['insecure-server-url', undefined],
    ]);
  });

  it('suggests the "+" that prefer-e164 misses', () => {
    const text = entry('"14155550100"');
    const [diagnostic] = lintText(text, { filePath: 'a.yaml', config: { rules: onlyRules({ 'prefer-e164': 'warn' }) } }).diagnostics;
    expect(diagnostic.fix).toBeUndefined();
    expect(diagnostic.suggestions).toEqual([{ desc: 'add "+"', fix: { range: [35, 48], text: '"+14155550100"' } }]);
  });

  it('applies no suggestion with --fix', () => {
    const text = `${entry('"14155550100"')}serverUrl: http://hooks.example.com/vapi\n`;
    const result = lintText(text, { filePath: 'a.yaml', fix: true });
    expect(result.output).toBeUndefined();
    expect(result.diagnostics.filter((diagnostic) => diagnostic.suggestions).map((diagnostic) => diagnostic.ruleId)).toEqual([
      'prefer-e164',
      'insecure-server-url',
    ]);
  });

  it('replaces a block scalar up to its final line break, which the next line keeps', () => {
    for (const newline of ['\n', '\r\n']) {
      const text = entry(`>-\n  +1 415\n  555 0100\n# the desk`).replace(/\n/g, newline);
      const diagnostic = find(text, 'a.yaml', 'pattern');
      expect(diagnostic.suggestions).toEqual([
        {
          desc: 'remove the formatting characters: "+14155550100"',
          fix: { range: [text.indexOf('>-'), text.indexOf('# the desk') - newline.length], text: '"+14155550100"' },
        },
      ]);
      expect(apply(text, diagnostic.suggestions![0].fix)).toBe(entry('"+14155550100"\n# the desk').replace(/\n/g, newline));
    }
  });

  it('keeps JSON valid: a suggestion in a JSON file is a JSON string', () => {
    const text = '{"provider": "byo-phone-number", "number": "+44 20 7183 8750", "credentialId": "x"}';
    const diagnostic = find(text, 'a.json', 'pattern');
    expect(JSON.parse(apply(text, diagnostic.suggestions![0].fix))).toMatchObject({ number: '+442071838750' });
  });
});
