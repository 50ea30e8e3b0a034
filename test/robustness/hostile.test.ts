import { describe, expect, it } from 'vitest';
import { lintSource, lintText, Run } from '../../src/lint.js';
import { loadText } from '../../src/load/index.js';
import { validNumber } from '../helpers/tmp.js';

const structural = new Set(['syntax', 'duplicate-key', 'resource-limit', 'schema']);

/** The always-on diagnostics of a text as `line:column-endLine:endColumn rule message`; semantic rules have their own tests. */
function structuralFindings(input: string | Buffer, filePath = 'a.yaml'): string[] {
  const result = typeof input === 'string' ? lintText(input, { filePath }) : lintSource(input, { filePath }, new Run());
  return result.diagnostics
    .filter((diagnostic) => structural.has(diagnostic.ruleId))
    .map((diagnostic) => {
      const rule = diagnostic.messageId ? `${diagnostic.ruleId}/${diagnostic.messageId}` : diagnostic.ruleId;
      return `${diagnostic.line}:${diagnostic.column}-${diagnostic.endLine}:${diagnostic.endColumn} ${rule} ${diagnostic.message}`;
    });
}

function prototypeSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].flatMap((prototype) => Reflect.ownKeys(prototype).map(String));
}

describe('hostile keys', () => {
  const yamlText = `${validNumber}__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nprototype: 1\n`;
  const jsonText = JSON.stringify({ provider: 'byo-phone-number', number: '+14155550100', credentialId: 'c' }).replace(
    '}',
    ', "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": 1}',
  );

  for (const [filePath, text] of [
    ['a.yaml', yamlText],
    ['a.json', jsonText],
  ]) {
    it(`__proto__, constructor and prototype in ${filePath} are own data, not prototypes`, () => {
      const before = prototypeSnapshot();
      const value = loadText(text, filePath).documents[0].value as Record<string, unknown>;
      expect(prototypeSnapshot()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.hasOwn(value, key)).toBe(true);
      expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: filePath === 'a.json' ? true : 'yes' });
      expect(Object.getOwnPropertyDescriptor(value, 'constructor')?.value).toEqual({
        prototype: { polluted: filePath === 'a.json' ? true : 'yes' },
      });
      lintText(text, { filePath });
      expect(prototypeSnapshot()).toEqual(before);
    });
  }

  it('they are reported as unknown keys, where they are written', () => {
    expect(structuralFindings(yamlText)).toEqual([
      '5:1-5:10 schema/unknown-property unknown key "__proto__" in BYO phone number',
      '7:1-7:12 schema/unknown-property unknown key "constructor" in BYO phone number',
      '10:1-10:10 schema/unknown-property unknown key "prototype" in BYO phone number',
    ]);
    expect(structuralFindings(jsonText, 'a.json')).toEqual([
      '1:76-1:87 schema/unknown-property unknown key "__proto__" in BYO phone number',
      '1:109-1:122 schema/unknown-property unknown key "constructor" in BYO phone number',
      '1:159-1:170 schema/unknown-property unknown key "prototype" in BYO phone number',
    ]);
    const nested = `${validNumber}fallbackDestination:\n  type: sip\n  sipUri: sip:desk@pbx.example.com\n  __proto__: {type: number}\n`;
    expect(structuralFindings(nested)).toEqual([
      '8:3-8:12 schema/unknown-property unknown key "__proto__" in SIP fallback destination; expected one of "type", "sipUri", "message", "description"',
    ]);
  });
});

describe('characters that are not seen', () => {
  it('are written as escapes in the values a message quotes, so that a key does not read as the one it was taken for', () => {
    const text = validNumber
      .replace('number:', '\u200bnumber:')
      .replace('assistantId', '\ufeffassistantId')
      .replace('provider: byo-phone-number', 'provider: "byo-phone-number\u2060"');
    expect(structuralFindings(text)).toEqual([
      '1:1-1:30 schema/required missing required key "number"; add the number as your trunk delivers it, quoted, such as `number: "+14155550100"`',
      '1:11-1:30 schema/const "provider" must be "byo-phone-number", but it is "byo-phone-number\\u2060"',
      '2:1-2:8 schema/unknown-property unknown key "\\u200bnumber" in BYO phone number; did you mean "number"?',
      '4:1-4:13 schema/unknown-property unknown key "\\ufeffassistantId" in BYO phone number; did you mean "assistantId"?',
    ]);
  });
});

describe('YAML features a phone-number file cannot use', () => {
  it('tags, standard and custom, are named where they are written', () => {
    const text =
      validNumber.replace('"+14155550100"', '!!binary aGVsbG8=') + 'name: !!js/function "function () {}"\nsquadId: !vault trunk\n';
    expect(structuralFindings(text)).toEqual([
      '2:18-2:26 schema/type tag "!!binary" is not supported; write the value as a plain string, number or mapping',
      '2:18-2:26 schema/pattern "number" "aGVsbG8=" is not a valid phone number; use letters and digits with an optional leading "+": no spaces, dashes or brackets',
      '5:21-5:37 schema/type tag "!!js/function" is not supported; write the value as a plain string, number or mapping',
      '6:17-6:22 schema/type tag "!vault" is not supported; write the value as a plain string, number or mapping',
    ]);
  });

  it('a standard tag that does not accept its value is named, where the value is written, with what it accepts', () => {
    // yaml leaves such a value a string, with only a warning
    const text =
      validNumber.replace('"+14155550100"', '!!float 5') +
      'name: !!int "abc"\nsquadId: !!bool yes\nfallbackDestination: !!str {type: number, number: "+14155550101"}\n';
    expect(structuralFindings(text)).toEqual([
      '2:17-2:18 schema/type tag "!!float" does not accept "5", which is read as a string; remove the tag, or write a number with a decimal point, such as 5.0',
      '5:13-5:18 schema/type tag "!!int" does not accept "abc", which is read as a string; remove the tag, or write an integer, such as 5',
      '6:17-6:20 schema/type tag "!!bool" does not accept "yes", which is read as a string; remove the tag, or write true or false',
      '7:28-7:66 schema/type tag "!!str" does not accept a mapping; remove the tag, or write a string',
    ]);
  });

  it('a tag on a key is checked as one on a value is, once', () => {
    const text = `${validNumber}!!null name: Lobby\n!vault squadId: x\n!!str serverUrl: https://hooks.example.com/vapi\n`;
    expect(structuralFindings(text).filter((finding) => finding.includes('tag'))).toEqual([
      '5:8-5:12 schema/type tag "!!null" does not accept "name", which is read as a string; remove the tag, or write null, ~ or nothing',
      '6:8-6:15 schema/type tag "!vault" is not supported; write the value as a plain string, number or mapping',
    ]);
  });

  it('a standard tag that a secret does not fit is reported without the secret', () => {
    expect(structuralFindings(`${validNumber}serverUrlSecret: !!int Zq7Xw9Pk2Lm4Nb8Vc\n`)).toEqual([
      '5:24-5:41 schema/type a tag on a secret is not supported; quote a secret that starts with "!"',
    ]);
    expect(structuralFindings(`${validNumber}serverUrlSecret: !!str Zq7Xw9Pk2Lm4Nb8Vc\n`)).toEqual([]);
  });

  it('a merge key is not applied, and is named', () => {
    const text = `- &base\n${validNumber.replace(/^/gm, '  ').trimEnd()}\n- <<: *base\n  number: "+14155550101"\n`;
    expect(structuralFindings(text)).toEqual([
      '6:3-6:12 schema/required missing required key "provider"; add `provider: byo-phone-number`',
      '6:3-6:12 schema/required missing required key "credentialId"; add the id of the byo-sip-trunk credential that carries this number',
      '6:3-6:5 schema/unknown-property unknown key "<<" in BYO phone number; YAML merge keys are not applied here; write the keys out',
    ]);
  });

  it('keys that are not strings are named with what they are', () => {
    const text = `${validNumber}42: answer\ntrue: yes\nnull: nothing\n? [a, b]\n: list\n? *anchor\n: alias\nname: &anchor x\n`;
    expect(structuralFindings(text).filter((finding) => finding.includes('keys must be strings'))).toEqual([
      '5:1-5:3 schema/type key "42" is an integer; keys must be strings',
      '6:1-6:5 schema/type key "true" is a boolean; keys must be strings',
      '7:1-7:5 schema/type key "null" is null; keys must be strings',
      '8:3-8:9 schema/type key "[a, b]" is a collection; keys must be strings',
      '10:3-10:10 schema/type key "*anchor" is an alias; keys must be strings',
    ]);
  });

  it('an alias without its anchor is a syntax error, not a silent null', () => {
    expect(structuralFindings(`${validNumber}name: *nowhere\n`)).toEqual([
      '5:7-5:15 syntax alias "*nowhere" refers to no anchor before it; define the anchor first, or quote a value that starts with "*"',
    ]);
  });

  it('a secret of the wrong type is described by its kind, never its value', () => {
    expect(structuralFindings(`${validNumber}serverUrlSecret: 123456789012345678901\n`)).toEqual([
      '5:18-5:39 schema/type "serverUrlSecret" must be a string, but it is an integer (value hidden)',
    ]);
    expect(structuralFindings(`${validNumber}serverUrlSecret: true\n`)).toEqual([
      '5:18-5:22 schema/type "serverUrlSecret" must be a string, but it is a boolean (value hidden)',
    ]);
  });

  it('a message never quotes input that could be a secret', () => {
    const secret = 'Zq7Xw9Pk2Lm4Nb8Vc';
    const findings = [`!${secret}`, `!!${secret}`, `*${secret}`, `|${secret}`, `>${secret}`, `!e!${secret}`].flatMap((value) =>
      structuralFindings(`${validNumber}serverUrlSecret: ${value}\n`),
    );
    expect(findings).toEqual([
      // a tag with nothing after it is placed at the empty value it tags, after the tag
      '5:36-5:36 schema/type a tag on a secret is not supported; quote a secret that starts with "!"',
      '5:37-5:37 schema/type a tag on a secret is not supported; quote a secret that starts with "!"',
      '5:18-5:36 syntax an alias refers to no anchor before it; define the anchor first, or quote a value that starts with "*"',
      '5:19-5:20 syntax block scalar header includes extra characters',
      '5:19-5:20 syntax block scalar header includes extra characters',
      '5:18-5:38 syntax could not resolve tag',
    ]);
  });
});

describe('bytes that are not text', () => {
  it('NUL and other non-printable characters in YAML are a syntax error at the character', () => {
    expect(structuralFindings(`${validNumber}name: "a\u0000b"\n`)).toEqual([
      '5:9-5:10 syntax non-printable character U+0000 is not allowed in YAML; remove it',
    ]);
    expect(structuralFindings(Buffer.from(`${validNumber}name: a\u0000b\n`))).toEqual([
      '5:8-5:9 syntax non-printable character U+0000 is not allowed in YAML; remove it',
    ]);
    expect(structuralFindings(`${validNumber}name: a\u007fb\n`)).toEqual([
      '5:8-5:9 syntax non-printable character U+007F is not allowed in YAML; remove it',
    ]);
    expect(structuralFindings(`${validNumber}name: "\ud800"\n`)).toEqual([
      '5:8-5:9 syntax non-printable character U+D800 is not allowed in YAML; remove it',
    ]);
  });

  it('NUL in JSON is a syntax error that names it without printing it', () => {
    expect(structuralFindings('{"provider": "x\u0000"}', 'a.json')).toEqual([
      '1:16-1:17 syntax control character in string; escape it (\\n, \\t) or remove it',
    ]);
    expect(structuralFindings('{"provider": "x"}\u0000', 'a.json')).toEqual([
      '1:18-1:19 syntax unexpected U+0000 after the end of the JSON value',
    ]);
  });

  it('a space JSON does not allow, or an invisible character, is named by its code point', () => {
    expect(structuralFindings('\u00a0', 'a.json')).toEqual(['1:1-1:2 syntax unexpected U+00A0; expected a value']);
    expect(structuralFindings('\u2028{}', 'a.json')).toEqual(['1:1-1:2 syntax unexpected U+2028; expected a value']);
    expect(structuralFindings('{"a": 1}\u200b', 'a.json')).toEqual(['1:9-1:10 syntax unexpected U+200B after the end of the JSON value']);
  });

  it('a trailing comma is reported at the comma, whatever whitespace follows it', () => {
    expect(structuralFindings('{"a": 1,}', 'a.json')).toEqual(['1:8-1:9 syntax trailing comma before "}"; remove the comma']);
    expect(structuralFindings('{"a": 1, }', 'a.json')).toEqual(['1:8-1:9 syntax trailing comma before "}"; remove the comma']);
    expect(structuralFindings('{\n  "a": 1,\n}\n', 'a.json')).toEqual(['2:9-2:10 syntax trailing comma before "}"; remove the comma']);
    expect(structuralFindings('[1, 2,\n  ]', 'a.json')).toEqual(['1:6-1:7 syntax trailing comma before "]"; remove the comma']);
    expect(structuralFindings('{"a": [1, 2, ]}', 'a.json')).toEqual(['1:12-1:13 syntax trailing comma before "]"; remove the comma']);
  });

  it('a CR before its LF is placed on its line, as the LF of an LF file is, and ends where that LF ends', () => {
    expect(structuralFindings('{"name": "x\r\n"}', 'a.json')).toEqual([
      '1:12-2:1 syntax control character in string; escape it (\\n, \\t) or remove it',
    ]);
    expect(structuralFindings('{"name": "x\n"}', 'a.json')).toEqual([
      '1:12-2:1 syntax control character in string; escape it (\\n, \\t) or remove it',
    ]);
  });

  it('a CR alone (classic Mac OS) in YAML is a syntax error at the CR, not a file read wrong', () => {
    const loneCr =
      'a carriage return alone (classic Mac OS line endings) is not read as a line break; save the file with LF or CRLF line endings';
    // yaml reads the whole file as one line, and its own message would be about nested mappings;
    // the position is the editor's, which shows the CR as a line break, so the CR ends its line
    expect(structuralFindings('provider: byo-phone-number\rnumber: "+14155550100"\r')).toEqual([`1:27-2:1 syntax ${loneCr}`]);
    expect(structuralFindings(`${validNumber}name: Lobby\rsquadId: x\n`)).toEqual([`5:12-6:1 syntax ${loneCr}`]);
    // read as yaml reads it, the modeline comment swallowed the whole file, which then passed
    expect(structuralFindings('# yaml-language-server: $schema=x.json\rprovider: byo-phone-number\rnumber: 14155550100\r')).toEqual([
      `1:39-2:1 syntax ${loneCr}`,
    ]);
    // and a value took the CR into its text
    expect(structuralFindings(`${validNumber}name: Lobby\r`)).toEqual([`5:12-6:1 syntax ${loneCr}`]);
    // a CRLF is a line break
    expect(structuralFindings(`${validNumber}name: "Lobby\n`.replace(/\n/g, '\r\n'))).toEqual(['6:1-6:1 syntax missing closing "quote']);
    expect(structuralFindings(`${validNumber}name: Lobby\n`.replace(/\n/g, '\r\n'))).toEqual([]);
    // to JSON a CR is white space like any other
    expect(
      structuralFindings('{\r "provider": "byo-phone-number",\r "number": "+14155550100",\r "credentialId": "c"\r}\r', 'a.json'),
    ).toEqual([]);
    // and its lines are the editor's: one per CR
    expect(structuralFindings('{\r "provider": "byo-phone-number",\r "number": "+14155550100",,\r}\r', 'a.json')).toEqual([
      '3:27-3:28 syntax unexpected ","; expected a key in double quotes',
    ]);
  });

  it('invalid UTF-8 is a syntax error at the first bad byte', () => {
    const yaml = Buffer.concat([Buffer.from(`${validNumber}name: caf`), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(structuralFindings(yaml)).toEqual(['5:10-5:11 syntax the file is not valid UTF-8; save it as UTF-8']);
    const json = Buffer.concat([Buffer.from('{"name": "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    expect(structuralFindings(json, 'a.json')).toEqual(['1:14-1:15 syntax the file is not valid UTF-8; save it as UTF-8']);
    // a real U+FFFD is text, not a decoding error, and not where a later bad byte is reported
    const genuine = Buffer.concat([Buffer.from('{"name": "\ufffd caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    expect(structuralFindings(genuine, 'a.json')).toEqual(['1:16-1:17 syntax the file is not valid UTF-8; save it as UTF-8']);
    // a bad sequence that begins as a real U+FFFD's bytes do (EF BF) is reported where it begins
    const lookalike = Buffer.concat([Buffer.from('{"name": "\ufffd'), Buffer.from([0xef, 0xbf, 0x28]), Buffer.from('"}')]);
    expect(structuralFindings(lookalike, 'a.json')).toEqual(['1:12-1:13 syntax the file is not valid UTF-8; save it as UTF-8']);
    const withBom = Buffer.concat([Buffer.from('\ufeff{"name": "\ufffd'), Buffer.from([0xff]), Buffer.from('"}')]);
    expect(structuralFindings(withBom, 'a.json')).toEqual(['1:12-1:13 syntax the file is not valid UTF-8; save it as UTF-8']);
    expect(structuralFindings(Buffer.from(`${validNumber}name: "\ufffd"\n`))).toEqual([]);
    // nothing of such a file is read, so its directives are neither trusted nor reported as unused (a lone CR,
    // which the directives' lines do not break at, once put this one at line 1, column 15)
    const directives = Buffer.concat([
      Buffer.from([0x80]),
      Buffer.from('{\r  "a": 1\r}\r# byo-lint-disable-file\n# byo-lint-disable-next-line\n'),
    ]);
    const result = lintSource(directives, { filePath: 'a.yaml', reportUnusedDirectives: true }, new Run());
    expect(result.diagnostics.map(({ ruleId, line, column }) => `${line}:${column} ${ruleId}`)).toEqual(['1:1 syntax']);
  });
});
