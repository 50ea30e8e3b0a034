import path from 'node:path';
import picomatch from 'picomatch';
import type { Severity } from '../diagnostic.js';
import { catalogue, ruleById, rules } from '../rules/index.js';
import { semanticRuleIds, type Config, type RuleSetting } from '../schema/config-model.js';
import { didYouMean } from '../schema/suggest.js';

export type RuleLevel = Severity | 'off';

function levelOf(setting: RuleSetting): RuleLevel {
  if (setting === 'off' || setting === 0) return 'off';
  if (setting === 'warn' || setting === 1) return 'warning';
  return 'error';
}

const defaultLevels = (): Map<string, RuleLevel> =>
  new Map(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity === 'warn' ? 'warning' : 'error']));

function apply(levels: Map<string, RuleLevel>, settings: Config['rules']): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    if (ruleById.has(id) && setting !== undefined) levels.set(id, levelOf(setting));
  }
}

/**
 * Why a rule that `byo-lint rules` lists cannot be given a severity, so that naming it is not
 * called unknown; undefined for any other id.
 */
export function notConfigurable(id: string): string | undefined {
  const kind = catalogue.find((entry) => entry.id === id)?.kind;
  if (kind === 'structural') return `rule "${id}" is structural and always on; it cannot be configured`;
  if (kind === 'directive') return `rule "${id}" cannot be configured; --report-unused-directives turns it on`;
  return undefined;
}

/** What to do about an id that names no rule a config can set: the rule it was probably meant to be, else where the list is. */
export function unknownRuleHint(id: string): string {
  const meant = didYouMean(id, semanticRuleIds);
  return meant === undefined ? 'run `byo-lint rules` for the list' : `did you mean "${meant}"?`;
}

interface GlobList {
  /** picomatch takes a path equal to its glob as a match, whatever special characters the glob holds. */
  literal: ReadonlySet<string>;
  /** Every glob's expression as one alternation. */
  pattern: RegExp;
}

/**
 * Each list of globs as one regular expression, made on first use: a config with thousands of
 * `ignores` had each glob tried on each file in turn, and 2,000 of them over 10,000 files took 20 s.
 */
const globLists = new WeakMap<readonly string[], GlobList>();

/** Whether a path relative to the config's directory matches any of the globs, as picomatch matches each. */
export function matchesAny(globs: readonly string[], relativePath: string): boolean {
  if (globs.length === 0 || relativePath === '') return false;
  let list = globLists.get(globs);
  if (list === undefined) {
    const sources = globs.map((glob) => picomatch.makeRe(glob, { dot: true }).source);
    list = { literal: new Set(globs), pattern: new RegExp(sources.join('|')) };
    globLists.set(globs, list);
  }
  return list.literal.has(relativePath) || list.pattern.test(relativePath);
}

/**
 * The level of every rule for one file: defaults, then the config's `rules`, then each matching
 * override in order (later wins), then `--rule` from the command line.
 */
export function levelsForFile(config: Config, relativePath: string, commandLine: Config['rules'] = {}): Map<string, RuleLevel> {
  const levels = defaultLevels();
  apply(levels, config.rules);
  for (const override of config.overrides ?? []) {
    if (matchesAny(override.files ?? [], relativePath)) apply(levels, override.rules);
  }
  apply(levels, commandLine);
  return levels;
}

/** A config file as messages name it: from the working directory, which a relative path is taken from. */
export const configFileName = (file: string, cwd: string): string => path.relative(cwd, path.resolve(cwd, file));

/** Whether a relative path leaves its base directory (`..` or `../x`, not `..cache/x`), or is absolute. */
export const isOutside = (relative: string): boolean => relative === '..' || /^\.\.[\\/]/.test(relative) || path.isAbsolute(relative);

/**
 * The path a config glob is matched against: relative to the config's directory, as ESLint does;
 * a file outside that directory (a config named with `-c` from elsewhere) is matched relative to
 * the working directory instead, so the default `**` globs still find it.
 */
export function globPath(file: string, configDir: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const fromConfig = path.relative(configDir, absolute);
  const relative = isOutside(fromConfig) ? path.relative(cwd, absolute) : fromConfig;
  return relative.split(path.sep).join('/');
}
