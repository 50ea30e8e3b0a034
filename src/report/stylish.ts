import { displayPath } from '../diagnostic.js';
import type { Formatter } from './types.js';
import { messageWithHint } from './message.js';

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const plain = (text: string) => text;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** ESLint's default layout: a heading per file, aligned rows, a summary line. */
export const stylish: Formatter = (results, { color }) => {
  const paint = {
    dim: color ? ansi(2) : plain,
    red: color ? ansi(31) : plain,
    yellow: color ? ansi(33) : plain,
    underline: color ? ansi(4) : plain,
    bold: color ? ansi(1) : plain,
  };
  let output = '';
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    const rows = result.diagnostics.map((diagnostic) => [
      `${diagnostic.line}:${diagnostic.column}`,
      diagnostic.severity,
      messageWithHint(diagnostic),
      diagnostic.ruleId,
    ]);
    // a loop, not Math.max(...): a file can have more rows than a call takes arguments
    const widths = [0, 1].map((column) => rows.reduce((widest, row) => Math.max(widest, row[column].length), 0));
    output += `\n${paint.underline(displayPath(result.filePath))}\n`;
    for (const [position, severity, message, ruleId] of rows) {
      const level = severity === 'error' ? paint.red(severity.padEnd(widths[1])) : paint.yellow(severity.padEnd(widths[1]));
      output += `  ${paint.dim(position.padEnd(widths[0]))}  ${level}  ${message}  ${paint.dim(ruleId)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  output += `\n${paint.bold(errors > 0 ? paint.red(summary) : paint.yellow(summary))}\n`;
  if (fixable > 0) output += `  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.\n`;
  return output;
};

export default stylish;
