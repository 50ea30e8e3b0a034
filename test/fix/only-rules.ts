import type { Config } from '../../src/schema/config-model.js';
import { semanticRuleIds } from '../../src/schema/config-model.js';

/** Every semantic rule off but the given ones, so that a fix test sees its own findings only. */
export function onlyRules(rules: Config['rules'] = {}): NonNullable<Config['rules']> {
  return { ...Object.fromEntries(semanticRuleIds.map((id) => [id, 'off'])), ...rules };
}
