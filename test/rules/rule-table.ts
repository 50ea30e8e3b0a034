import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import type { Config } from '../../src/schema/config-model.js';

export interface Expected {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** JSON Pointer of the value the finding is about. */
  path: string;
  message: string;
}

export interface RuleCase {
  name: string;
  text: string;
  config?: Config;
  filePath?: string;
  /** This rule's diagnostics, in order; [] for a valid case. */
  expected: Expected[];
}

/** The diagnostics one rule reports for a text, with the fields a table asserts. */
export function findingsOf(ruleId: string, text: string, config: Config = {}, filePath = 'numbers.yaml'): Expected[] {
  return lintText(text, { filePath, config })
    .diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId)
    .map(({ line, column, severity, path, message }) => ({ line, column, severity, path, message }));
}

/** A table test: each case runs through lintText and must report exactly the expected findings of the rule. */
export function ruleTable(ruleId: string, cases: readonly RuleCase[]): void {
  describe(ruleId, () => {
    for (const { name, text, config, filePath, expected } of cases) {
      it(name, () => expect(findingsOf(ruleId, text, config, filePath)).toEqual(expected));
    }
  });
}

/** A phone-number file: the required keys, then the given lines. */
export const numberFile = (...lines: string[]): string =>
  ['provider: byo-phone-number', 'number: "+14155550100"', 'credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23', ...lines, ''].join('\n');

export const assistantId = '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e';
export const squadId = '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
