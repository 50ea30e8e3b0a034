import { relativePath } from './location.js';
import type { Formatter } from './types.js';
import { messageWithHint } from './message.js';

// GitHub's own escaping for workflow commands (actions/toolkit `escapeData` / `escapeProperty`):
// a raw newline would end the command, and `:` or `,` in a property would end the property.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…::message` workflow commands: annotations on a pull request's diff. */
export const github: Formatter = (results, { cwd }) =>
  results
    .flatMap((result) => {
      const file = relativePath(cwd, result.filePath);
      return result.diagnostics.map((diagnostic) => {
        const properties = {
          file,
          line: diagnostic.line,
          col: diagnostic.column,
          endLine: diagnostic.endLine,
          endColumn: diagnostic.endColumn,
          title: `byo-lint ${diagnostic.ruleId}`,
        };
        const list = Object.entries(properties)
          .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
          .join(',');
        return `::${diagnostic.severity} ${list}::${escapeData(messageWithHint(diagnostic))}\n`;
      });
    })
    .join('');

export default github;
