import { readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lintText } from '../../src/lint.js';

const sortedSet = (lines: number[]) => [...new Set(lines)].sort((a, b) => a - b);

/** The 1-based lines of byo-lint's `schema` findings, the ones an editor can know of from the schema alone. */
export function schemaLines(filePath: string): number[] {
  // quoted-number replaces the schema's type error for an unquoted number; with it off, byo-lint
  // reports that type error as the editor does
  const result = lintText(readFileSync(filePath, 'utf8'), { filePath, config: { rules: { 'quoted-number': 'off' } } });
  return sortedSet(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'schema').map((diagnostic) => diagnostic.line));
}

/** The 1-based lines the JSON language service's diagnostics start on. */
export function jsonEditorLines(diagnostics: readonly Diagnostic[]): number[] {
  return sortedSet(diagnostics.map((diagnostic) => diagnostic.range.start.line + 1));
}

/**
 * The 1-based lines yaml-language-server flags. It folds a diagnostic into the one before when both
 * have the same message and the earlier one ends on the line the later one starts on (its
 * `doValidation`): a block mapping of the wrong type (whose range ends at the start of the next
 * line) swallows a wrong value of the same kind on that next line, and the one diagnostic then ends
 * where the swallowed one ended. Such an end line counts as flagged. Every other range that spans
 * lines here ends at column 0 of the line after its value (a block collection or block scalar
 * takes its line break), since flow collections are written on one line.
 */
export function yamlEditorLines(diagnostics: readonly Diagnostic[]): number[] {
  return sortedSet(
    diagnostics.flatMap(({ range: { start, end } }) =>
      end.line > start.line && end.character > 0 ? [start.line + 1, end.line + 1] : [start.line + 1],
    ),
  );
}
