import type { Formatter } from './types.js';

/** `file:line:col: severity: message [rule]`, one a line: what editors' problem matchers parse. */
export const compact: Formatter = (results) =>
  results
    .flatMap((result) =>
      result.diagnostics.map(
        (diagnostic) =>
          `${result.filePath}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]\n`,
      ),
    )
    .join('');

export default compact;
