import type { Span } from '../diagnostic.js';
import { Code, isJsonSpace } from './char-codes.js';
import type { SourceMap, SourceNode, SourcePair, SourceScalar, SourceSeq } from './source.js';

/*
 * Compact SourceNode implementations for the fast readers. A 100,000-number file has over a
 * million keys and values; one object per key, value and span would be most of the memory and
 * of the garbage collector's work. YAML's mapping keeps its pairs in one flat array; JSON keeps
 * the whole document in one typed array (the tape), read through views made only when the
 * locator or a rule asks for a node. Pair and scalar objects are made only when asked for.
 */

export class ScalarNode implements SourceScalar {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly plain: boolean,
  ) {}

  get kind(): 'scalar' {
    return 'scalar';
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }
}

/**
 * The copy of an anchored scalar that a YAML alias (`*name`) stands for: the alias's span, the
 * anchored scalar's quoting, as the reference reader copies the anchored node.
 */
export class AliasScalarNode extends ScalarNode {
  get alias(): true {
    return true;
  }
}

export class PairNode implements SourcePair {
  constructor(
    readonly key: string,
    readonly keySpan: Span,
    readonly value: SourceNode,
  ) {}
}

/**
 * A mapping that finds a key's pair without making pair objects: the engine and the locator ask
 * for one path of a large file at a time. A pair is named by a number that only its own mapping
 * reads back (an index for MapNode, a record for TapeMap). The pairs are walked from firstPair by
 * pairAfter up to pairsEnd, only in the order written: a record on the tape leads to its next
 * sibling and to no other.
 */
export abstract class CompactMap implements SourceMap {
  /** Each key's last pair when the mapping has more than scannedPairs pairs, null when it has fewer; undefined until first asked. */
  private index: Map<string, number> | null | undefined;

  get kind(): 'map' {
    return 'map';
  }

  abstract get span(): Span;

  /** The pairs as objects, made on first use and then kept, so that a pair found twice is the same object. */
  abstract get pairs(): PairNode[];

  /** The last pair with this key, the one whose value the data holds; -1 when there is none. */
  lastPairOf(key: string): number {
    if (this.index === undefined) this.index = this.hasPairsOver(scannedPairs) ? this.keyIndex() : null;
    if (this.index !== null) return this.index.get(key) ?? -1;
    let found = -1;
    // to the end, since the walk cannot start from the last pair
    for (let pair = this.firstPair(), end = this.pairsEnd(); pair !== end; pair = this.pairAfter(pair))
      if (this.keyIs(pair, key)) found = pair;
    return found;
  }

  /** Stops counting past `count`, so that telling costs little however large the mapping. */
  private hasPairsOver(count: number): boolean {
    let pairs = 0;
    for (let pair = this.firstPair(), end = this.pairsEnd(); pair !== end; pair = this.pairAfter(pair)) if (++pairs > count) return true;
    return false;
  }

  private keyIndex(): Map<string, number> {
    const index = new Map<string, number>();
    // in the order written, so that a later pair with the same key replaces the earlier one
    for (let pair = this.firstPair(), end = this.pairsEnd(); pair !== end; pair = this.pairAfter(pair)) index.set(this.keyAt(pair), pair);
    return index;
  }

  protected abstract firstPair(): number;

  protected abstract pairAfter(pair: number): number;

  /** What pairAfter gives for the last pair (also firstPair when there are none). */
  protected abstract pairsEnd(): number;

  protected abstract keyAt(pair: number): string;

  /** Whether the pair's key is `key`: the scan's comparison, which a tape makes without making the key's string. */
  protected abstract keyIs(pair: number, key: string): boolean;

  abstract keySpanAt(pair: number): Span;

  abstract valueAt(pair: number): SourceNode;

  abstract valueStartAt(pair: number): number;
}

/**
 * Mappings with more pairs than this find a key in an index, made on their first lookup: a scan
 * per lookup made a finding per key of a large mapping quadratic. Smaller ones, every entry of a
 * phone-number file, are scanned: a few comparisons cost less than making the index (and, on the
 * JSON tape, its key strings).
 */
export const scannedPairs = 16;

/** A pair's slots in MapNode's flat array. */
export const enum PairSlot {
  Key,
  KeyStart,
  KeyEnd,
  ValueStart,
  ValueEnd,
  /** The value's node when it is a collection or an alias, else whether the scalar is plain. */
  Value,
  Size,
}

export class MapNode extends CompactMap {
  private materialized: PairNode[] | undefined;

  /** `flat` holds PairSlot.Size slots per pair, in the order written. */
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly flat: readonly unknown[],
  ) {
    super();
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  protected firstPair(): number {
    return 0;
  }

  protected pairAfter(pair: number): number {
    return pair + 1;
  }

  protected pairsEnd(): number {
    return this.flat.length / PairSlot.Size;
  }

  protected keyAt(pair: number): string {
    return this.flat[pair * PairSlot.Size + PairSlot.Key] as string;
  }

  protected keyIs(pair: number, key: string): boolean {
    return this.flat[pair * PairSlot.Size + PairSlot.Key] === key;
  }

  keySpanAt(pair: number): Span {
    const at = pair * PairSlot.Size;
    return { start: this.flat[at + PairSlot.KeyStart] as number, end: this.flat[at + PairSlot.KeyEnd] as number };
  }

  valueStartAt(pair: number): number {
    return this.flat[pair * PairSlot.Size + PairSlot.ValueStart] as number;
  }

  valueAt(pair: number): SourceNode {
    const at = pair * PairSlot.Size;
    const value = this.flat[at + PairSlot.Value];
    if (typeof value === 'boolean') {
      return new ScalarNode(this.flat[at + PairSlot.ValueStart] as number, this.flat[at + PairSlot.ValueEnd] as number, value);
    }
    return value as SourceNode;
  }

  get pairs(): PairNode[] {
    this.materialized ??= Array.from({ length: this.flat.length / PairSlot.Size }, (_, pair) => {
      const at = pair * PairSlot.Size;
      return new PairNode(this.flat[at + PairSlot.Key] as string, this.keySpanAt(pair), this.valueAt(pair));
    });
    return this.materialized;
  }

  /** The copy of this mapping that an alias at text[start, end) stands for: its pairs, the alias's span. */
  aliasedAt(start: number, end: number): AliasMapNode {
    return new AliasMapNode(start, end, this.flat);
  }
}

/**
 * The copy of an anchored mapping that a YAML alias stands for: the alias's span, the anchored
 * mapping's pairs, whose keys and values are written at the anchor, as the reference reader copies them.
 */
export class AliasMapNode extends MapNode {
  get alias(): true {
    return true;
  }
}

export class SeqNode implements SourceSeq {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly items: SourceNode[],
  ) {}

  get kind(): 'seq' {
    return 'seq';
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  /** The copy of this sequence that an alias at text[start, end) stands for: its items, the alias's span. */
  aliasedAt(start: number, end: number): AliasSeqNode {
    return new AliasSeqNode(start, end, this.items);
  }
}

/** The copy of an anchored sequence that a YAML alias stands for, as AliasMapNode is of a mapping. */
export class AliasSeqNode extends SeqNode {
  get alias(): true {
    return true;
  }
}

/**
 * A record's slots on the tape: one record per JSON value, in the order written, so that a
 * collection's first child is the record after it and each child leads to its next sibling. The
 * rest is read back from the text on demand: the kind from the value's first character, a
 * collection's end from its last child, a key from just before its value.
 */
export const enum TapeSlot {
  Start,
  /** A scalar's end; a collection's next sibling, the record after all it holds. */
  Link,
  Size,
}

/** Whether the string literal in text[start, end) holds an escape. */
function hasEscape(text: string, start: number, end: number): boolean {
  for (let at = start + 1; at < end - 1; at++) if (text.charCodeAt(at) === Code.Backslash) return true;
  return false;
}

/** A key as JSON.parse reads it, from its string literal text[start, end): only a key with escapes needs more than a slice. */
export function jsonKey(text: string, start: number, end: number): string {
  return hasEscape(text, start, end) ? (JSON.parse(text.slice(start, end)) as string) : text.slice(start + 1, end - 1);
}

/** A JSON document's positions, written by json-fast.ts's scan of valid JSON. */
export class Tape {
  /** Views of collections, kept once made: a lookup's caches and a pair's identity last. */
  private readonly views = new Map<number, TapeMap | TapeSeq>();

  constructor(
    private readonly text: string,
    private readonly records: Int32Array,
  ) {}

  start(record: number): number {
    return this.records[record * TapeSlot.Size + TapeSlot.Start];
  }

  private isCollection(record: number): boolean {
    const code = this.text.charCodeAt(this.start(record));
    return code === Code.OpenBrace || code === Code.OpenBracket;
  }

  next(record: number): number {
    return this.isCollection(record) ? this.records[record * TapeSlot.Size + TapeSlot.Link] : record + 1;
  }

  end(record: number): number {
    if (!this.isCollection(record)) return this.records[record * TapeSlot.Size + TapeSlot.Link];
    const next = this.next(record);
    let at = this.start(record) + 1;
    if (next !== record + 1) {
      let last = record + 1;
      for (let child = this.next(last); child !== next; child = this.next(child)) last = child;
      at = this.end(last);
    }
    // past the whitespace to the closing bracket
    while (isJsonSpace(this.text.charCodeAt(at))) at++;
    return at + 1;
  }

  span(record: number): Span {
    return { start: this.start(record), end: this.end(record) };
  }

  node(record: number): SourceNode {
    const start = this.start(record);
    const code = this.text.charCodeAt(start);
    if (code !== Code.OpenBrace && code !== Code.OpenBracket) return new ScalarNode(start, this.end(record), code !== Code.Quote);
    let view = this.views.get(record);
    if (view === undefined) {
      view = code === Code.OpenBrace ? new TapeMap(this, record) : new TapeSeq(this, record);
      this.views.set(record, view);
    }
    return view;
  }

  /** The records of a collection's children, in order. */
  children(record: number): Int32Array {
    const { records, text } = this;
    const next = this.next(record);
    // one pass with the steps written out: this runs once per sequence, before the JIT has compiled anything
    const children = new Int32Array(next - record - 1);
    let count = 0;
    for (let child = record + 1; child !== next; count++) {
      children[count] = child;
      const at = child * TapeSlot.Size;
      const code = text.charCodeAt(records[at + TapeSlot.Start]);
      child = code === Code.OpenBrace || code === Code.OpenBracket ? records[at + TapeSlot.Link] : child + 1;
    }
    return children.slice(0, count);
  }

  /** The span of the key of a mapping's value, quotes included: back from the value past the colon to the key's opening quote. */
  keySpan(record: number): Span {
    const text = this.text;
    let end = this.start(record) - 1;
    while (text.charCodeAt(end) !== Code.Colon) end--;
    while (text.charCodeAt(end) !== Code.Quote) end--;
    // the opening quote is the first one back that no backslash escapes: whatever is before it is not a string
    let start = end;
    for (;;) {
      start = text.lastIndexOf('"', start - 1);
      let backslash = start - 1;
      while (text.charCodeAt(backslash) === Code.Backslash) backslash--;
      if ((start - 1 - backslash) % 2 === 0) break;
    }
    return { start, end: end + 1 };
  }

  key(record: number): string {
    const { start, end } = this.keySpan(record);
    return jsonKey(this.text, start, end);
  }

  /** Whether the record's key is `key`, without making the key's string unless it is written with escapes. */
  keyIs(record: number, key: string): boolean {
    const { start, end } = this.keySpan(record);
    if (end - start - 2 === key.length && this.text.startsWith(key, start + 1) && !key.includes('\\')) return true;
    return hasEscape(this.text, start, end) && JSON.parse(this.text.slice(start, end)) === key;
  }
}

class TapeMap extends CompactMap {
  private materialized: PairNode[] | undefined;

  constructor(
    private readonly tape: Tape,
    private readonly record: number,
  ) {
    super();
  }

  get span(): Span {
    return this.tape.span(this.record);
  }

  protected firstPair(): number {
    return this.record + 1;
  }

  protected pairAfter(pair: number): number {
    return this.tape.next(pair);
  }

  protected pairsEnd(): number {
    return this.tape.next(this.record);
  }

  protected keyAt(pair: number): string {
    return this.tape.key(pair);
  }

  protected keyIs(pair: number, key: string): boolean {
    return this.tape.keyIs(pair, key);
  }

  keySpanAt(pair: number): Span {
    return this.tape.keySpan(pair);
  }

  valueAt(pair: number): SourceNode {
    return this.tape.node(pair);
  }

  valueStartAt(pair: number): number {
    return this.tape.start(pair);
  }

  get pairs(): PairNode[] {
    this.materialized ??= Array.from(
      this.tape.children(this.record),
      (pair) => new PairNode(this.tape.key(pair), this.keySpanAt(pair), this.valueAt(pair)),
    );
    return this.materialized;
  }
}

export class TapeSeq implements SourceSeq {
  private children: Int32Array | undefined;
  private materialized: SourceNode[] | undefined;

  constructor(
    private readonly tape: Tape,
    private readonly record: number,
  ) {}

  get kind(): 'seq' {
    return 'seq';
  }

  get span(): Span {
    return this.tape.span(this.record);
  }

  /** items[index], without making a node for every item of a long sequence. */
  itemAt(index: number): SourceNode | undefined {
    this.children ??= this.tape.children(this.record);
    return Number.isInteger(index) && index >= 0 && index < this.children.length ? this.tape.node(this.children[index]) : undefined;
  }

  get items(): SourceNode[] {
    this.children ??= this.tape.children(this.record);
    this.materialized ??= Array.from(this.children, (item) => this.tape.node(item));
    return this.materialized;
  }
}
