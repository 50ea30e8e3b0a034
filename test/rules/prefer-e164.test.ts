import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { assistantId, numberFile, ruleTable } from './rule-table.js';

const withNumber = (number: string) => numberFile(`assistantId: ${assistantId}`).replace('"+14155550100"', number);
const withFallback = (number: string, check: boolean) =>
  numberFile(
    'serverUrl: https://hooks.example.com/vapi',
    'fallbackDestination:',
    '  type: number',
    `  number: ${number}`,
    `  numberE164CheckEnabled: ${check}`,
  );
const noPlus = (label: string, number: string, digits: number, e164: string) =>
  `${label} "${number}" has ${digits} digits and no "+"; if it is an E.164 number, write "${e164}"`;

ruleTable('prefer-e164', [
  { name: 'an E.164 number', text: withNumber('"+14155550100"'), expected: [] },
  { name: 'a short trunk-internal number', text: withNumber('"1001"'), expected: [] },
  { name: 'seven digits', text: withNumber('"5550100"'), expected: [] },
  { name: 'sixteen digits', text: withNumber('"1234567890123456"'), expected: [] },
  { name: 'a national number starting with 0', text: withNumber('"02071838750"'), expected: [] },
  { name: 'letters', text: withNumber('"frontdesk14155550100"'), expected: [] },
  { name: 'a placeholder', text: withNumber('"${SUPPORT_NUMBER}"'), expected: [] },
  { name: 'an unquoted number is left to quoted-number', text: withNumber('14155550100'), expected: [] },
  {
    name: 'eight digits',
    text: withNumber('"41555501"'),
    expected: [{ line: 2, column: 9, severity: 'warning', path: '/number', message: noPlus('number', '41555501', 8, '+41555501') }],
  },
  {
    name: 'fifteen digits',
    text: withNumber('"123456789012345"'),
    expected: [
      { line: 2, column: 9, severity: 'warning', path: '/number', message: noPlus('number', '123456789012345', 15, '+123456789012345') },
    ],
  },
  {
    name: 'digits with formatting',
    text: withNumber("'1 415 555 0100'"),
    expected: [
      { line: 2, column: 9, severity: 'warning', path: '/number', message: noPlus('number', '1 415 555 0100', 11, '+14155550100') },
    ],
  },
  {
    name: 'a fallback number exempt from the E.164 check',
    text: withFallback('"14155550199"', false),
    expected: [
      {
        line: 7,
        column: 11,
        severity: 'warning',
        path: '/fallbackDestination/number',
        message: noPlus('fallback number', '14155550199', 11, '+14155550199'),
      },
    ],
  },
  { name: 'a fallback number under the E.164 check is left to e164-number', text: withFallback('"14155550199"', true), expected: [] },
]);

describe('prefer-e164 suggestion', () => {
  it('offers to add the "+" without making the finding fixable', () => {
    const text = withNumber("'1 415 555 0100'");
    const [finding] = lintText(text).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'prefer-e164');
    const start = text.indexOf("'1 415");
    expect(finding.fix).toBeUndefined();
    expect(finding.hint).toBe('turn prefer-e164 off if your trunk delivers numbers without "+"');
    expect(finding.suggestions).toEqual([{ desc: 'add "+"', fix: { range: [start, start + 16], text: '"+14155550100"' } }]);
  });
});
