import { quotedNumber } from './quoted-number.js';
import type { Rule } from './types.js';

export type { Entry, EntryContext, Knowledge, Rule, RuleMeta, RuleReport, RuleSeverity } from './types.js';

/** Every semantic rule, in catalogue order. Registration is explicit: a new rule is added here. */
export const rules: readonly Rule[] = [quotedNumber];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));

/** Rules that are always on and cannot be configured. */
export const structuralRules = [
  { id: 'syntax', description: 'YAML or JSON syntax error; the document is not checked further' },
  { id: 'duplicate-key', description: 'a key repeated in one mapping' },
  { id: 'resource-limit', description: 'a size, depth, document or alias limit was hit; the document is not checked further' },
  { id: 'schema', description: 'a JSON Schema violation: unknown or missing keys, wrong types and values' },
] as const;
