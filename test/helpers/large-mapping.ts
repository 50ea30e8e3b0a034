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
