/** Characters people add to phone numbers for readability; they do not change which number it is. */
const formatting = /[\s\-.()]/g;

export const e164Pattern = /^\+[1-9]\d{1,14}$/;

/** A number written as E.164 wants it, which is already its own key. */
const plusAndDigits = /^\+\d+$/;

/**
 * What identifies a phone number, for comparing two of them: formatting and a leading `+` are
 * dropped, and a number YAML read as an integer (an unquoted `+14155550100`) counts by its digits.
 * The key is `+` and the digits, so that the usual spelling is its own key and a large file's
 * numbers need no new strings. Undefined when there is nothing to compare.
 */
export function numberKey(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? `+${Math.abs(value)}` : undefined;
  if (typeof value !== 'string') return undefined;
  if (plusAndDigits.test(value)) return value;
  const digits = value.replace(formatting, '').replace(/^\+/, '');
  return digits === '' ? undefined : `+${digits}`;
}

/** `"+<digits>"` when the value is 8–15 digits without a `+`: the E.164 form it probably lost its `+` from. */
export function withPlus(value: string): string | undefined {
  // formatting never removes a `+`, so such a value never matches; most numbers have one
  if (value.includes('+')) return undefined;
  const digits = value.replace(formatting, '');
  return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : undefined;
}

/**
 * The E.164 spelling of a number written with formatting or an `00` prefix, if it has one. A number
 * with neither `+` nor `00` has none: its digits may or may not begin with a country code, and
 * a "+" guessed in front of a national number dials another country.
 */
export function e164Form(value: string): string | undefined {
  const compact = value.replace(formatting, '');
  const candidate = compact.startsWith('+') ? compact : compact.startsWith('00') ? `+${compact.slice(2)}` : undefined;
  return candidate !== undefined && e164Pattern.test(candidate) ? candidate : undefined;
}

/** Whether the number is written with its country code, after "+" or an international `00` prefix. */
export function statesCountryCode(value: string): boolean {
  return /^\s*(?:\+|00)/.test(value);
}
