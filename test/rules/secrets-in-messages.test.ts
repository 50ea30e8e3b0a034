import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { assistantId, squadId } from './rule-table.js';

/** Literal secrets placed everywhere a secret can be: the number, the org, an assistant, a URL's userinfo. */
const secrets = ['hunter2', 'Zq8vLw3NpR6tYb1KxC4mHs7Dj', 'qqqqqqqqqqqqqqqqqqqq', 'Org-Secret-9f2k', 'Assistant-Secret-4j8d', 'urlpass77'];

const text = `phoneNumbers:
  - provider: byo-phone-number
    number: "+14155550100"
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    serverUrlSecret: ${secrets[0]}
  - provider: byo-phone-number
    number: "+14155550101"
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    serverUrl: http://127.0.0.1:3000/vapi
    serverUrlSecret: ${secrets[1]}
  - provider: byo-phone-number
    number: "+14155550102"
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: ${assistantId}
    squadId: ${squadId}
    serverUrl: https://hooks.example.com/vapi
    serverUrlSecret: ${secrets[2]}
    fallbackDestination: { type: number, number: "+14155550199" }
  - provider: byo-phone-number
    number: "+14155550103"
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    serverUrl: http://bot:${secrets[5]}@hooks.example.com/vapi#x
    serverUrlSecret: ${secrets[0]}
`;

const myRules = [
  'inbound-hangup',
  'fallback-destination',
  'unused-fallback',
  'assistant-and-squad',
  'server-url',
  'insecure-server-url',
  'unreachable-server-url',
  'server-url-precedence',
  'orphan-server-secret',
  'plaintext-secret',
  'weak-secret',
];

describe('secrets never appear in findings', () => {
  const result = lintText(text, {
    filePath: 'numbers.yaml',
    config: {
      org: { serverUrlSecret: secrets[3] },
      assistants: [{ id: assistantId, serverUrl: 'https://a.example.com', serverUrlSecret: secrets[4] }],
    },
  });

  it('the input exercises every routing, URL and secret rule', () => {
    for (const id of myRules)
      expect(
        result.diagnostics.some((diagnostic) => diagnostic.ruleId === id),
        id,
      ).toBe(true);
  });

  it.each(secrets)('no diagnostic contains %s', (secret) => {
    expect(JSON.stringify(result.diagnostics)).not.toContain(secret);
  });
});

describe("a URL's password never appears in findings, however the URL is written", () => {
  it.each([
    'https://user:p@ss-word@hooks.example.com/vapi',
    'https:user:pass-word@hooks.example.com/vapi',
    'https:///user:pass-word@hooks.example.com/vapi',
    'https:\\\\user:pass-word@hooks.example.com/vapi',
    'http://user:pass-word@127.0.0.1/vapi',
  ])('%s', (url) => {
    const result = lintText(
      `provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: '${url}'\n`,
      { filePath: 'numbers.yaml', config: { org: { serverUrl: url } } },
    );
    expect(result.diagnostics.some((diagnostic) => diagnostic.message.includes('***@'))).toBe(true);
    expect(JSON.stringify(result.diagnostics)).not.toMatch(/pass-word|ss-word/);
  });
});
