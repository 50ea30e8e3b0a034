import { expect } from 'vitest';
import type { LintResult } from '../../src/lint.js';
import { loadText, locate } from '../../src/load/index.js';

/** One key written in a generated large mapping: where it and its value stand in the text. */
export interface Entry {
  key: string;
  line: number;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  value: string;
}

/** How a generated mapping is written in one language. */
export interface MappingSyntax {
  /** The key as written; `other` asks for its second spelling (quoted, or with an escape). */
  spell(key: string, other: boolean): string;
  open: string;
  close: string;
  /** What comes before the pair at this index. */
  before(index: number): string;
  after: string;
  /** The line of the first pair. */
  firstLine: number;
}

export const yamlSyntax: MappingSyntax = {
  spell: (key, other) => (other ? `'${key}'` : key),
  open: '',
  close: '',
  before: () => '',
  after: '\n',
  firstLine: 1,
};

export const jsonSyntax: MappingSyntax = {
  spell: (key, other) => `"${other ? `\\u006b${key.slice(1)}` : key}"`,
  open: '{',
  close: '\n}\n',
  before: (index) => `${index > 0 ? ',' : ''}\n  `,
  after: '',
  firstLine: 2,
};

/**
 * `count` keys k0, k1, …, a line each, every third in its other spelling; then, if asked, every
 * seventh again with another value, every other one of those in its other spelling.
 */
export function largeMapping(syntax: MappingSyntax, count: number, duplicates: boolean): { text: string; entries: Entry[] } {
  const spellings = Array.from({ length: count }, (_, index) => [`k${index}`, syntax.spell(`k${index}`, index % 3 === 0)]);
  const again = duplicates
    ? spellings.filter((_, index) => index % 7 === 0).map(([key], index) => [key, syntax.spell(key, index % 2 !== 0)])
    : [];
  let text = syntax.open;
  const entries = [...spellings, ...again].map(([key, spelling], index) => {
    text += syntax.before(index);
    const keyStart = text.length;
    text += `${spelling}: `;
    const value = String(index);
    const entry = { key, line: syntax.firstLine + index, keyStart, keyEnd: keyStart + spelling.length, valueStart: text.length, value };
    text += `${value}${syntax.after}`;
    return entry;
  });
  return { text: text + syntax.close, entries };
}

/** Each key's last entry, the one whose value the data holds, in the order of the keys' first entries. */
export const lastEntries = (entries: Entry[]): Entry[] => [...new Map(entries.map((entry) => [entry.key, entry])).values()];

/**
 * That every key of a generated one-mapping file is found at its last pair, with its value, and
 * reported as an unknown key there (in the order of the lines), keys starting at `keyColumn`.
 */
export function expectLastPairsPlaced(text: string, filePath: string, entries: Entry[], result: LintResult, keyColumn: number): void {
  const last = lastEntries(entries);
  const { value, source } = loadText(text, filePath).documents[0];
  expect(
    last.map(({ key }) => [(value as Record<string, unknown>)[key], text.slice(locate(source, [key]).start, locate(source, [key]).end)]),
  ).toEqual(last.map(({ value: written }) => [Number(written), written]));
  const unknown = result.diagnostics.filter(({ messageId }) => messageId === 'unknown-property');
  expect(unknown.map(({ path, line, column, endLine, endColumn }) => ({ path, line, column, endLine, endColumn }))).toEqual(
    [...last]
      .sort((a, b) => a.line - b.line)
      .map(({ key, line, keyStart, keyEnd }) => ({
        path: `/${key}`,
        line,
        column: keyColumn,
        endLine: line,
        endColumn: keyColumn + keyEnd - keyStart,
      })),
  );
}
