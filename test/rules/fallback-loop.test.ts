import { numberFile, ruleTable } from './rule-table.js';

/** A number routed by its server URL, with a number fallback: the fallback's lines start at line 7. */
const withFallback = (number: string, ...more: string[]) =>
  numberFile('serverUrl: https://hooks.example.com/vapi', 'fallbackDestination:', '  type: number', `  number: ${number}`, ...more);
const loop = (fallback: string, suffix = '') => ({
  line: 7,
  column: 11,
  severity: 'error' as const,
  path: '/fallbackDestination/number',
  message: `fallback number "${fallback}" is the entry's own number${suffix}; a call whose routing failed would be transferred back into the same routing`,
});

ruleTable('fallback-loop', [
  { name: 'a fallback to another number', text: withFallback('"+14155550199"'), expected: [] },
  {
    name: 'a SIP fallback',
    text: numberFile('fallbackDestination:', '  type: sip', '  sipUri: sip:frontdesk@pbx.example.com'),
    expected: [],
  },
  {
    // a SIP destination dials its sipUri; the stray number key is the schema's unknown property, never dialled
    name: "a SIP fallback with a stray number equal to the entry's own",
    text: numberFile(
      'serverUrl: https://hooks.example.com/vapi',
      'fallbackDestination:',
      '  type: sip',
      '  sipUri: sip:frontdesk@pbx.example.com',
      '  number: "+14155550100"',
    ),
    expected: [],
  },
  { name: 'the fallback is the number itself', text: withFallback('"+14155550100"'), expected: [loop('+14155550100')] },
  {
    name: 'written differently, the same number',
    text: withFallback('"14155550100"', '  numberE164CheckEnabled: false'),
    expected: [loop('14155550100', ' "+14155550100"')],
  },
  {
    name: 'an unquoted fallback counts by its digits',
    text: withFallback('+14155550100'),
    expected: [loop('14155550100', ' "+14155550100"')],
  },
  {
    name: 'the same placeholder on both sides',
    text: withFallback('"${FRONT_DESK}"').replace('"+14155550100"', '"${FRONT_DESK}"'),
    expected: [loop('${FRONT_DESK}')],
  },
  {
    name: 'an extension on the same number still loops',
    text: withFallback('"+14155550100"', '  extension: "104"'),
    expected: [loop('+14155550100')],
  },
]);
