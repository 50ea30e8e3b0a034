/** A path into a document's data, as the segments of a JSON Pointer. */
export type DataPath = readonly (string | number)[];

export type Severity = 'error' | 'warning';

/** A half-open character range into the text as loaded (after a BOM is removed). */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  column: number;
}

export interface RelatedLocation {
  message: string;
  filePath: string;
  line: number;
  column: number;
}

/** ESLint's fix shape: `range` holds character offsets into the file's original text. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/**
 * A repair stated against a finding's data path, as rules and the schema know it; the engine
 * turns it into a `Fix` for the file as written. `text` replaces the key or value as written and
 * must read the same in YAML and JSON (quote strings with JSON.stringify); the other kinds are
 * rendered in the file's own style (quoting, indentation, line endings).
 */
export type DataFix =
  | { target: 'key' | 'value'; text: string }
  | { target: 'rename-key'; key: string }
  | { target: 'remove-pair' }
  | { target: 'insert-first-key'; key: string; value: string };

export interface DataSuggestion {
  desc: string;
  fix: DataFix;
}

export interface Diagnostic {
  filePath: string;
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON Pointer of the value the diagnostic is about ("" for the document itself). */
  path: string;
  /** 0-based index of the YAML document, present for multi-document files only. */
  document?: number;
  messageId?: string;
  hint?: string;
  related?: RelatedLocation[];
  fix?: Fix;
  suggestions?: Suggestion[];
}

export function toJsonPointer(path: DataPath): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * A diagnostic before it is placed: loaders know spans, rules and the schema know data paths.
 * The engine turns both into line and column through one locator.
 */
export interface Finding {
  ruleId: string;
  message: string;
  messageId?: string;
  hint?: string;
  severity?: Severity;
  path: DataPath;
  /** What to point at: the key of the last path segment, its value, or the value's first line. */
  target?: 'key' | 'value' | 'first-line';
  /** Set by loaders, which know the span but may not have a data path. */
  span?: Span;
  related?: { message: string; filePath?: string; path?: DataPath; span?: Span; line?: number; column?: number }[];
  /** Applies at `path`: its key, its value, the pair, or (insert-first-key) the mapping at `path`. */
  fix?: DataFix;
  suggestions?: DataSuggestion[];
}

/** Characters a quoted value shows as escapes: ones that are not seen (a byte-order mark, a zero-width space) or that look like a plain space. */
const unseen = /(?! )[\p{Cf}\p{Z}]/gu;

/**
 * A user's value as a message quotes it: a JSON string (quotes, backslashes and line breaks
 * escaped, so that a message stays one line in every format), with the characters that would not
 * be seen written as escapes, so that `"\ufeffnumber"` is not shown as `"number"`.
 */
export const quote = (value: unknown): string =>
  JSON.stringify(String(value)).replace(unseen, (char) =>
    // a character beyond the BMP is escaped as JSON writes it, as its two UTF-16 units
    char
      .split('')
      .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join(''),
  );

/** What standard input is called when --stdin-filename gives it no name. */
export const stdinName = '<stdin>';

/**
 * A file path as a message or a line-based format shows it: quoted like a value when it holds a
 * line break or another control character, which would otherwise split the line.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const displayPath = (filePath: string): string => (/[\u0000-\u001f\u007f-\u009f]/.test(filePath) ? quote(filePath) : filePath);

/** Whether plain data is a mapping: an object that is not a list. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value a data path leads to in plain data, or undefined where the path leaves it. */
export function valueAt(root: unknown, path: DataPath): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
