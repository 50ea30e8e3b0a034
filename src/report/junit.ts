import { compactLine } from './compact.js';
import { relativePath } from './location.js';
import type { Formatter } from './types.js';
import { messageWithHint } from './message.js';

// Characters XML 1.0 cannot carry even as references: C0 controls but tab, CR and LF, lone
// surrogates (with the u flag a paired surrogate is one code point and does not match), U+FFFE/FFFF.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

const escapeText = (text: string) => text.replace(notXmlChar, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// in attributes, line breaks and tabs are kept as references: a parser would turn them into spaces
const escapeAttribute = (text: string) =>
  escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');

const attributes = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');

/** JUnit XML: a test suite per file, a failed test case per diagnostic, one passing case for a clean file. */
export const junit: Formatter = (results, { cwd }) => {
  let failures = 0;
  let tests = 0;
  const suites = results.map((result) => {
    const file = relativePath(cwd, result.filePath);
    // GitLab keys a test case by its suite, class and name, and keeps one per key: several findings
    // of a rule at one place (the keys one mapping lacks) each need a name of their own
    const named = new Map<string, number>();
    const cases = result.diagnostics.map((diagnostic) => {
      const place = `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`;
      const seen = (named.get(place) ?? 0) + 1;
      named.set(place, seen);
      const name = seen === 1 ? place : `${place} (${seen})`;
      const body = compactLine(file, diagnostic);
      return (
        `    <testcase${attributes({ classname: file, name, file, line: diagnostic.line })}>\n` +
        `      <failure${attributes({ message: messageWithHint(diagnostic), type: diagnostic.severity })}>${escapeText(body)}</failure>\n` +
        `    </testcase>\n`
      );
    });
    if (cases.length === 0) cases.push(`    <testcase${attributes({ classname: file, name: 'byo-lint', file })}/>\n`);
    failures += result.diagnostics.length;
    tests += cases.length;
    const counts = { name: file, tests: cases.length, failures: result.diagnostics.length, errors: 0, skipped: 0 };
    return `  <testsuite${attributes(counts)}>\n${cases.join('')}  </testsuite>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attributes({ name: 'byo-lint', tests, failures, errors: 0 })}>\n${suites.join('')}</testsuites>\n`
  );
};

export default junit;
