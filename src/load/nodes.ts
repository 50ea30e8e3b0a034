import type { Span } from '../diagnostic.js';
import type { SourceMap, SourceNode, SourcePair, SourceScalar, SourceSeq } from './source.js';

/*
 * Compact SourceNode implementations for the fast readers. A 100,000-number file has over a
 * million keys and values; one object per key, value and span would be most of the memory and
 * of the garbage collector's work. A mapping instead keeps its pairs in one flat array, and
 * pair and scalar objects are made only when something asks for them.
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

export class PairNode implements SourcePair {
  constructor(
    readonly key: string,
    readonly keySpan: Span,
    readonly value: SourceNode,
  ) {}
}

/** A pair's slots in MapNode's flat array. */
export const enum PairSlot {
  Key,
  KeyStart,
  KeyEnd,
  ValueStart,
  ValueEnd,
  /** The value's node when it is a collection, else whether the scalar is plain. */
  Value,
  Size,
}

export class MapNode implements SourceMap {
  private materialized: PairNode[] | undefined;

  /** `flat` holds PairSlot.Size slots per pair, in the order written. */
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly flat: readonly unknown[],
  ) {}

  get kind(): 'map' {
    return 'map';
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  get size(): number {
    return this.flat.length / PairSlot.Size;
  }

  /** The last pair with this key, the one whose value the data holds; -1 when there is none. */
  lastIndexOf(key: string): number {
    for (let at = this.flat.length - PairSlot.Size; at >= 0; at -= PairSlot.Size) {
      if (this.flat[at + PairSlot.Key] === key) return at / PairSlot.Size;
    }
    return -1;
  }

  keyAt(index: number): string {
    return this.flat[index * PairSlot.Size + PairSlot.Key] as string;
  }

  keySpanAt(index: number): Span {
    const at = index * PairSlot.Size;
    return { start: this.flat[at + PairSlot.KeyStart] as number, end: this.flat[at + PairSlot.KeyEnd] as number };
  }

  valueStartAt(index: number): number {
    return this.flat[index * PairSlot.Size + PairSlot.ValueStart] as number;
  }

  valueAt(index: number): SourceNode {
    const at = index * PairSlot.Size;
    const value = this.flat[at + PairSlot.Value];
    if (typeof value === 'boolean') {
      return new ScalarNode(this.flat[at + PairSlot.ValueStart] as number, this.flat[at + PairSlot.ValueEnd] as number, value);
    }
    return value as SourceNode;
  }

  /** The pairs as objects, made on first use and then kept, so that a pair found twice is the same object. */
  get pairs(): PairNode[] {
    this.materialized ??= Array.from(
      { length: this.size },
      (_, index) => new PairNode(this.keyAt(index), this.keySpanAt(index), this.valueAt(index)),
    );
    return this.materialized;
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
}
