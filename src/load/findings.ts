import { quote, type DataPath, type Finding, type Span } from '../diagnostic.js';
import { isSecretPath } from '../secrets.js';
import type { LineIndex } from './source.js';

/** A key set twice in one mapping: reported at the later key, which wins, naming the earlier one. */
export function duplicateKeyFinding(key: string, keySpan: Span, earlier: Span, mapPath: DataPath, lines: LineIndex): Finding {
  const first = lines.position(earlier.start);
  return {
    ruleId: 'duplicate-key',
    message: `key ${quote(key)} is duplicated; it was first set at line ${first.line}, column ${first.column}, and this later value wins`,
    hint: 'remove one of the two',
    span: keySpan,
    path: [...mapPath, key],
    target: 'key',
    related: [{ message: 'first set here', span: earlier }],
  };
}

/**
 * An alias (`*name`) with no anchor of its name before it in its document, where both YAML readers
 * stop reading it. A secret's alias is not named: the "alias" may be the secret, starting with `*`.
 */
export function undefinedAliasFinding(name: string, span: Span, path: DataPath): Finding {
  const alias = isSecretPath(path) ? 'an alias' : `alias "*${name}"`;
  return {
    ruleId: 'syntax',
    message: `${alias} refers to no anchor before it; define the anchor first, or quote a value that starts with "*"`,
    span,
    path,
  };
}
