/** byo-lint's library API. */
export { lintFiles, lintText, type LintFilesOptions, type LintOptions, type LintResult } from './lint.js';
export { InputError } from './files.js';
export { loadConfig, ConfigError, type ConfigOptions, type LoadedConfig } from './config/load.js';
export { getFormatter, formatNames, UnknownFormatError, type FormatContext, type Formatter } from './report/index.js';
export { rules, structuralRules, unusedDirectiveRule } from './rules/index.js';
export type { Rule, RuleMeta, RuleSeverity } from './rules/index.js';
export type { Diagnostic, Fix, RelatedLocation, Severity, Suggestion } from './diagnostic.js';
export type { Config } from './schema/config-model.js';
export type { ByoPhoneNumber, FallbackDestination, NumberDestination, SipDestination } from './schema/model.js';
export { defaultLimits, type Limits } from './load/index.js';
export { version } from './version.js';
