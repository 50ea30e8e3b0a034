import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const plain = (url: string) => `serverUrl "${url}" uses plain http: server messages travel unencrypted; expected https`;
const withSecret = (url: string, whose: string) =>
  `serverUrl "${url}" uses plain http, and ${whose} serverUrlSecret would be sent to it in clear text; expected https`;

ruleTable('insecure-server-url', [
  { name: 'https', text: numberFile('serverUrl: https://hooks.example.com/vapi', 'serverUrlSecret: ${SECRET}'), expected: [] },
  { name: 'a placeholder URL', text: numberFile('serverUrl: ${ROUTER_URL}', 'serverUrlSecret: ${SECRET}'), expected: [] },
  {
    name: 'http with no secret anywhere: a warning',
    text: numberFile('serverUrl: http://hooks.example.com/vapi'),
    config: { org: { serverUrl: null } },
    expected: [{ line: 4, column: 12, severity: 'warning', path: '/serverUrl', message: plain('http://hooks.example.com/vapi') }],
  },
  {
    // quoted as every user value is: a zero-width space would otherwise not be seen in the message
    name: 'an invisible character in the URL, written as its escape',
    text: numberFile('serverUrl: "http://hooks.example.com/\\u200bvapi"'),
    expected: [{ line: 4, column: 12, severity: 'warning', path: '/serverUrl', message: plain('http://hooks.example.com/\\u200bvapi') }],
  },
  {
    name: 'upper-case scheme',
    text: numberFile('serverUrl: HTTP://hooks.example.com/vapi'),
    expected: [{ line: 4, column: 12, severity: 'warning', path: '/serverUrl', message: plain('HTTP://hooks.example.com/vapi') }],
  },
  {
    name: "http with the number's secret: an error",
    text: numberFile('serverUrl: http://hooks.example.com/vapi', 'serverUrlSecret: ${SECRET}'),
    expected: [
      { line: 4, column: 12, severity: 'error', path: '/serverUrl', message: withSecret('http://hooks.example.com/vapi', "the number's") },
    ],
  },
  {
    name: "http with the org's secret: an error",
    text: numberFile('serverUrl: http://hooks.example.com/vapi'),
    config: { org: { serverUrl: 'https://org.example.com', serverUrlSecret: '${ORG_SECRET}' } },
    expected: [
      { line: 4, column: 12, severity: 'error', path: '/serverUrl', message: withSecret('http://hooks.example.com/vapi', "the org's") },
    ],
  },
  {
    // the assistant's own URL takes the messages: server-url-precedence says the number's never takes effect
    name: "http shadowed by the assistant's own URL: no secret goes to it, a warning",
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrl: http://hooks.example.com/vapi', 'serverUrlSecret: ${SECRET}'),
    config: { assistants: [{ id: assistantId, serverUrl: 'https://hooks.example.com/support' }] },
    expected: [{ line: 5, column: 12, severity: 'warning', path: '/serverUrl', message: plain('http://hooks.example.com/vapi') }],
  },
  {
    // if the squad answers, its members without their own URL use the number's: server-url-precedence says so
    name: "http shadowed by the assistant's own URL, with a squad set too: the secret goes to it if the squad answers, an error",
    text: numberFile(
      `assistantId: ${assistantId}`,
      `squadId: ${squadId}`,
      'serverUrl: http://hooks.example.com/vapi',
      'serverUrlSecret: ${SECRET}',
    ),
    config: { assistants: [{ id: assistantId, serverUrl: 'https://hooks.example.com/support', serverUrlSecret: '${SUPPORT_SECRET}' }] },
    expected: [
      {
        line: 6,
        column: 12,
        severity: 'error',
        path: '/serverUrl',
        message: `serverUrl "http://hooks.example.com/vapi" uses plain http, and the number's serverUrlSecret would be sent to it in clear text if squad ${squadId} answers; expected https`,
      },
    ],
  },
  {
    name: "http with the assistant's secret, the assistant having no URL of its own: an error naming the assistant's",
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrl: http://hooks.example.com/vapi'),
    config: {
      org: { serverUrl: 'https://org.example.com', serverUrlSecret: '${ORG_SECRET}' },
      assistants: [{ id: assistantId, serverUrl: null, serverUrlSecret: '${SUPPORT_SECRET}' }],
    },
    expected: [
      {
        line: 5,
        column: 12,
        severity: 'error',
        path: '/serverUrl',
        message: withSecret('http://hooks.example.com/vapi', "the assistant's"),
      },
    ],
  },
  {
    name: 'a placeholder host over http',
    text: numberFile('serverUrl: http://${ROUTER_HOST}/vapi'),
    expected: [{ line: 4, column: 12, severity: 'warning', path: '/serverUrl', message: plain('http://${ROUTER_HOST}/vapi') }],
  },
  {
    name: 'set to off',
    text: numberFile('serverUrl: http://hooks.example.com/vapi', 'serverUrlSecret: ${SECRET}'),
    config: { rules: { 'insecure-server-url': 'off' } },
    expected: [],
  },
]);
