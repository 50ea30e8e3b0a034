import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const unknownOrg =
  "every inbound call is hung up: the number has no assistantId, squadId, serverUrl or fallbackDestination, and the config does not declare the org's server URL; if the org has one, declare it as org.serverUrl in .byo-lintrc.yaml (org.serverUrl: null if the org has none)";
const noOrg =
  'every inbound call is hung up: the number has no assistantId, squadId, serverUrl or fallbackDestination, and the org has no server URL (org.serverUrl is null in the config)';

ruleTable('inbound-hangup', [
  { name: 'an assistant answers', text: numberFile(`assistantId: ${assistantId}`), expected: [] },
  { name: 'a squad answers', text: numberFile(`squadId: ${squadId}`), expected: [] },
  { name: 'the number routes through its server URL', text: numberFile('serverUrl: https://hooks.example.com/vapi'), expected: [] },
  {
    name: 'a fallback takes every call',
    text: numberFile('fallbackDestination:', '  type: sip', '  sipUri: sip:desk@pbx.example.com'),
    config: { org: { serverUrl: null } },
    expected: [],
  },
  {
    name: 'the org routes through its server URL',
    text: numberFile(),
    config: { org: { serverUrl: 'https://hooks.example.com/vapi' } },
    expected: [],
  },
  {
    name: 'org not configured: says so and how to declare it',
    text: numberFile(),
    expected: [{ line: 1, column: 1, severity: 'error', path: '', message: unknownOrg }],
  },
  {
    name: 'org declared without a server URL',
    text: numberFile(),
    config: { org: { serverUrl: null } },
    expected: [{ line: 1, column: 1, severity: 'error', path: '', message: noOrg }],
  },
  {
    name: 'an empty assistantId sets nothing',
    text: numberFile('assistantId: ""'),
    config: { org: { serverUrl: null } },
    expected: [{ line: 1, column: 1, severity: 'error', path: '', message: noOrg }],
  },
  { name: 'a squadId of the wrong type still answers', text: numberFile('squadId: 7'), config: { org: { serverUrl: null } }, expected: [] },
  {
    name: 'points at the first line of the entry after comments',
    text: '# the lobby line\n\n' + numberFile('name: Lobby'),
    config: { org: { serverUrl: null } },
    expected: [{ line: 3, column: 1, severity: 'error', path: '', message: noOrg }],
  },
  {
    name: 'each entry of a list on its own first line',
    text: [
      'phoneNumbers:',
      '  - provider: byo-phone-number',
      '    number: "+14155550100"',
      '    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23',
      `    assistantId: ${assistantId}`,
      '  - provider: byo-phone-number',
      '    number: "+14155550101"',
      '    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23',
      '',
    ].join('\n'),
    config: { org: { serverUrl: null } },
    expected: [{ line: 6, column: 5, severity: 'error', path: '/phoneNumbers/1', message: noOrg }],
  },
  {
    name: 'in JSON',
    filePath: 'number.json',
    text: '{\n  "provider": "byo-phone-number",\n  "number": "+14155550100",\n  "credentialId": "2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23"\n}\n',
    config: { org: { serverUrl: null } },
    expected: [{ line: 1, column: 1, severity: 'error', path: '', message: noOrg }],
  },
  {
    // the schema reports the string; the call is still hung up, but the author did write a fallback
    name: 'a fallbackDestination that is not a mapping is no destination',
    text: numberFile('fallbackDestination: "+14155550199"'),
    config: { org: { serverUrl: null } },
    expected: [
      {
        line: 1,
        column: 1,
        severity: 'error',
        path: '',
        message:
          'every inbound call is hung up: the number has no assistantId, squadId or serverUrl, and its fallbackDestination is not a destination (a mapping with a type), and the org has no server URL (org.serverUrl is null in the config)',
      },
    ],
  },
  {
    name: 'set to warn',
    text: numberFile(),
    config: { org: { serverUrl: null }, rules: { 'inbound-hangup': 'warn' } },
    expected: [{ line: 1, column: 1, severity: 'warning', path: '', message: noOrg }],
  },
]);
