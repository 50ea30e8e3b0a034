import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { numberFile, ruleTable } from './rule-table.js';

const error = (line: number, column: number, path: string, message: string) => ({
  line,
  column,
  severity: 'error' as const,
  path,
  message,
});

/** A number whose name anchors an unquoted value that its fallback number refers to by an alias. */
const aliasedFallback = (fallback: string) =>
  numberFile('name: &n 4155550100', 'serverUrl: https://hooks.example.com/vapi', `fallbackDestination: ${fallback}`);

ruleTable('quoted-number', [
  { name: 'quoted numbers', text: numberFile('serverUrl: https://hooks.example.com/vapi'), expected: [] },
  {
    name: 'an unquoted fallback number',
    text: numberFile('serverUrl: https://hooks.example.com/vapi', 'fallbackDestination: {type: number, number: +14155550199}'),
    expected: [
      error(
        5,
        45,
        '/fallbackDestination/number',
        'fallbackDestination.number +14155550199 is written without quotes and became the integer 14155550199; quote it: "+14155550199"',
      ),
    ],
  },
  {
    name: 'an alias of an unquoted number',
    text: aliasedFallback('{type: number, number: *n}'),
    expected: [
      error(
        6,
        45,
        '/fallbackDestination/number',
        'fallbackDestination.number *n refers to a number written without quotes, which became the integer 4155550100; quote it where &n is anchored',
      ),
    ],
  },
  {
    name: 'an alias of an unquoted extension, in block style',
    text: numberFile(
      'name: &ext 0012',
      'serverUrl: https://hooks.example.com/vapi',
      'fallbackDestination:',
      '  type: number',
      '  number: "+14155550199"',
      '  extension: *ext',
    ),
    expected: [
      error(
        9,
        14,
        '/fallbackDestination/extension',
        'fallbackDestination.extension *ext refers to a number written without quotes, which became the integer 12; quote it where &ext is anchored',
      ),
    ],
  },
  {
    name: 'a quoted number that a tag made an integer',
    text: numberFile('serverUrl: https://hooks.example.com/vapi', "fallbackDestination: {type: number, number: !!int '+14155550199'}"),
    expected: [
      error(
        5,
        51,
        '/fallbackDestination/number',
        "fallbackDestination.number '+14155550199' is tagged !!int, which made it the integer 14155550199; remove the tag",
      ),
    ],
  },
  {
    // quoting it under the tag would leave an integer: the tag must go too
    name: 'an unquoted number under a tag, after an anchor and a comment line',
    text: numberFile(
      'serverUrl: https://hooks.example.com/vapi',
      'fallbackDestination:',
      '  type: number',
      '  number: &n # the desk, ! for short',
      '    !<tag:yaml.org,2002:int> +14155550199',
      '  extension: !!int 0012',
    ),
    expected: [
      error(
        8,
        30,
        '/fallbackDestination/number',
        'fallbackDestination.number +14155550199 is tagged !<tag:yaml.org,2002:int>, which made it the integer 14155550199; remove the tag and quote it: "+14155550199"',
      ),
      error(
        9,
        20,
        '/fallbackDestination/extension',
        'fallbackDestination.extension 0012 is tagged !!int, which made it the integer 12; remove the tag and quote it: "0012"',
      ),
    ],
  },
  {
    name: 'an alias of a quoted number',
    text: aliasedFallback('{type: number, number: *n}').replace('&n 4155550100', '&n "+14155550100"'),
    expected: [],
  },
]);

describe('quoted-number under a tag', () => {
  it('offers no fix, since the quoted value would still be a number', () => {
    const text = numberFile('serverUrl: https://hooks.example.com/vapi', 'fallbackDestination: {type: number, number: !!int +14155550199}');
    const [finding] = lintText(text, { fix: true }).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'quoted-number');
    expect(finding.fix).toBeUndefined();
    expect(finding.hint).toBe('remove the tag and quote it: "+14155550199"');
  });

  it('is not seen in a comment between the key and its value', () => {
    const text = numberFile(
      'serverUrl: https://hooks.example.com/vapi',
      'fallbackDestination:',
      '  type: number',
      '  number: # ! marks the front desk',
      '    +14155550199',
    );
    const [finding] = lintText(text).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'quoted-number');
    expect(finding.hint).toBe('quote it: "+14155550199"');
    expect(finding.fix).toEqual({ range: [text.indexOf('+14155550199'), text.indexOf('+14155550199') + 12], text: '"+14155550199"' });
  });
});

describe('quoted-number through an alias', () => {
  it('offers no fix, which would replace the alias with the string "*n"', () => {
    const [finding] = lintText(aliasedFallback('{type: number, number: *n}'), { fix: true }).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'quoted-number',
    );
    expect(finding.fix).toBeUndefined();
    expect(finding.hint).toBe('quote it where &n is anchored');
  });
});
