import { quote } from '../diagnostic.js';
import { numberWithFallback } from './doc-examples.js';
import { numberDestinationSchema } from '../schema/model.js';
import { e164Form, e164Pattern, statesCountryCode } from './numbers.js';
import type { Rule } from './types.js';
import { hasPlaceholder, mappingAt } from './types.js';

const uncheckedNumber = numberDestinationSchema.properties.number;
const uncheckedPattern = new RegExp(uncheckedNumber.pattern);

/** Whether the schema accepts the number once numberE164CheckEnabled is false: only then is turning the check off a way out. */
function passesUnchecked(number: string): boolean {
  const { minLength, maxLength } = uncheckedNumber.else;
  return uncheckedPattern.test(number) && number.length >= minLength && number.length <= maxLength;
}

function hintFor(number: string): string {
  const e164 = e164Form(number);
  const rewrite = e164
    ? `write ${quote(e164)}`
    : statesCountryCode(number)
      ? undefined
      : 'write it with "+" and its country code (just "+" if it already starts with the country code)';
  const turnOff = passesUnchecked(number) ? 'set numberE164CheckEnabled: false if your trunk dials it as it is' : undefined;
  return (
    [rewrite, turnOff].filter((part) => part !== undefined).join(', or ') || 'write "+", the country code and the number, in digits only'
  );
}

export const e164Number: Rule = {
  meta: {
    id: 'e164-number',
    description: 'a fallback number that must be E.164 (numberE164CheckEnabled is not false) and is not',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        'Unless `numberE164CheckEnabled` is `false`, Vapi requires a number fallback destination in E.164 form: a `+`, the country code and the subscriber number, 15 digits at most, without spaces or dashes (`+14155551234`). Anything else is rejected when the configuration is applied. For a number only your trunk understands (a short code or an internal extension), set `numberE164CheckEnabled: false`; it must still be 3 to 40 letters and digits with an optional leading `+`. Values with a `${NAME}` placeholder are not checked.',
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
    report({
      path: ['fallbackDestination', 'number'],
      message: `fallback number ${quote(number)} is not in E.164 form; expected "+", the country code and the number, 15 digits at most, such as "+14155551234"`,
      hint: hintFor(number),
    });
  },
};
