import { quote, type DataPath, type Finding, type Span } from '../diagnostic.js';
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
