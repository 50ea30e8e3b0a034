import { quote, type DataPath } from '../diagnostic.js';
import { numberWithFallback } from './doc-examples.js';
import { withPlus } from './numbers.js';
import type { EntryContext, Rule } from './types.js';
import { mappingAt } from './types.js';

const numberPath = ['number'];
const fallbackNumberPath = ['fallbackDestination', 'number'];

function suggestPlus(report: EntryContext['report'], path: DataPath, label: string, value: unknown): void {
  // a YAML number is quoted-number's: its fix keeps what was written, and this rule sees the string next run
  if (typeof value !== 'string') return;
  const e164 = withPlus(value);
  if (!e164) return;
  report({
    path,
    message: `${label} ${quote(value)} has ${e164.length - 1} digits and no "+"; if it is an E.164 number, write ${quote(e164)}`,
    hint: 'turn prefer-e164 off if your trunk delivers numbers without "+"',
    suggestions: [{ desc: 'add "+"', fix: { target: 'value', text: JSON.stringify(e164) } }],
  });
}

export const preferE164: Rule = {
  meta: {
    id: 'prefer-e164',
    description: 'a number of 8–15 digits without "+": probably E.164 missing its "+"',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        "A number may be any string your trunk delivers, but one of 8 to 15 digits that does not start with 0 is most often an E.164 number whose `+` was left out; written in E.164, a number means the same on every trunk and in every country. The rule checks the entry's `number` and a fallback number whose `numberE164CheckEnabled` is `false` (with the check enabled, `e164-number` reports it). Each report carries a suggestion that adds the `+` (shown by `--format json`); `--fix` does not apply it, because only you know whether the trunk really omits the `+`. An unquoted number is left to `quoted-number`; once quoted, this rule looks at it. Turn the rule off if your trunk delivers numbers without `+`.",
      valid: numberWithFallback(['type: number', 'number: "1001"', 'numberE164CheckEnabled: false']),
      invalid: numberWithFallback(['type: number', 'number: "14155550199"', 'numberE164CheckEnabled: false']),
    },
  },
  // the entry's own number, and a fallback number exempt from the E.164 check
  check({ entry, report }) {
    suggestPlus(report, numberPath, 'number', entry.number);
    const destination = mappingAt(entry, 'fallbackDestination');
    if (destination?.type === 'number' && destination.numberE164CheckEnabled === false) {
      suggestPlus(report, fallbackNumberPath, 'fallback number', destination.number);
    }
  },
};
