import { createHash } from 'node:crypto';
import { displayPath, type Diagnostic } from '../diagnostic.js';
import { relativePath } from './location.js';
import type { Formatter } from './types.js';
import { messageWithHint } from './message.js';

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * The message as a fingerprint sees it: each other place it names (a duplicate's first occurrence,
 * written `file:line:column`, or `line L, column C` in the same file) as its file alone, so that
 * lines moving there leave it unchanged.
 */
function positionFree(diagnostic: Diagnostic, cwd: string): string {
  let message = diagnostic.message;
  for (const related of diagnostic.related ?? []) {
    const file = relativePath(cwd, related.filePath);
    message = message
      .split(`${displayPath(related.filePath)}:${related.line}:${related.column}`)
      .join(file)
      .split(`line ${related.line}, column ${related.column}`)
      .join(file);
  }
  return message;
}

/**
 * GitLab Code Quality JSON. The fingerprint leaves out line numbers, its own and those of the
 * places a message names, and the entry's place in its list, so an issue keeps its identity when
 * lines or entries move and the merge-request widget shows it as neither new nor fixed.
 */
export const gitlab: Formatter = (results, { cwd }) => {
  const occurrences = new Map<string, number>();
  const issues: CodeQualityIssue[] = results.flatMap((result) => {
    const file = relativePath(cwd, result.filePath);
    return result.diagnostics.map((diagnostic) => {
      // list indices and document numbers are positions too: an entry added above would renumber the rest
      const where = diagnostic.path.replace(/\/\d+(?=\/|$)/g, '/*');
      const identity = [file, diagnostic.ruleId, where, positionFree(diagnostic, cwd)].join('\u0000');
      // the same finding in two entries, or twice in one, still needs two fingerprints: they are counted in order
      const seen = occurrences.get(identity) ?? 0;
      occurrences.set(identity, seen + 1);
      return {
        description: messageWithHint(diagnostic),
        check_name: diagnostic.ruleId,
        fingerprint: createHash('sha256').update(`${identity}\u0000${seen}`).digest('hex'),
        severity: diagnostic.severity === 'error' ? 'major' : 'minor',
        location: { path: file, lines: { begin: diagnostic.line, end: diagnostic.endLine } },
      };
    });
  });
  return JSON.stringify(issues, null, 2) + '\n';
};

export default gitlab;
