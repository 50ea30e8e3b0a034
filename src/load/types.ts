import type { Finding } from '../diagnostic.js';
import type { SourceNode } from './source.js';

export interface LoadedDocument {
  index: number;
  /** The plain data; undefined when the document could not be read or is empty. */
  value: unknown;
  source: SourceNode | undefined;
  /**
   * `syntax`, `duplicate-key` and `resource-limit` findings, with spans, and from YAML `schema`
   * findings for what the data cannot hold (a tag, a key that is not a string).
   */
  findings: Finding[];
  /** False after a `syntax` or `resource-limit` finding, and for an empty document: it is not checked (further). */
  checkable: boolean;
}
