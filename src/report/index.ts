import type { LintResult } from '../lint.js';
import type { FormatContext, Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

/** Formats load on demand so that start-up pays only for the one in use. */
const loaders: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  compact: () => import('./compact.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  gitlab: () => import('./gitlab.js'),
};

export const formatNames = Object.keys(loaders);

export class UnknownFormatError extends Error {}

export async function getFormatter(name: string): Promise<Formatter> {
  const load = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
  if (!load) throw new UnknownFormatError(`unknown format "${name}"; expected one of ${formatNames.join(', ')}`);
  return (await load()).default;
}

export class ReportTooLargeError extends Error {}

/**
 * The report in a format. V8 holds at most 2**29 - 24 characters in one string (512 MiB of ASCII),
 * and a report past that, such as SARIF for a million findings, cannot be built: that is said with
 * what to do, where V8 says only "Invalid string length".
 */
export async function formatReport(name: string, results: readonly LintResult[], context: FormatContext): Promise<string> {
  const formatter = await getFormatter(name);
  try {
    return formatter(results, context);
  } catch (error) {
    if (!(error instanceof RangeError) || error.message !== 'Invalid string length') throw error;
    const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
    throw new ReportTooLargeError(
      `the ${name} report of ${problems} problems is longer than one string can hold (512 MiB); lint fewer files in each run, or use a terser format such as compact`,
      { cause: error },
    );
  }
}
