/** The characters the fast readers look for with `charCodeAt`, by name. */
export const enum Code {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Exclamation = 33,
  Quote = 34,
  Hash = 35,
  Percent = 37,
  Ampersand = 38,
  Apostrophe = 39,
  Asterisk = 42,
  Comma = 44,
  Dash = 45,
  Dot = 46,
  Colon = 58,
  GreaterThan = 62,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  Pipe = 124,
  CloseBrace = 125,
}

/** JSON's whitespace: space, line feed, carriage return and tab. */
export function isJsonSpace(code: number): boolean {
  return code === Code.Space || code === Code.LineFeed || code === Code.CarriageReturn || code === Code.Tab;
}

/** Whether a character starts a literal (`|`) or folded (`>`) block scalar's header. */
export function isBlockScalarIndicator(code: number): boolean {
  return code === Code.Pipe || code === Code.GreaterThan;
}
