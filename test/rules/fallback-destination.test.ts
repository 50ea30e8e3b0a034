import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const message = (url: string, level: string, start = 'no fallbackDestination') =>
  `${start}: with no assistantId or squadId, inbound calls are routed by an assistant-request to "${url}" (${level}), and a call is hung up when that request fails or gets no reply within 7.5 s`;

ruleTable('fallback-destination', [
  {
    name: 'an assistant answers',
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrl: https://hooks.example.com/vapi'),
    expected: [],
  },
  {
    name: 'a squad answers',
    text: numberFile(`squadId: ${squadId}`),
    config: { org: { serverUrl: 'https://org.example.com' } },
    expected: [],
  },
  {
    name: 'a fallback takes failed requests',
    text: numberFile('serverUrl: https://hooks.example.com/vapi', 'fallbackDestination:', '  type: number', '  number: "+14155550199"'),
    expected: [],
  },
  { name: 'no URL at any level is inbound-hangup, not this', text: numberFile(), config: { org: { serverUrl: null } }, expected: [] },
  { name: 'org URL unknown is inbound-hangup, not this', text: numberFile(), expected: [] },
  {
    name: "names the number's URL",
    text: numberFile('serverUrl: https://hooks.example.com/vapi'),
    config: { org: { serverUrl: 'https://org.example.com/vapi' } },
    expected: [
      { line: 1, column: 1, severity: 'warning', path: '', message: message('https://hooks.example.com/vapi', "the number's serverUrl") },
    ],
  },
  {
    name: "names the org's URL when the number has none",
    text: numberFile('name: Lobby'),
    config: { org: { serverUrl: 'https://org.example.com/vapi' } },
    expected: [
      { line: 1, column: 1, severity: 'warning', path: '', message: message('https://org.example.com/vapi', "the org's serverUrl") },
    ],
  },
  ...['fallbackDestination: null', 'fallbackDestination: "+14155550199"', 'fallbackDestination: [sip, "sip:desk@pbx.example.com"]'].map(
    (line) => ({
      name: `a fallbackDestination that is not a mapping: ${line}`,
      text: numberFile('serverUrl: https://hooks.example.com/vapi', line),
      expected: [
        {
          line: 1,
          column: 1,
          severity: 'warning' as const,
          path: '',
          message: message(
            'https://hooks.example.com/vapi',
            "the number's serverUrl",
            'fallbackDestination is not a destination (a mapping with a type)',
          ),
        },
      ],
    }),
  ),
  {
    name: 'masks credentials in the URL',
    text: numberFile('serverUrl: https://bot:hunter2@hooks.example.com/vapi'),
    expected: [
      {
        line: 1,
        column: 1,
        severity: 'warning',
        path: '',
        message: message('https://***@hooks.example.com/vapi', "the number's serverUrl"),
      },
    ],
  },
  {
    name: 'the second entry of a sequence',
    text: [
      '- provider: byo-phone-number',
      '  number: "+14155550100"',
      '  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23',
      `  assistantId: ${assistantId}`,
      '- provider: byo-phone-number',
      '  number: "+14155550101"',
      '  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23',
      '  serverUrl: ${ROUTER_URL}',
      '',
    ].join('\n'),
    expected: [{ line: 5, column: 3, severity: 'warning', path: '/1', message: message('${ROUTER_URL}', "the number's serverUrl") }],
  },
]);
