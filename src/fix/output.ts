import path from 'node:path';
import { InputError } from '../files.js';
import type { LintResult } from '../lint.js';
import { relativePath } from '../report/location.js';
import { unifiedDiff } from './diff.js';
import { originalText } from './source.js';
import { writeFileAtomic } from './write.js';
import { systemErrorText } from '../system-error.js';

export type FixMode = 'fix' | 'dry-run';

function failure(action: string, filePath: string, error: unknown): InputError {
  return new InputError(`cannot ${action} ${filePath}: ${systemErrorText(error)}`);
}

/**
 * Delivers the fixes of a run. Files are rewritten (`fix`) or shown as a unified diff
 * (`dry-run`); standard input comes back whole, fixed or not (`fix`), or as a diff. Returns
 * what belongs on standard output, in which case the report goes to standard error.
 */
export function deliverFixes(results: readonly LintResult[], mode: FixMode, cwd: string, stdin?: Buffer): string | Buffer | undefined {
  if (stdin) {
    const [result] = results;
    if (mode === 'fix') return result.output ?? stdin;
    return result.output === undefined ? '' : unifiedDiff(stdin.toString('utf8'), result.output, result.filePath);
  }
  const diffs: string[] = [];
  for (const result of results) {
    if (result.output === undefined) continue;
    const file = path.resolve(cwd, result.filePath);
    if (mode === 'fix') {
      try {
        writeFileAtomic(file, result.output);
      } catch (error) {
        throw failure('write', result.filePath, error);
      }
      continue;
    }
    // the text the lint read: reading the file again would diff against whatever it has become since
    const before = originalText(result);
    if (before === undefined) throw new Error(`the fixed result for ${result.filePath} has lost its original text`);
    diffs.push(unifiedDiff(before, result.output, relativePath(cwd, result.filePath)));
  }
  return mode === 'dry-run' ? diffs.join('') : undefined;
}
