import type { LintResult } from '../lint.js';

export interface FormatContext {
  /** Paths in the output are relative to this directory where the format wants them relative. */
  cwd: string;
  color: boolean;
}

/** A reporter: a pure function from results to the text to print. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;
