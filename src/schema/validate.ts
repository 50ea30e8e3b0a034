import type { ErrorObject } from 'ajv';
import { isMapping, quote, valueAt, type DataFix, type DataPath, type Finding } from '../diagnostic.js';
import { validatePhoneNumbers } from './generated/validators.js';
import { serverManagedKeys } from './model.js';
import { didYouMean } from './suggest.js';
import { isSecretPath } from '../secrets.js';

/** ajv keyword → the contract's `messageId`. */
const messageIds: Record<string, string> = {
  required: 'required',
  additionalProperties: 'unknown-property',
  type: 'type',
  enum: 'enum',
  const: 'const',
  pattern: 'pattern',
  minLength: 'min-length',
  maxLength: 'max-length',
  format: 'format',
  oneOf: 'one-of',
};

const requiredHints: Record<string, string> = {
  provider: 'add `provider: byo-phone-number`',
  number: 'add the number as your trunk delivers it, quoted, such as `number: "+14155550100"`',
  credentialId: 'add the id of the byo-sip-trunk credential that carries this number',
  type: 'add `type: number` or `type: sip`',
  sipUri: 'add the SIP address, such as `sipUri: sip:frontdesk@pbx.example.com`',
  phoneNumbers: 'list the numbers under `phoneNumbers:`',
};

/** Splits an ajv instance path into segments, with array indices as numbers. */
export function parsePointer(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const segments: (string | number)[] = [];
  let value = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      segments.push(Number(segment));
      value = value[Number(segment)];
    } else {
      segments.push(segment);
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    }
  }
  return segments;
}

/** How a value reads in a message; a secret's value is never shown. */
export function describeValue(value: unknown, path: DataPath): string {
  if (value === null) return 'null';
  // only a JavaScript config can hold these: a function's source and a symbol's name say nothing useful
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // a secret's kind is safe to say, its value is not
  if (isSecretPath(path))
    return typeof value === 'number' && Number.isInteger(value) ? 'an integer (value hidden)' : `a ${typeof value} (value hidden)`;
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'number') return `the ${Number.isInteger(value) ? 'integer' : 'number'} ${value}`;
  return `the ${typeof value} ${String(value)}`;
}

function quoted(value: unknown, path: DataPath): string {
  return isSecretPath(path) ? 'the secret' : typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

export const typeNames: Record<string, string> = {
  string: 'a string',
  object: 'a mapping',
  array: 'a list',
  boolean: 'a boolean (true or false)',
  integer: 'an integer',
  number: 'a number',
  null: 'null',
};

/**
 * A value's name in messages: its key, or a list item's place counted from 1, as people count,
 * with its list's name (`item 3 of "phoneNumbers"`, `item 1 of "ignores"`); `whole` at the root.
 */
export function fieldName(path: DataPath, whole = 'the document'): string {
  if (path.length === 0) return whole;
  const last = path[path.length - 1];
  if (typeof last !== 'number') return quote(last);
  return path.length === 1 ? `item ${last + 1}` : `item ${last + 1} of ${fieldName(path.slice(0, -1), whole)}`;
}

/**
 * Per schema, the suggestion for each unknown key met so far in one document: a key misspelt
 * throughout a large file is looked up once. It lives as long as the validation, so that a
 * long-lived library process does not keep every key it was ever shown.
 */
type Suggestions = Map<object, Map<string, string | undefined>>;

function suggestionIn(suggestions: Suggestions, schema: object, key: string, known: readonly string[]): string | undefined {
  let forSchema = suggestions.get(schema);
  if (forSchema === undefined) suggestions.set(schema, (forSchema = new Map()));
  if (!forSchema.has(key)) forSchema.set(key, didYouMean(key, known));
  return forSchema.get(key);
}

function unknownKey(error: ErrorObject, path: DataPath, parentValue: unknown, suggestions: Suggestions): Finding {
  const key = String((error.params as { additionalProperty: string }).additionalProperty);
  const keyPath = [...path, key];
  const parent = error.parentSchema;
  const known = Object.keys((parent?.properties as object | undefined) ?? {});
  const title = typeof parent?.title === 'string' ? parent.title : undefined;
  // lowercase as actionlint does, but keep acronyms such as BYO
  const where = title ? ` in ${/^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title}` : '';
  let hint: string | undefined;
  if ((serverManagedKeys as readonly string[]).includes(key)) {
    return {
      ruleId: 'schema',
      messageId: 'unknown-property',
      message: `${quote(key)} is set by Vapi, not by you; remove it: a desired configuration never holds server-managed fields`,
      path: keyPath,
      target: 'key',
      fix: { target: 'remove-pair' },
    };
  }
  let suggestion: string | undefined;
  if (key === '<<') hint = 'YAML merge keys are not applied here; write the keys out';
  else {
    suggestion = parent ? suggestionIn(suggestions, parent, key, known) : didYouMean(key, known);
    if (suggestion) hint = `did you mean "${suggestion}"?`;
    else if (known.length <= 6) hint = `expected one of ${known.map((name) => `"${name}"`).join(', ')}`;
  }
  return {
    ruleId: 'schema',
    messageId: 'unknown-property',
    message: `unknown key ${quote(key)}${where}${hint ? `; ${hint}` : ''}`,
    hint,
    path: keyPath,
    target: 'key',
    // renaming onto a key that is already there would only trade this error for a duplicate
    fix:
      suggestion && isMapping(parentValue) && !Object.hasOwn(parentValue, suggestion)
        ? { target: 'rename-key', key: suggestion }
        : undefined,
  };
}

/** An entry that is a BYO number in all but its `provider`. */
function lacksOnlyProvider(value: unknown): boolean {
  return isMapping(value) && !Object.hasOwn(value, 'provider') && Object.hasOwn(value, 'number') && Object.hasOwn(value, 'credentialId');
}

/** `+1 (415) 555-0100` → `+14155550100`: with its `+` the number is E.164 written for people; without it, the country is unknown. */
function withoutFormatting(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('+')) return undefined;
  const stripped = value.replace(/[\s().-]/g, '');
  return stripped !== value && /^\+\d+$/.test(stripped) ? stripped : undefined;
}

/**
 * A null is a value left out (`name:` blank while editing, `~`) far more often than the word null
 * meant as text; a number or boolean is one the author meant as text; a mapping or list is not
 * mended by quotes.
 */
function typeHint(expected: readonly string[], value: unknown, path: DataPath): string | undefined {
  if (value === null) return `write its value, or remove the ${typeof path[path.length - 1] === 'number' ? 'item' : 'key'}`;
  return expected.includes('string') && typeof value !== 'object' ? 'quote it' : undefined;
}

function toFinding(error: ErrorObject, document: unknown, suggestions: Suggestions): Finding | undefined {
  const messageId = messageIds[error.keyword];
  if (!messageId) return undefined;
  const path = parsePointer(error.instancePath, document);
  const value = valueAt(document, path);
  const params = error.params as Record<string, unknown>;
  const base = { ruleId: 'schema', messageId, path } as const;
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKey(error, path, value, suggestions);
    case 'required': {
      const key = String(params.missingProperty);
      const hint = requiredHints[key];
      const fix: DataFix | undefined =
        key === 'provider' && lacksOnlyProvider(value) ? { target: 'insert-first-key', key, value: 'byo-phone-number' } : undefined;
      return { ...base, message: `missing required key "${key}"${hint ? `; ${hint}` : ''}`, hint, target: 'first-line', fix };
    }
    case 'type': {
      const expected = ([] as string[]).concat(params.type as string | string[]);
      if (path.length === 0) {
        return {
          ...base,
          message: `a phone-number file holds one number (a mapping with "provider"), a list of numbers, or a mapping with "phoneNumbers", but this document is ${describeValue(value, path)}`,
        };
      }
      return {
        ...base,
        message: `${fieldName(path)} must be ${expected.map((name) => typeNames[name] ?? name).join(' or ')}, but it is ${describeValue(value, path)}`,
        hint: typeHint(expected, value, path),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((item) => JSON.stringify(item)).join(', ');
      return { ...base, message: `${fieldName(path)} is ${quoted(value, path)}; expected one of ${allowed}` };
    }
    case 'const':
      return { ...base, message: `${fieldName(path)} must be ${JSON.stringify(params.allowedValue)}, but it is ${quoted(value, path)}` };
    case 'pattern': {
      const hint = 'use letters and digits with an optional leading "+": no spaces, dashes or brackets';
      const e164 = path[path.length - 1] === 'number' ? withoutFormatting(value) : undefined;
      return {
        ...base,
        message: `${fieldName(path)} ${quoted(value, path)} is not a valid phone number; ${hint}`,
        hint,
        suggestions: e164
          ? [{ desc: `remove the formatting characters: "${e164}"`, fix: { target: 'value', text: JSON.stringify(e164) } }]
          : undefined,
      };
    }
    case 'minLength':
    case 'maxLength': {
      const limit = Number(params.limit);
      const length = typeof value === 'string' ? [...value].length : 0;
      const bound = error.keyword === 'minLength' ? `at least ${limit}` : `at most ${limit}`;
      return { ...base, message: `${fieldName(path)} is ${length} characters long; Vapi accepts ${bound}` };
    }
    default:
      return { ...base, message: `${fieldName(path)} does not match the schema (${error.keyword})` };
  }
}

/**
 * The key of a root mapping that holds a list under a near miss of phoneNumbers (`phone_numbers:
 * [...]`). The author meant the wrapper: read as one number instead, the document would report its
 * missing keys and leave every number in the list unchecked.
 */
export function misspeltListKey(document: unknown): string | undefined {
  if (!isMapping(document) || Object.hasOwn(document, 'phoneNumbers') || Object.hasOwn(document, 'provider')) return undefined;
  return Object.keys(document).find((key) => Array.isArray(document[key]) && didYouMean(key, ['phoneNumbers']) !== undefined);
}

/** Validates one document against the shipped file schema, with the precompiled validator. */
export function validateDocument(document: unknown): Finding[] {
  const misspelt = misspeltListKey(document);
  if (misspelt === undefined) return schemaFindings(document);
  // validated as the wrapper it was meant to be, with the findings in the list placed under the key as written
  const { [misspelt]: list, ...rest } = document as Record<string, unknown>;
  const findings = schemaFindings({ ...rest, phoneNumbers: list }).map((finding) =>
    finding.path[0] === 'phoneNumbers' ? { ...finding, path: [misspelt, ...finding.path.slice(1)] } : finding,
  );
  const hint = 'did you mean "phoneNumbers"?';
  return [
    {
      ruleId: 'schema',
      messageId: 'unknown-property',
      message: `unknown key ${quote(misspelt)} in phone-number list; ${hint}`,
      hint,
      path: [misspelt],
      target: 'key',
      fix: { target: 'rename-key', key: 'phoneNumbers' },
    },
    ...findings,
  ];
}

function schemaFindings(document: unknown): Finding[] {
  if (validatePhoneNumbers(document)) return [];
  const findings: Finding[] = [];
  const suggestions: Suggestions = new Map();
  for (const error of validatePhoneNumbers.errors ?? []) {
    const finding = toFinding(error, document, suggestions);
    if (finding) findings.push(finding);
  }
  return withoutCollidingFixes(findings);
}

/** The mapping a fix adds a key to and that key, as one string; undefined for other fixes. */
function keyAdded(finding: Finding): string | undefined {
  const fix = finding.fix;
  if (fix?.target === 'rename-key') return JSON.stringify([finding.path.slice(0, -1), fix.key]);
  if (fix?.target === 'insert-first-key') return JSON.stringify([finding.path, fix.key]);
  return undefined;
}

/**
 * Withholds fixes that would add the same key to one mapping twice: two renames onto one key
 * (`credential_id` and `credentialID`), or an insert beside a rename (`Provider` is renamed
 * rather than a second `provider` inserted).
 */
function withoutCollidingFixes(findings: Finding[]): Finding[] {
  const renamedFrom = new Map<string, Set<string>>();
  for (const finding of findings) {
    const added = keyAdded(finding);
    if (added && finding.fix?.target === 'rename-key') {
      renamedFrom.set(added, (renamedFrom.get(added) ?? new Set()).add(JSON.stringify(finding.path)));
    }
  }
  return findings.map((finding) => {
    const added = keyAdded(finding);
    if (!added) return finding;
    const renames = renamedFrom.get(added)?.size ?? 0;
    const collides = finding.fix?.target === 'rename-key' ? renames > 1 : renames > 0;
    return collides ? { ...finding, fix: undefined } : finding;
  });
}
