import path from 'node:path';
import { stdinName } from '../diagnostic.js';
import { messageWithHint } from './message.js';
import type { Formatter } from './types.js';

/**
 * ESLint's result format, so existing consumers work; each message also carries its `path`, and
 * its hint both in the message, which editors show, and apart. Unnamed standard input keeps its
 * name rather than become a file of the working directory that does not exist.
 */
export const json: Formatter = (results, { cwd }) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath === stdinName ? stdinName : path.resolve(cwd, result.filePath),
      messages: result.diagnostics.map(({ filePath: _filePath, ruleId, severity, message, ...rest }) => ({
        ruleId,
        severity: severity === 'error' ? 2 : 1,
        message: messageWithHint({ message, hint: rest.hint }),
        ...rest,
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
    })),
  ) + '\n';

export default json;
