import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { numberFile, ruleTable } from './rule-table.js';

const withFallback = (number: string, ...more: string[]) =>
  numberFile('serverUrl: https://hooks.example.com/vapi', 'fallbackDestination:', '  type: number', `  number: ${number}`, ...more);
const notE164 = (number: string) =>
  `fallback number "${number}" is not in E.164 form; expected "+", the country code and the number, 15 digits at most, such as "+14155551234"`;
const at = (message: string) => ({ line: 7, column: 11, severity: 'error' as const, path: '/fallbackDestination/number', message });

ruleTable('e164-number', [
  { name: 'an E.164 fallback', text: withFallback('"+442071838750"'), expected: [] },
  { name: 'the longest E.164 number', text: withFallback('"+123456789012345"'), expected: [] },
  { name: 'the check turned off', text: withFallback('"1001"', '  numberE164CheckEnabled: false'), expected: [] },
  { name: 'a placeholder', text: withFallback('"${FRONT_DESK}"'), expected: [] },
  { name: 'an unquoted number is left to quoted-number', text: withFallback('+14155550199'), expected: [] },
  {
    name: "the entry's own number is not E.164-checked",
    text: numberFile('assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e').replace('"+14155550100"', '"1001"'),
    expected: [],
  },
  { name: 'missing its "+"', text: withFallback('"14155550199"'), expected: [at(notE164('14155550199'))] },
  { name: 'with the check explicitly on', text: withFallback('"1001"', '  numberE164CheckEnabled: true'), expected: [at(notE164('1001'))] },
  { name: 'a "+" then a zero', text: withFallback('"+0415550199"'), expected: [at(notE164('+0415550199'))] },
  { name: 'sixteen digits', text: withFallback('"+1234567890123456"'), expected: [at(notE164('+1234567890123456'))] },
  { name: 'with spaces', text: withFallback('"+44 20 7183 8750"'), expected: [at(notE164('+44 20 7183 8750'))] },
]);

describe('e164-number hints', () => {
  const hintFor = (number: string) =>
    lintText(withFallback(number)).diagnostics.find((diagnostic) => diagnostic.ruleId === 'e164-number')?.hint;
  const turnOff = 'set numberE164CheckEnabled: false if your trunk dials it as it is';

  const addCountryCode = 'write it with "+" and its country code (just "+" if it already starts with the country code)';

  it.each([
    ['"0044 20 7183 8750"', `write "+442071838750"`],
    ['"+1 (415) 555-0199"', `write "+14155550199"`],
    ['"+1-415-555-0199"', `write "+14155550199"`],
    ['"4155550199"', `${addCountryCode}, or ${turnOff}`],
    ['"14155550199"', `${addCountryCode}, or ${turnOff}`],
    ['"1001"', `${addCountryCode}, or ${turnOff}`],
    ['"0415550199"', `${addCountryCode}, or ${turnOff}`],
    ['"415 555 0199"', addCountryCode],
    ['"+0415550199"', turnOff],
    ['"+1234567890123456"', turnOff],
    ['"+0 415 555 0199"', 'write "+", the country code and the number, in digits only'],
    ['"+1"', 'write "+", the country code and the number, in digits only'],
  ])('%s', (number, hint) => expect(hintFor(number)).toBe(hint));
});
