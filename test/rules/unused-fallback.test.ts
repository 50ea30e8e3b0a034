import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const fallback = ['fallbackDestination:', '  type: number', '  number: "+14155550199"'];
const tail =
  'answers every inbound call; the fallback only takes calls when neither assistantId nor squadId is set and the assistant-request fails';

ruleTable('unused-fallback', [
  {
    name: 'routed by the server URL, with a fallback',
    text: numberFile('serverUrl: https://hooks.example.com/vapi', ...fallback),
    expected: [],
  },
  { name: 'an assistant without a fallback', text: numberFile(`assistantId: ${assistantId}`), expected: [] },
  {
    name: 'next to an assistant',
    text: numberFile(`assistantId: ${assistantId}`, ...fallback),
    expected: [
      {
        line: 5,
        column: 1,
        severity: 'warning',
        path: '/fallbackDestination',
        message: `fallbackDestination is never used: assistantId is set, so the assistant ${tail}`,
      },
    ],
  },
  {
    name: 'next to a squad',
    text: numberFile(`squadId: ${squadId}`, ...fallback),
    expected: [
      {
        line: 5,
        column: 1,
        severity: 'warning',
        path: '/fallbackDestination',
        message: `fallbackDestination is never used: squadId is set, so the squad ${tail}`,
      },
    ],
  },
  {
    name: 'next to both',
    text: numberFile(`assistantId: ${assistantId}`, `squadId: ${squadId}`, ...fallback),
    expected: [
      {
        line: 6,
        column: 1,
        severity: 'warning',
        path: '/fallbackDestination',
        message: `fallbackDestination is never used: assistantId and squadId are set, so the assistant or the squad ${tail}`,
      },
    ],
  },
  {
    name: 'a flow-style fallback in a list',
    text: [
      'phoneNumbers:',
      '  - { provider: byo-phone-number, number: "+14155550100", credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23,',
      `      squadId: ${squadId}, fallbackDestination: { type: sip, sipUri: "sip:desk@pbx.example.com" } }`,
      '',
    ].join('\n'),
    expected: [
      {
        line: 3,
        column: 54,
        severity: 'warning',
        path: '/phoneNumbers/0/fallbackDestination',
        message: `fallbackDestination is never used: squadId is set, so the squad ${tail}`,
      },
    ],
  },
]);
