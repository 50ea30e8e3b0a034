import type { Diagnostic, Fix } from '../diagnostic.js';
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

/** A fix as the lint offers it again on a later pass: by what it repairs and what it writes. */
const fixKey = (diagnostic: Diagnostic): string => `${diagnostic.ruleId}\0${diagnostic.path}\0${diagnostic.fix?.text ?? ''}`;

interface SoundApplication {
  output: string;
  result: LintResult;
}

/**
 * Applies the fixes whose output is still sound. When all of them together break the text, the
 * culprits are found by halving, so that one broken fix does not hold back the rest: k broken
 * fixes among n cost about 2k·log2(n) lints. The halves that were sound alone are applied
 * together, and linted once more, since two sound halves may still clash.
 */
function applySound(
  text: string,
  diagnostics: readonly Diagnostic[],
  lintOutput: (output: string) => LintResult,
  broken: Set<string>,
): SoundApplication | undefined {
  const soundAlone = (part: readonly Diagnostic[]): { fixes: Diagnostic[]; application?: SoundApplication } => {
    const { output, applied } = applyFixes(text, fixesOf(part));
    if (applied === 0) return { fixes: [] };
    const result = lintOutput(output);
    if (!isUnsafeToFix(result)) return { fixes: [...part], application: { output, result } };
    if (part.length === 1) {
      broken.add(fixKey(part[0]));
      return { fixes: [] };
    }
    const half = part.length >> 1;
    return { fixes: [...soundAlone(part.slice(0, half)).fixes, ...soundAlone(part.slice(half)).fixes] };
  };
  const { fixes, application } = soundAlone(diagnostics);
  if (application || fixes.length === 0) return application;
  const { output } = applyFixes(text, fixesOf(fixes));
  const result = lintOutput(output);
  return isUnsafeToFix(result) ? undefined : { output, result };
}

const fixesOf = (diagnostics: readonly Diagnostic[]): Fix[] =>
  diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []));

/**
 * Fixes a text by rounds of lint and apply until nothing is left to fix, then lints the result
 * once more as part of the run. `lintAlone` must not share state with the run (a pass would
 * otherwise see its own numbers as duplicates); `lintInRun` gives the reported result.
 * `output` holds the whole fixed text (BOM included) when it differs from the input. As in
 * ESLint, fix ranges count from after a byte-order mark, which is put back in front of the output.
 * A fix must never break the file: one whose output no longer reads soundly is left out, and is
 * neither offered again nor counted fixable, since --fix will not apply it.
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
  // linted as it will be written, BOM included, whose bytes count towards limits.maxFileBytes
  const lintOutput = (output: string) => lintAlone(bom + output);
  const broken = new Set<string>();
  let text = original;
  for (let pass = 0; pass < maxFixPasses; pass++) {
    // the lint offers no fix that the text's directives forbid (lintSource)
    const fixable = result.diagnostics.filter((diagnostic) => diagnostic.fix && !broken.has(fixKey(diagnostic)));
    if (fixable.length === 0) break;
    const application = applySound(text, fixable, lintOutput, broken);
    if (!application) break;
    text = application.output;
    result = application.result;
  }
  const reported = text === original ? lintInRun(input) : { ...lintInRun(bom + text), output: bom + text };
  if (broken.size > 0) withoutFixes(reported, broken);
  if (reported.output !== undefined) originals.set(reported, decoded);
  return reported;
}

function withoutFixes(result: LintResult, broken: ReadonlySet<string>): void {
  for (const diagnostic of result.diagnostics) {
    if (!diagnostic.fix || !broken.has(fixKey(diagnostic))) continue;
    delete diagnostic.fix;
    if (diagnostic.severity === 'error') result.fixableErrorCount--;
    else result.fixableWarningCount--;
  }
}
