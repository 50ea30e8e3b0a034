import type { DataPath, Finding, Span } from '../diagnostic.js';
import { isJsonSpace } from './char-codes.js';
import { duplicateKeyFinding } from './findings.js';
import { depthExceededMessage, stringTooLongMessage, type Limits } from './limits.js';
import { setOwn } from './object.js';
import type { LineIndex, SourceNode, SourcePair } from './source.js';
import type { LoadedDocument } from './types.js';

class JsonStop extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
  }
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const plainStringRun = /[^"\\\u0000-\u001f]*/y;

/** Characters a message names by code point: a space other than JSON's own, or one that is not seen. */
const invisible = /[\p{Cc}\p{Cf}\p{Z}]/u;

function describe(text: string, at: number): string {
  if (at >= text.length) return 'end of file';
  const code = text.codePointAt(at)!;
  const char = String.fromCodePoint(code);
  if (char === '\n' || char === '\r' || char === '\t') return `"${JSON.stringify(char).slice(1, -1)}"`;
  // other control, format and space characters would be invisible, or garble a terminal
  if (invisible.test(char)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${char}"`;
}

/**
 * A strict JSON reader that keeps positions. `JSON.parse` would give neither positions for the
 * data nor duplicate keys, and the YAML parser accepts what JSON does not.
 */
class JsonReader {
  private at = 0;
  readonly findings: Finding[] = [];

  constructor(
    private readonly text: string,
    private readonly limits: Limits,
    private readonly lines: LineIndex,
  ) {}

  private fail(message: string, start = this.at, end = start + 1, ruleId = 'syntax'): never {
    throw new JsonStop({ ruleId, message, span: { start, end }, path: [] });
  }

  private skipSpace(): void {
    const text = this.text;
    for (;;) {
      const code = text.charCodeAt(this.at);
      if (isJsonSpace(code)) this.at++;
      else if (code === 0x2f && (text[this.at + 1] === '/' || text[this.at + 1] === '*')) {
        this.fail('comments are not allowed in JSON; remove it, or write the file as YAML', this.at, this.at + 2);
      } else return;
    }
  }

  readDocument(): { value: unknown; source: SourceNode } {
    this.skipSpace();
    const result = this.readValue([], 0);
    this.skipSpace();
    if (this.at < this.text.length) {
      this.fail(`unexpected ${describe(this.text, this.at)} after the end of the JSON value`);
    }
    return result;
  }

  private readValue(path: DataPath, depth: number): { value: unknown; source: SourceNode } {
    const start = this.at;
    const char = this.text[start];
    if (char === '{' || char === '[') {
      if (depth >= this.limits.maxDepth) {
        this.fail(depthExceededMessage(this.limits), start, start + 1, 'resource-limit');
      }
      return char === '{' ? this.readObject(path, depth + 1) : this.readArray(path, depth + 1);
    }
    if (char === '"') {
      const value = this.readString();
      return { value, source: { kind: 'scalar', span: { start, end: this.at }, plain: false } };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, start)) {
        this.at += word.length;
        return { value, source: { kind: 'scalar', span: { start, end: this.at }, plain: true } };
      }
    }
    numberPattern.lastIndex = start;
    const match = numberPattern.exec(this.text);
    if (match && match[0].length > 0 && match[0] !== '-') {
      this.at += match[0].length;
      return { value: Number(match[0]), source: { kind: 'scalar', span: { start, end: this.at }, plain: true } };
    }
    if (char === "'") this.fail('strings in JSON use double quotes, not single quotes');
    if (char === ']' || char === '}')
      this.fail(`unexpected ${describe(this.text, start)}; expected a value (is there a trailing comma before it?)`);
    this.fail(`unexpected ${describe(this.text, start)}; expected a value`);
  }

  private readString(): string {
    const text = this.text;
    const start = this.at;
    this.at++;
    let escaped = false;
    for (;;) {
      plainStringRun.lastIndex = this.at;
      plainStringRun.exec(text);
      this.at = plainStringRun.lastIndex;
      const code = text.charCodeAt(this.at);
      if (code === 0x22) break;
      if (code === 0x5c) {
        escaped = true;
        const next = text[this.at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.at + 2, this.at + 6)))
            this.fail('invalid \\u escape in string', this.at, this.at + 2);
          this.at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) this.at += 2;
        else this.fail(`invalid escape "\\${next ?? ''}" in string`, this.at, this.at + 2);
        continue;
      }
      if (Number.isNaN(code)) this.fail('unterminated string; add the closing double quote', start, text.length);
      this.fail('control character in string; escape it (\\n, \\t) or remove it');
    }
    this.at++;
    const value = escaped ? (JSON.parse(text.slice(start, this.at)) as string) : text.slice(start + 1, this.at - 1);
    if (value.length > this.limits.maxStringLength) {
      this.fail(stringTooLongMessage(value.length, this.limits), start, this.at, 'resource-limit');
    }
    return value;
  }

  private readObject(path: DataPath, depth: number): { value: unknown; source: SourceNode } {
    const start = this.at;
    this.at++;
    const value: Record<string, unknown> = {};
    const pairs: SourcePair[] = [];
    const seen = new Map<string, Span>();
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return { value, source: { kind: 'map', span: { start, end: this.at }, pairs } };
    }
    // where the last comma is: whitespace may stand between it and a closing brace
    let comma = start;
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') {
        if (this.text[this.at] === '}') this.fail('trailing comma before "}"; remove the comma', comma);
        if (this.text[this.at] === "'") this.fail('keys in JSON use double quotes, not single quotes');
        this.fail(`unexpected ${describe(this.text, this.at)}; expected a key in double quotes`);
      }
      const keyStart = this.at;
      const key = this.readString();
      const keySpan = { start: keyStart, end: this.at };
      const earlier = seen.get(key);
      if (earlier) this.findings.push(duplicateKeyFinding(key, keySpan, earlier, path, this.lines));
      seen.set(key, keySpan);
      this.skipSpace();
      if (this.text[this.at] !== ':') this.fail(`unexpected ${describe(this.text, this.at)}; expected ":" after the key`);
      this.at++;
      this.skipSpace();
      const child = this.readValue([...path, key], depth);
      setOwn(value, key, child.value);
      pairs.push({ key, keySpan, value: child.source });
      this.skipSpace();
      const next = this.text[this.at];
      this.at++;
      if (next === '}') break;
      if (next !== ',') this.fail(`unexpected ${describe(this.text, this.at - 1)}; expected "," or "}"`, this.at - 1);
      comma = this.at - 1;
    }
    return { value, source: { kind: 'map', span: { start, end: this.at }, pairs } };
  }

  private readArray(path: DataPath, depth: number): { value: unknown; source: SourceNode } {
    const start = this.at;
    this.at++;
    const value: unknown[] = [];
    const items: SourceNode[] = [];
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return { value, source: { kind: 'seq', span: { start, end: this.at }, items } };
    }
    let comma = start;
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === ']') this.fail('trailing comma before "]"; remove the comma', comma);
      const child = this.readValue([...path, value.length], depth);
      value.push(child.value);
      items.push(child.source);
      this.skipSpace();
      const next = this.text[this.at];
      this.at++;
      if (next === ']') break;
      if (next !== ',') this.fail(`unexpected ${describe(this.text, this.at - 1)}; expected "," or "]"`, this.at - 1);
      comma = this.at - 1;
    }
    return { value, source: { kind: 'seq', span: { start, end: this.at }, items } };
  }
}

export function loadJson(text: string, limits: Limits, lines: LineIndex): LoadedDocument[] {
  const reader = new JsonReader(text, limits, lines);
  // JSON's own whitespace only: a no-break space is not nothing, and is reported as what it is
  if (/^[ \t\n\r]*$/.test(text)) {
    return [
      {
        index: 0,
        value: undefined,
        source: undefined,
        findings: [{ ruleId: 'syntax', message: 'empty JSON file; expected a value', span: { start: 0, end: 0 }, path: [] }],
        checkable: false,
      },
    ];
  }
  try {
    const { value, source } = reader.readDocument();
    return [{ index: 0, value, source, findings: reader.findings, checkable: true }];
  } catch (error) {
    if (!(error instanceof JsonStop)) throw error;
    return [{ index: 0, value: undefined, source: undefined, findings: [...reader.findings, error.finding], checkable: false }];
  }
}
