import path from 'node:path';
import type { Formatter } from './types.js';

/** ESLint's result format, so existing consumers work; each message also carries its `path`. */
export const json: Formatter = (results, { cwd }) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: path.resolve(cwd, result.filePath),
      messages: result.diagnostics.map(({ filePath: _filePath, ruleId, severity, message, ...rest }) => ({
        ruleId,
        severity: severity === 'error' ? 2 : 1,
        message,
        ...rest,
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
    })),
  ) + '\n';

export default json;
