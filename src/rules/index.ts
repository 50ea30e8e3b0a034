import { assistantAndSquad } from './assistant-and-squad.js';
import { duplicateName } from './duplicate-name.js';
import { duplicateNumber } from './duplicate-number.js';
import { e164Number } from './e164-number.js';
import { fallbackDestination } from './fallback-destination.js';
import { fallbackLoop } from './fallback-loop.js';
import { idFormat } from './id-format.js';
import { inboundHangup } from './inbound-hangup.js';
import { insecureServerUrl } from './insecure-server-url.js';
import { orphanServerSecret } from './orphan-server-secret.js';
import { plaintextSecret } from './plaintext-secret.js';
import { preferE164 } from './prefer-e164.js';
import { quotedNumber } from './quoted-number.js';
import { serverUrlPrecedence } from './server-url-precedence.js';
import { serverUrl } from './server-url.js';
import { sipUri } from './sip-uri.js';
import { unusedDirectiveRule } from './directives.js';
import type { Rule, RuleMeta, RuleSeverity } from './types.js';
import { unknownReference } from './unknown-reference.js';
import { unreachableServerUrl } from './unreachable-server-url.js';
import { unusedFallback } from './unused-fallback.js';
import { weakSecret } from './weak-secret.js';

export type { Entry, EntryContext, Knowledge, Rule, RuleMeta, RuleReport, RuleSeverity, UniqueCheck } from './types.js';

/** Every semantic rule, in catalogue order. Registration is explicit: a new rule is added here. */
export const rules: readonly Rule[] = [
  quotedNumber,
  inboundHangup,
  fallbackDestination,
  unusedFallback,
  assistantAndSquad,
  serverUrl,
  insecureServerUrl,
  unreachableServerUrl,
  serverUrlPrecedence,
  orphanServerSecret,
  plaintextSecret,
  weakSecret,
  duplicateNumber,
  duplicateName,
  fallbackLoop,
  e164Number,
  preferE164,
  sipUri,
  idFormat,
  unknownReference,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));

/** Rules that are always on and cannot be configured. */
export const structuralRules = [
  { id: 'syntax', description: 'a YAML or JSON syntax error; the document is not checked further', fixable: false },
  { id: 'duplicate-key', description: 'a key repeated in one mapping', fixable: false },
  {
    id: 'resource-limit',
    description: 'a size, depth, document or alias limit was hit; the document is not checked further',
    fixable: false,
  },
  // --fix renames misspelt keys, removes server-managed ones and inserts a missing provider
  { id: 'schema', description: 'a JSON Schema violation: unknown or missing keys, wrong types and values', fixable: true },
] as const;
export { unusedDirectiveRule };

/** One rule as the catalogue lists it: `byo-lint rules`, the rule docs and the SARIF rule descriptors. */
export type CatalogueEntry = {
  id: string;
  defaultSeverity: RuleSeverity;
  /** Whether `--fix` can repair it. */
  fixable: boolean;
  /** One line. */
  description: string;
  /** Whether the config's `rules` can set its severity: semantic rules only. */
  configurable: boolean;
} &
  /** A structural check (always on, always an error), the unused-directive report, or a semantic rule with its docs. */
  ({ kind: 'structural' } | { kind: 'directive' } | { kind: 'semantic'; docs: RuleMeta['docs'] });

/** The whole catalogue, in its order: structural checks, unused-directive, then the semantic rules. */
export const catalogue: readonly CatalogueEntry[] = [
  ...structuralRules.map((rule): CatalogueEntry => ({ ...rule, kind: 'structural', defaultSeverity: 'error', configurable: false })),
  { ...unusedDirectiveRule, kind: 'directive', defaultSeverity: 'warn', configurable: false },
  ...rules.map(({ meta }): CatalogueEntry => ({
    id: meta.id,
    kind: 'semantic',
    defaultSeverity: meta.defaultSeverity,
    fixable: meta.fixable,
    description: meta.description,
    configurable: true,
    docs: meta.docs,
  })),
];
