import { createHash } from 'node:crypto';
import { relativePath } from './location.js';
import type { Formatter } from './types.js';

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * GitLab Code Quality JSON. The fingerprint leaves out line numbers, so an issue keeps its
 * identity when lines above it move and the merge-request widget shows it as neither new nor fixed.
 */
export const gitlab: Formatter = (results, { cwd }) => {
  const occurrences = new Map<string, number>();
  const issues: CodeQualityIssue[] = results.flatMap((result) => {
    const file = relativePath(cwd, result.filePath);
    return result.diagnostics.map((diagnostic) => {
      const identity = [file, diagnostic.ruleId, diagnostic.document ?? 0, diagnostic.path, diagnostic.message].join('\u0000');
      // the same finding twice in one file (rare: the same key in two places) still needs two fingerprints
      const seen = occurrences.get(identity) ?? 0;
      occurrences.set(identity, seen + 1);
      return {
        description: diagnostic.message,
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
