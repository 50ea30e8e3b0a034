import type { Fix } from '../diagnostic.js';
import type { LintResult } from '../lint.js';
import { applyFixes } from './apply.js';

/** Enough for fixes that wait on each other; a fix that keeps producing fixes stops here. */
const maxFixPasses = 10;

/** Findings that mean the text is not understood well enough to be rewritten. */
export const unsafeRuleIds: ReadonlySet<string> = new Set(['syntax', 'duplicate-key', 'resource-limit']);

/**
 * The text each fixed result was linted from, for --fix-dry-run's diff. It is kept beside the
 * result rather than on it, so that results keep the shape the library documents.
 */
const originals = new WeakMap<LintResult, string>();

/** The text a result with `output` was fixed from (BOM included), as the lint read it. */
export function originalText(result: LintResult): string | undefined {
  return originals.get(result);
}

/**
 * The results whose text holds a finding of unsafeRuleIds, silenced by a directive or not: the
 * text reads the same either way. The lint marks them, since only it sees what was silenced.
 */
const unsafeToRewrite = new WeakSet<LintResult>();

export function markUnsafeToFix(result: LintResult): void {
  unsafeToRewrite.add(result);
}

export function isUnsafeToFix(result: LintResult): boolean {
  return unsafeToRewrite.has(result);
}

const lineBreaks = (text: string) => text.split('\n').length - 1;

/** Whether a fix adds or removes lines, which moves every line-bound directive below it. */
export const shiftsLines = (text: string, fix: Fix) => lineBreaks(text.slice(fix.range[0], fix.range[1])) !== lineBreaks(fix.text);

/**
 * Fixes a text by rounds of lint and apply until nothing is left to fix, then lints the result
 * once more as part of the run. `lintAlone` must not share state with the run (a pass would
 * otherwise see its own numbers as duplicates); `lintInRun` gives the reported result.
 * `output` holds the whole fixed text (BOM included) when it differs from the input. As in
 * ESLint, fix ranges count from after a byte-order mark, which is put back in front of the output.
 */
export function fixSource(
  input: string | Buffer,
  lintAlone: (text: string | Buffer) => LintResult,
  lintInRun: (text: string | Buffer) => LintResult,
): LintResult {
  let result = lintAlone(input);
  if (isUnsafeToFix(result)) return lintInRun(input);
  const decoded = typeof input === 'string' ? input : input.toString('utf8');
  const bom = decoded.startsWith('\uFEFF') ? '\uFEFF' : '';
  const original = decoded.slice(bom.length);
  let text = original;
  for (let pass = 0; pass < maxFixPasses; pass++) {
    // the lint offers no fix that the text's directives forbid (lintSource)
    const fixes = result.diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []));
    const { output, applied } = applyFixes(text, fixes);
    if (applied === 0) break;
    // linted as it will be written, BOM included, whose bytes count towards limits.maxFileBytes
    const next = lintAlone(bom + output);
    // a fix must never break the file: keep the last text that was still sound
    if (isUnsafeToFix(next)) break;
    text = output;
    result = next;
  }
  if (text === original) return lintInRun(input);
  const fixed: LintResult = { ...lintInRun(bom + text), output: bom + text };
  originals.set(fixed, decoded);
  return fixed;
}
