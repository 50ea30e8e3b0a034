import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const order = 'tool.server.url > assistant.serverUrl > phoneNumber.serverUrl > org.serverUrl';
const org = { org: { serverUrl: 'https://hooks.example.com/vapi' } };
const support = { id: assistantId, name: 'support', serverUrl: 'https://hooks.example.com/vapi/support' };
const at = (line: number, message: string) => [{ line, column: 12, severity: 'warning' as const, path: '/serverUrl', message }];

ruleTable('server-url-precedence', [
  {
    name: 'no knowledge of the org or the assistants',
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrl: https://a.example.com'),
    expected: [],
  },
  { name: 'differs from the org', text: numberFile('serverUrl: https://hooks.example.com/vapi/sales'), config: org, expected: [] },
  {
    name: 'the assistant is not declared',
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrl: https://a.example.com'),
    config: { assistants: [{ id: 'another', serverUrl: 'https://b.example.com' }] },
    expected: [],
  },
  {
    name: 'the declared assistant has no serverUrl',
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrl: https://a.example.com'),
    config: { assistants: [{ id: assistantId, serverUrl: null }] },
    expected: [],
  },
  {
    name: "the declared assistant's serverUrl is unknown",
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrl: https://a.example.com'),
    config: { assistants: [{ id: assistantId }] },
    expected: [],
  },
  {
    name: 'a squad answers: its members are unknown',
    text: numberFile(`squadId: ${squadId}`, 'serverUrl: https://a.example.com'),
    config: { assistants: [support] },
    expected: [],
  },
  {
    name: "shadowed by the named assistant's serverUrl",
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrl: https://hooks.example.com/vapi/sales'),
    config: { assistants: [support] },
    expected: at(
      5,
      `serverUrl "https://hooks.example.com/vapi/sales" never takes effect: assistant "support" (${assistantId}) answers this number's calls and its own serverUrl "https://hooks.example.com/vapi/support" wins (${order})`,
    ),
  },
  {
    name: 'the assistant named by its UUID in upper case is the declared one',
    text: numberFile(`assistantId: ${assistantId.toUpperCase()}`, 'serverUrl: https://hooks.example.com/vapi/sales'),
    config: { assistants: [support] },
    expected: at(
      5,
      `serverUrl "https://hooks.example.com/vapi/sales" never takes effect: assistant "support" (${assistantId.toUpperCase()}) answers this number's calls and its own serverUrl "https://hooks.example.com/vapi/support" wins (${order})`,
    ),
  },
  {
    name: 'shadowed by an unnamed assistant, even when also equal to the org',
    text: numberFile('serverUrl: https://hooks.example.com/vapi', `assistantId: ${assistantId}`),
    config: { ...org, assistants: [{ id: assistantId, serverUrl: 'https://x.example.com' }] },
    expected: at(
      4,
      `serverUrl "https://hooks.example.com/vapi" never takes effect: assistant ${assistantId} answers this number's calls and its own serverUrl "https://x.example.com" wins (${order})`,
    ),
  },
  {
    name: "a squad is set too: it may answer and use the number's serverUrl",
    text: numberFile(`assistantId: ${assistantId}`, `squadId: ${squadId}`, 'serverUrl: https://hooks.example.com/vapi/sales'),
    config: { assistants: [support] },
    expected: at(
      6,
      `serverUrl "https://hooks.example.com/vapi/sales" takes effect only if squad ${squadId} answers, for its members without their own serverUrl: if assistant "support" (${assistantId}) answers instead, its own serverUrl "https://hooks.example.com/vapi/support" wins (${order})`,
    ),
  },
  {
    name: "the same as the org's",
    text: numberFile('serverUrl: https://hooks.example.com/vapi'),
    config: org,
    expected: at(
      4,
      `serverUrl "https://hooks.example.com/vapi" changes nothing: it is the org's serverUrl, which applies anyway when the number sets none (${order})`,
    ),
  },
  {
    name: "the same as the org's, beside the number's own secret, which it pairs with",
    text: numberFile('serverUrl: https://hooks.example.com/vapi', 'serverUrlSecret: ${SALES_SECRET}'),
    config: org,
    expected: [],
  },
  {
    name: "the same as the org's but for the host's case and the default port",
    text: numberFile('serverUrl: https://HOOKS.example.com:443/vapi'),
    config: org,
    expected: at(
      4,
      `serverUrl "https://HOOKS.example.com:443/vapi" changes nothing: it is the org's serverUrl, which applies anyway when the number sets none (${order})`,
    ),
  },
  {
    name: "the org's placeholder is compared as written",
    text: numberFile('serverUrl: ${HOOKS_URL}'),
    config: { org: { serverUrl: '${HOOKS_URL}' } },
    expected: at(
      4,
      `serverUrl "\${HOOKS_URL}" changes nothing: it is the org's serverUrl, which applies anyway when the number sets none (${order})`,
    ),
  },
  {
    name: 'different placeholders are not the same',
    text: numberFile('serverUrl: https://${HOST}/vapi', 'fallbackDestination: { type: sip, sipUri: "sip:a@b.example.com" }'),
    config: { org: { serverUrl: 'https://${OTHER}/vapi' } },
    expected: [],
  },
]);
