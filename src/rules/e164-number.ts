import { quote } from '../diagnostic.js';
import { numberWithFallback } from './doc-examples.js';
import { e164Form, e164Pattern } from './numbers.js';
import type { Rule } from './types.js';
import { hasPlaceholder, mappingAt } from './types.js';

export const e164Number: Rule = {
  meta: {
    id: 'e164-number',
    description: 'a fallback number that must be E.164 (numberE164CheckEnabled is not false) and is not',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        'Unless `numberE164CheckEnabled` is `false`, Vapi requires a number fallback destination in E.164 form: a `+`, the country code and the subscriber number, 15 digits at most, without spaces or dashes (`+14155551234`). Anything else is rejected when the configuration is applied. For a number only your trunk understands (a short code or an internal extension), set `numberE164CheckEnabled: false`. Values with a `${NAME}` placeholder are not checked.',
      valid: numberWithFallback(['type: number', 'number: "+14155550199"']),
      invalid: numberWithFallback(['type: number', 'number: "14155550199"']),
    },
  },
  needs: 'fallbackDestination',
  check({ entry, report }) {
    const destination = mappingAt(entry, 'fallbackDestination');
    const number = destination?.number;
    if (destination?.type !== 'number' || destination.numberE164CheckEnabled === false) return;
    if (typeof number !== 'string' || hasPlaceholder(number) || e164Pattern.test(number)) return;
    const e164 = e164Form(number);
    report({
      path: ['fallbackDestination', 'number'],
      message: `fallback number ${quote(number)} is not in E.164 form; expected "+", the country code and the number, 15 digits at most, such as "+14155551234"`,
      hint: `${e164 ? `write ${quote(e164)}, or ` : ''}set numberE164CheckEnabled: false if your trunk dials it as it is`,
    });
  },
};
