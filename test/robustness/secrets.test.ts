import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNames } from '../../src/report/index.js';
import { rules } from '../../src/rules/index.js';
import type { CliRun } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { runCliBounded } from './support.js';

/** Literal secrets, each written where a secret can be; none may reach any output. */
const secret = {
  plain: 'Plain-Number-Secret-7Qx',
  insecure: 'Http-Bound-Secret-4Kd',
  weak: 'wk9Zt',
  orphan: 'Orphan-Secret-8Hj',
  userinfo: 'Userinfo-Pass-6Yp',
  org: 'Org-Level-Secret-2Wm',
  assistant: 'Assistant-Level-Secret-5Rt',
  tagged: 'Tagged-Secret-3Nc',
  alias: 'Alias-Secret-5Gb',
  block: 'Block-Secret-2Lm',
  digits: '98127364501928374',
  mapping: 'Mapping-Secret-1Qa',
  json: 'Json-Secret-6Vb',
  repeated: 'Repeated-Secret-0Ux',
  control: 'Control-Secret-4Ew',
  misspelt: 'Misspelt-Secret-8Kk',
};

const credentialId = '2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23';
const assistantId = '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e';

const entry = (number: string, lines: string) =>
  `- provider: byo-phone-number\n  number: "${number}"\n  credentialId: ${credentialId}\n${lines.replace(/^/gm, '  ')}\n`;

/** Every rule on as an error, and secrets at the org and assistant levels, so that every rule runs and the precedence rules compare them. */
const config = `rules:
${rules.map((rule) => `  ${rule.meta.id}: error`).join('\n')}
org:
  serverUrl: https://org.example.com/vapi
  serverUrlSecret: ${secret.org}
assistants:
  - id: ${assistantId}
    name: support
    serverUrl: https://assistant.example.com/vapi
    serverUrlSecret: ${secret.assistant}
credentials:
  - id: ${credentialId}
`;

const files = {
  'package.json': '{}\n',
  '.byo-lintrc.yaml': config,
  'phone-numbers/numbers.yaml': [
    entry('+14155550101', `serverUrl: https://hooks.example.com/vapi\nserverUrlSecret: ${secret.plain}`),
    entry('+14155550102', `serverUrl: http://hooks.example.com/vapi\nserverUrlSecret: ${secret.insecure}`),
    entry('+14155550103', `assistantId: ${assistantId}\nserverUrl: https://org.example.com/vapi\nserverUrlSecret: ${secret.weak}`),
    entry('+14155550104', `serverUrlSecret: ${secret.orphan}`),
    entry('+14155550105', `serverUrl: https://user:${secret.userinfo}@hooks.example.com/vapi#frag`),
    entry('+14155550106', `serverUrlSecret: !${secret.tagged}`),
    entry('+14155550107', `serverUrlSecret: ${secret.digits}`),
    entry('+14155550108', `serverUrlSecret: { ${secret.mapping}: x }`),
    entry('+14155550109', `serverUrlSecret: ${secret.repeated}\nserverUrlSecret: ${secret.repeated}`),
    entry('+14155550116', `serverURLSecret: ${secret.misspelt}`),
  ].join(''),
  // a fixable problem beside a secret, in a file --fix will touch (it leaves files with duplicate keys alone)
  'phone-numbers/fixable.yaml': entry('+14155550110', `serverUrlSecret: ${secret.plain}`).replace('"+14155550110"', '+14155550110'),
  'phone-numbers/alias.yaml': entry('+14155550111', `serverUrlSecret: *${secret.alias}`),
  'phone-numbers/block.yaml': entry('+14155550112', `serverUrlSecret: |${secret.block}`),
  'phone-numbers/control.yaml': entry('+14155550113', `serverUrlSecret: ${secret.control}\u0001`),
  'phone-numbers/numbers.json': JSON.stringify([
    { provider: 'byo-phone-number', number: '+14155550114', credentialId, serverUrlSecret: secret.json },
  ]),
  'phone-numbers/tab.json': `{"provider": "byo-phone-number", "serverUrlSecret": "\t${secret.json}"}`,
};

/** The secrets a run printed, on either stream. */
function leaked(run: CliRun): string[] {
  return Object.values(secret).filter((value) => run.stdout.includes(value) || run.stderr.includes(value));
}

/** Debug output on, as a user chasing a problem would run it. */
const debug = { BYO_LINT_DEBUG: '1' };

describe('a serverUrlSecret never appears in any output', () => {
  const cwd = tempTree(files);

  for (const format of formatNames) {
    it(`--format ${format}`, () => {
      const run = runCliBounded(['-f', format, '.'], { cwd, env: debug });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toBe('');
      expect(leaked(run)).toEqual([]);
    });
  }

  it('the findings cover every rule that reads secrets, so the check means something', () => {
    const run = runCliBounded(['-f', 'json', '.'], { cwd });
    const reported = new Set(
      (JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[]).flatMap((result) =>
        result.messages.map((message) => message.ruleId),
      ),
    );
    const secretRules = [
      'plaintext-secret',
      'weak-secret',
      'orphan-server-secret',
      'insecure-server-url',
      'server-url',
      'server-url-precedence',
    ];
    expect(secretRules.filter((id) => !reported.has(id))).toEqual([]);
    expect(['syntax', 'duplicate-key', 'schema'].filter((id) => !reported.has(id))).toEqual([]);
  });

  it('JSON and SARIF carry no source text', () => {
    const json = JSON.parse(runCliBounded(['-f', 'json', '.'], { cwd }).stdout) as Record<string, unknown>[];
    for (const result of json) expect(Object.keys(result)).not.toContain('source');
    const sarif = runCliBounded(['-f', 'sarif', '.'], { cwd }).stdout;
    expect(sarif).not.toMatch(/"snippet"|"contextRegion"/);
  });

  it('the report of --fix-dry-run and of --fix', () => {
    // the diff on standard output is the user's own file, context lines included, as `git diff` shows it
    const dryRun = runCliBounded(['--fix-dry-run', '.'], { cwd, env: debug });
    expect(dryRun.stdout).toMatch(/^--- a\/phone-numbers\/fixable\.yaml\n/);
    expect(leaked({ ...dryRun, stdout: '' })).toEqual([]);
    const fixedTree = tempTree(files);
    const fixed = runCliBounded(['--fix', '-f', 'json', '.'], { cwd: fixedTree, env: debug });
    expect(leaked(fixed)).toEqual([]);
    // the file keeps its secrets: --fix repairs, it does not redact
    expect(readFileSync(path.join(fixedTree, 'phone-numbers/numbers.yaml'), 'utf8')).toContain(secret.plain);
  });

  it('explain', () => {
    const run = runCliBounded(['explain', '.'], { cwd, env: debug });
    expect(run.stdout).not.toBe('');
    expect(leaked(run)).toEqual([]);
  });

  it('--print-config', () => {
    const run = runCliBounded(['--print-config', 'phone-numbers/numbers.yaml'], { cwd, env: debug });
    expect(run.code).toBe(0);
    expect(leaked(run)).toEqual([]);
  });

  it('errors in a config that holds secrets', () => {
    const badConfigs = {
      'wrong-type.yaml': `org:\n  serverUrlSecret: [${secret.org}]\n`,
      'tagged.yaml': `org:\n  serverUrlSecret: !${secret.org}\n`,
      'unterminated.yaml': `org:\n  serverUrlSecret: "${secret.org}\n`,
      'block.yaml': `org:\n  serverUrlSecret: >${secret.org}\n`,
      'assistant.json': JSON.stringify({ assistants: [{ id: assistantId, serverUrlSecret: { value: secret.assistant } }] }),
    };
    const tree = tempTree({ ...files, ...badConfigs });
    for (const name of Object.keys(badConfigs)) {
      const run = runCliBounded(['-c', name, '.'], { cwd: tree, env: debug });
      expect({ name, code: run.code, leaked: leaked(run) }).toEqual({ name, code: 2, leaked: [] });
    }
  });
});
