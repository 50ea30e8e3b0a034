import type { DataPath, Position, Span } from '../diagnostic.js';
import { CompactMap, PairNode, scannedPairs, TapeSeq } from './nodes.js';
import { Code, isBlockScalarIndicator } from './char-codes.js';

/**
 * The positions of a document's data, built by the loaders alongside the plain value so that
 * any data path can be mapped back to the text. Format-neutral: YAML and JSON build the same.
 */
export type SourceNode = SourceMap | SourceSeq | SourceScalar;

interface SourceBase {
  span: Span;
  /**
   * Set on the copy of a value that a YAML alias stands for. Its span is the alias's; the nodes
   * under it are the anchor's, since that is where their text is written. A finding about this
   * copy belongs at the alias, and an edit for it must not touch the anchor, which every copy reads.
   */
  alias?: true;
}

export interface SourceMap extends SourceBase {
  kind: 'map';
  pairs: SourcePair[];
}

export interface SourcePair {
  key: string;
  keySpan: Span;
  value: SourceNode;
}

export interface SourceSeq extends SourceBase {
  kind: 'seq';
  items: SourceNode[];
}

export interface SourceScalar extends SourceBase {
  kind: 'scalar';
  /** Written without quotes (a YAML plain scalar, a JSON number, boolean or null). */
  plain: boolean;
}

/**
 * Each key's last pair, for the mappings with more than scannedPairs pairs that findPair has been
 * asked about. Keyed by the pairs, which a loaded document never changes, and which the copies of
 * a mapping that YAML aliases make share.
 */
const pairIndexes = new WeakMap<readonly SourcePair[], Map<string, SourcePair>>();

/**
 * The last pair wins, as it does in the loaded value. CompactMap.lastPairOf does the same for the
 * fast readers' mappings; a plain mapping is a bare object, which that code could read only through
 * a wrapper made for each lookup, so it keeps its own (and its index lives beside it).
 */
export function findPair(map: SourceMap, key: string): SourcePair | undefined {
  const pairs = map.pairs;
  if (pairs.length > scannedPairs) {
    let index = pairIndexes.get(pairs);
    if (index === undefined) {
      index = new Map();
      // in the order written, so that a later pair with the same key replaces the earlier one
      for (const pair of pairs) index.set(pair.key, pair);
      pairIndexes.set(pairs, index);
    }
    return index.get(key);
  }
  for (let i = pairs.length - 1; i >= 0; i--) {
    if (pairs[i].key === key) return pairs[i];
  }
  return undefined;
}

/** Like findPair, but a compact mapping answers without making all its pair objects. */
function pairOf(map: SourceMap, key: string): SourcePair | undefined {
  if (!(map instanceof CompactMap)) return findPair(map, key);
  const pair = map.lastPairOf(key);
  return pair === -1 ? undefined : new PairNode(key, map.keySpanAt(pair), map.valueAt(pair));
}

/** items[index], but a tape's sequence answers without making a node for each of its items. */
function itemOf(seq: SourceSeq, index: number): SourceNode | undefined {
  return seq instanceof TapeSeq ? seq.itemAt(index) : seq.items[index];
}

const contains = (span: Span, offset: number) => span.start <= offset && offset < span.end;

/** The item of a sequence whose span holds the offset: items are in the order written. */
function itemAround(items: readonly SourceNode[], offset: number): SourceNode | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { span } = items[middle];
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return items[middle];
  }
  return undefined;
}

/**
 * The pair written where the offset is: the last one whose key starts at or before it. Pairs are
 * in the order written, so a search finds it, where asking each pair made a large mapping with a
 * directive on every line quadratic.
 */
function pairAround(pairs: readonly SourcePair[], offset: number): SourcePair | undefined {
  let low = 0;
  let high = pairs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pairs[middle].keySpan.start <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : pairs[low - 1];
}

/**
 * Whether the offset lies in the comment after a block scalar's header (`message: |  # shown to the
 * caller`), which the scalar's span holds. The header is indicators alone, so the line's first `#`
 * starts the comment. Only the header's line is read: a search for `#` from the header could run
 * on through the scalar's lines and past them.
 */
function inHeaderComment(text: string, span: Span, offset: number): boolean {
  if (!isBlockScalarIndicator(text.charCodeAt(span.start))) return false;
  const lineEnd = text.indexOf('\n', span.start);
  if (lineEnd !== -1 && offset >= lineEnd) return false;
  for (let at = span.start + 1; at <= offset; at++) if (text.charCodeAt(at) === Code.Hash) return true;
  return false;
}

/** Whether the offset lies inside a key or a scalar value of the document, where a `#` is text rather than a comment. */
export function insideScalar(text: string, root: SourceNode | undefined, offset: number): boolean {
  let node = root;
  while (node !== undefined && contains(node.span, offset)) {
    if (node.kind === 'scalar') return !inHeaderComment(text, node.span, offset);
    if (node.kind === 'seq') node = itemAround(node.items, offset);
    else {
      const pair = pairAround(node.pairs, offset);
      if (pair === undefined) return false;
      if (contains(pair.keySpan, offset)) return true;
      node = pair.value;
    }
  }
  return false;
}

function childOf(node: SourceNode, segment: string | number): SourceNode | undefined {
  if (node.kind === 'map') return pairOf(node, String(segment))?.value;
  if (node.kind === 'seq' && typeof segment === 'number') return itemOf(node, segment);
  return undefined;
}

/** The node at a path; with `stopAtAliases`, none if the path passes through an alias or ends at one. */
function walk(root: SourceNode | undefined, path: DataPath, stopAtAliases: boolean): SourceNode | undefined {
  let node = root;
  for (const segment of path) {
    if (node === undefined || (stopAtAliases && node.alias)) return undefined;
    node = childOf(node, segment);
  }
  return stopAtAliases && node?.alias ? undefined : node;
}

export const nodeAt = (root: SourceNode | undefined, path: DataPath): SourceNode | undefined => walk(root, path, false);

/**
 * The tag written on a mapping's value between its key's end and the value's start (`!!int` in
 * `number: !!int 5`), which decides what the value's text means. Only `:`, blanks, an anchor, a tag
 * and comments lie there, so a `#` always starts a comment.
 */
export function tagBetween(text: string, keyEnd: number, valueStart: number): string | undefined {
  return /(?:^|[\s:])(!<[^>]*>|![^\s,[\]{}]*)/.exec(text.slice(keyEnd, valueStart).replace(/#.*$/gm, ''))?.[1];
}

/** The tag written on the value at a path, when the path ends at a mapping's value that has one. */
export function tagAt(text: string, root: SourceNode | undefined, path: DataPath): string | undefined {
  const parent = path.length === 0 ? undefined : nodeAt(root, path.slice(0, -1));
  const pair = parent?.kind === 'map' ? pairOf(parent, String(path[path.length - 1])) : undefined;
  return pair && tagBetween(text, pair.keySpan.end, pair.value.span.start);
}

/**
 * The node at a path that an edit may change: none when the path passes through an alias or
 * ends at one, whose nodes are the anchor's text (an edit there would change every copy).
 */
export const editableNodeAt = (root: SourceNode | undefined, path: DataPath): SourceNode | undefined => walk(root, path, true);

/**
 * The one locator: the span of a path's key or value. A path that does not exist in the source
 * (a missing key) resolves to its nearest existing ancestor, which is where the fix belongs.
 */
export function locate(root: SourceNode | undefined, path: DataPath, target: 'key' | 'value' = 'value'): Span {
  let node = root;
  let keySpan: Span | undefined;
  for (const segment of path) {
    if (node === undefined) break;
    // what lies under an alias is written at the anchor, but this copy of it at the alias
    if (node.alias) return node.span;
    let next: SourceNode | undefined;
    keySpan = undefined;
    if (node.kind === 'map') {
      const pair = pairOf(node, String(segment));
      next = pair?.value;
      keySpan = pair?.keySpan;
    } else if (node.kind === 'seq' && typeof segment === 'number') {
      next = itemOf(node, segment);
    }
    if (next === undefined) return node.span;
    node = next;
  }
  if (target === 'key' && keySpan) return keySpan;
  return node?.span ?? { start: 0, end: 0 };
}

/**
 * Where locate(root, [...path, ...more]) starts, without making the joined path or any pair or
 * span objects: the engine asks it for a unique value of every entry of a large file.
 */
export function valueStart(root: SourceNode | undefined, path: DataPath, more: DataPath = []): number {
  let node = root;
  const length = path.length + more.length;
  for (let index = 0; index < length && node !== undefined; index++) {
    if (node.alias) return node.span.start;
    const segment = index < path.length ? path[index] : more[index - path.length];
    let next: SourceNode | undefined;
    if (node instanceof CompactMap) {
      const pair = node.lastPairOf(String(segment));
      if (pair !== -1 && index === length - 1) return node.valueStartAt(pair);
      next = pair === -1 ? undefined : node.valueAt(pair);
    } else if (node.kind === 'map') next = findPair(node, String(segment))?.value;
    else if (node.kind === 'seq' && typeof segment === 'number') next = itemOf(node, segment);
    if (next === undefined) return node.span.start;
    node = next;
  }
  return node?.span.start ?? 0;
}

/** What lowSurrogates keeps for the lines that have none, almost all of them: one array for all. */
const noOffsets: readonly number[] = [];

/** How many of the ascending `offsets` are below `offset`. */
function countBelow(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first CR at or after `from` that no LF follows, or -1. */
function nextLoneReturn(text: string, from: number): number {
  for (let at = text.indexOf('\r', from); at !== -1; at = text.indexOf('\r', at + 1)) if (text[at + 1] !== '\n') return at;
  return -1;
}

/** Maps offsets to 1-based line and column; columns count code points, as editors show them. */
export class LineIndex {
  /** Where each line starts, found on first use: a file without findings never needs it. */
  private lineStarts: Int32Array | undefined;
  /** The low surrogates of each line placed so far, by line index: see lowSurrogates. */
  private readonly lowSurrogatesByLine = new Map<number, readonly number[]>();

  constructor(private readonly text: string) {}

  /** A typed array is one allocation that the garbage collector never scans; one pass fills it, grown when lines are short. */
  private get starts(): Int32Array {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    let starts = new Int32Array(16 + (text.length >> 5));
    let count = 1;
    // lines break at LF, CRLF and a CR alone, as in LSP and editors: JSON allows a file saved with
    // classic Mac OS line endings, and its positions must be the ones its reader sees
    let lineFeed = text.indexOf('\n');
    let loneReturn = nextLoneReturn(text, 0);
    while (lineFeed !== -1 || loneReturn !== -1) {
      let lineBreak: number;
      if (loneReturn === -1 || (lineFeed !== -1 && lineFeed < loneReturn)) {
        lineBreak = lineFeed;
        lineFeed = text.indexOf('\n', lineFeed + 1);
      } else {
        lineBreak = loneReturn;
        loneReturn = nextLoneReturn(text, loneReturn + 1);
      }
      if (count === starts.length) {
        const larger = new Int32Array(count * 2);
        larger.set(starts);
        starts = larger;
      }
      starts[count++] = lineBreak + 1;
    }
    this.lineStarts = starts.subarray(0, count);
    return this.lineStarts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    const lineStart = starts[low];
    // the LF of a CRLF is where its CR is, so that a CRLF file gets the positions of the same file with LF
    const end = clamped > lineStart && this.text[clamped] === '\n' && this.text[clamped - 1] === '\r' ? clamped - 1 : clamped;
    // the second half of a surrogate pair is the same character
    return { line: low + 1, column: 1 + end - lineStart - countBelow(this.lowSurrogates(low), end) };
  }

  /**
   * The offsets of a line's low surrogates (second halves of pairs), found in one pass when the
   * line is first placed: counting from the line's start for each position made a long line with
   * a finding per item quadratic. Almost every line has none.
   */
  private lowSurrogates(line: number): readonly number[] {
    let found = this.lowSurrogatesByLine.get(line);
    if (found === undefined) {
      const starts = this.starts;
      const end = line + 1 < starts.length ? starts[line + 1] : this.text.length;
      const offsets: number[] = [];
      for (let i = starts[line]; i < end; i++) {
        const code = this.text.charCodeAt(i);
        if (code >= 0xdc00 && code <= 0xdfff) offsets.push(i);
      }
      found = offsets.length === 0 ? noOffsets : offsets;
      this.lowSurrogatesByLine.set(line, found);
    }
    return found;
  }

  /**
   * The position of a span's end. An end at the LF of a CRLF covers part of the line break, and
   * so all of it: it is where the same span ends in the file with LF, at the start of the next line.
   */
  endPosition(offset: number): Position {
    const crlf = offset > 0 && this.text[offset] === '\n' && this.text[offset - 1] === '\r';
    return this.position(crlf ? offset + 1 : offset);
  }

  /** The end of the line holding `offset`, before its line break. */
  lineEnd(offset: number): number {
    const { line } = this.position(offset);
    const next = line < this.starts.length ? this.starts[line] - 1 : this.text.length;
    return next > 0 && this.text[next] === '\n' && this.text[next - 1] === '\r' ? next - 1 : next;
  }
}
