import { displayPath, type Diagnostic } from '../diagnostic.js';
import type { Formatter } from './types.js';
import { messageWithHint } from './message.js';

/** One diagnostic as `file:line:col: severity: message [rule]`, without the line break. */
export const compactLine = (file: string, diagnostic: Diagnostic): string =>
  `${displayPath(file)}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${messageWithHint(diagnostic)} [${diagnostic.ruleId}]`;

/** `file:line:col: severity: message [rule]`, one a line: what editors' problem matchers parse. */
export const compact: Formatter = (results) =>
  results.flatMap((result) => result.diagnostics.map((diagnostic) => `${compactLine(result.filePath, diagnostic)}\n`)).join('');

export default compact;
