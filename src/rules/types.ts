import { isMapping, type DataFix, type DataPath, type RelatedLocation } from '../diagnostic.js';
import type { Config, SemanticRuleId } from '../schema/config-model.js';
import { placeholderSource, type ByoPhoneNumber } from '../schema/model.js';

export type RuleSeverity = 'error' | 'warn';

export interface RuleMeta {
  id: SemanticRuleId;
  /** One line, for `byo-lint rules` and the docs. */
  description: string;
  defaultSeverity: RuleSeverity;
  /** Whether `--fix` can repair it (suggestion-only rules say false). */
  fixable: boolean;
  docs: {
    /** Why the rule exists, in a paragraph. */
    rationale: string;
    /** YAML files: one that passes and one that the rule reports. */
    valid: string;
    invalid: string;
    /** The byo-lint configuration both examples run with, when the rule needs one. */
    config?: Config;
  };
}

/** What the project's configuration tells rules about the world outside the phone-number files. */
export type Knowledge = Pick<Config, 'org' | 'assistants' | 'squads' | 'credentials'> & {
  /** The config file these came from, as messages name it; undefined when there is none. */
  configFile?: string;
};

/** A repair at the report's path: replace its key or value, rename the key, remove the pair, insert a first key. */
type RuleFix = DataFix;

export interface RuleReport {
  /** Relative to the entry. */
  path: DataPath;
  message: string;
  messageId?: string;
  hint?: string;
  /** `first-line` for findings about the whole entry or mapping. */
  target?: 'key' | 'value' | 'first-line';
  /** Raise a warn rule to error for this finding (an insecure URL that would carry a secret). */
  escalate?: boolean;
  fix?: RuleFix;
  /** Offered to the user (json output, editors), never applied by --fix. */
  suggestions?: { desc: string; fix: RuleFix }[];
}

export type Entry = Readonly<Record<string, unknown>>;

export interface EntryContext {
  entry: Entry;
  knowledge: Knowledge;
  /** The value at a path relative to the entry exactly as the file spells it. */
  written(path: DataPath): string | undefined;
  /** The tag written on the value at a path relative to the entry (`!!int`), when it is a mapping's value that has one. */
  tag(path: DataPath): string | undefined;
  report(report: RuleReport): void;
}

/** A rule that requires a value to be unique across every file of a run. */
export interface UniqueCheck {
  /** Where the value sits in an entry. */
  path: DataPath;
  /** The normalised value to compare; undefined to skip the entry. It is called for every entry of every file: keep it cheap. */
  key(entry: Entry): string | undefined;
  /** The report on a later entry whose value was first seen at `first`. */
  message(entry: Entry, first: RelatedLocation): string;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * The key without which an entry gives the rule nothing to check. Like an ESLint rule's node
   * selectors: the engine skips the entries that lack it, which on a large file is most of them.
   */
  needs?: keyof ByoPhoneNumber;
  check?(context: EntryContext): void;
  unique?: UniqueCheck;
}

/** A string property of an entry, or undefined when absent or of another type. */
export function stringAt(entry: Entry | undefined, key: string): string | undefined {
  const value = entry?.[key];
  return typeof value === 'string' ? value : undefined;
}

export function mappingAt(entry: Entry | undefined, key: string): Entry | undefined {
  const value = entry?.[key];
  return isMapping(value) ? value : undefined;
}

/** A `${NAME}` placeholder, as the schema allows it in any string field. */
export const placeholderPattern = new RegExp(placeholderSource);

export function hasPlaceholder(value: string): boolean {
  // every rule asks this of most values, and most have no `${`: a substring search answers sooner than the pattern
  return value.includes('${') && placeholderPattern.test(value);
}
