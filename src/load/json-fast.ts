import { Code, isJsonSpace } from './char-codes.js';
import type { Limits } from './limits.js';
import { jsonKey, Tape, TapeSlot } from './nodes.js';
import type { LoadedDocument } from './types.js';

/*
 * JSON's fast path: JSON.parse makes the data at native speed, and a scan that trusts the text to
 * be valid JSON (JSON.parse said so) records where every value is. Anything that the strict
 * reader (json.ts) would report — a syntax error, a duplicate key, a limit — makes this give up,
 * and the strict reader reads the text instead; both must give the same documents
 * (test/differential.test.ts).
 *
 * The positions go to a tape (nodes.ts), two numbers per value in one typed array, rather than to
 * objects: a large file's positions are then one allocation that the garbage collector never
 * scans, and few pages of fresh memory to touch. No key becomes a string unless a view asks.
 */

class GiveUp extends Error {}
const giveUp = new GiveUp('left to the strict JSON reader');

/** Mappings with more keys than this look for duplicates in a set rather than one by one. */
const linearKeyLimit = 16;

/** A key's slots on the stack of the open mappings' keys. */
const enum KeySlot {
  Start,
  End,
  Escaped,
  Size,
}

class PositionScan {
  private at = 0;
  private records: Int32Array;
  private count = 0;
  /** The keys of the mappings being scanned, each mapping's above its parent's, for duplicates. */
  private keys: Int32Array = new Int32Array(64 * KeySlot.Size);
  private keyTop = 0;
  /** The first backslash at or after the string being scanned: strings before it hold no escape. */
  private backslash = -1;

  constructor(
    private readonly text: string,
    private readonly limits: Limits,
  ) {
    // a record per 32 characters covers a phone-number file, indented (41 a value) or not (32); a denser text grows the tape
    this.records = new Int32Array((64 + (text.length >> 5)) * TapeSlot.Size);
  }

  document(): Tape {
    this.skipSpace();
    this.value(0);
    return new Tape(this.text, this.records);
  }

  private skipSpace(): void {
    const text = this.text;
    for (;;) {
      if (!isJsonSpace(text.charCodeAt(this.at))) return;
      this.at++;
    }
  }

  /** Scans the value that starts here into the next record. */
  private value(depth: number): void {
    const record = this.count++;
    if (this.count * TapeSlot.Size > this.records.length) this.records = grown(this.records);
    const start = this.at;
    const code = this.text.charCodeAt(start);
    if (code === Code.OpenBrace || code === Code.OpenBracket) {
      // the strict reader reports the depth limit
      if (depth >= this.limits.maxDepth) throw giveUp;
      if (code === Code.OpenBrace) this.object(depth + 1);
      else this.array(depth + 1);
      this.write(record, start, this.count);
      return;
    }
    if (code === Code.Quote) {
      this.stringEnd();
      // the strict reader reports an over-long string; the written length bounds the decoded one
      if (this.at - start - 2 > this.limits.maxStringLength) throw giveUp;
    } else this.literalEnd();
    this.write(record, start, this.at);
  }

  private write(record: number, start: number, link: number): void {
    const at = record * TapeSlot.Size;
    this.records[at + TapeSlot.Start] = start;
    this.records[at + TapeSlot.Link] = link;
  }

  /** Moves past the string that starts here; returns whether it holds an escape. */
  private stringEnd(): boolean {
    const text = this.text;
    const start = this.at;
    let quote = text.indexOf('"', start + 1);
    if (this.backslash < start) {
      this.backslash = text.indexOf('\\', start);
      if (this.backslash === -1) this.backslash = text.length;
    }
    if (this.backslash > quote) {
      this.at = quote + 1;
      return false;
    }
    for (;;) {
      let backslash = quote - 1;
      while (text.charCodeAt(backslash) === Code.Backslash) backslash--;
      if ((quote - 1 - backslash) % 2 === 0) break;
      quote = text.indexOf('"', quote + 1);
    }
    this.at = quote + 1;
    return true;
  }

  /** Moves past a number, true, false or null. */
  private literalEnd(): void {
    const text = this.text;
    for (;;) {
      const code = text.charCodeAt(++this.at);
      if (
        Number.isNaN(code) ||
        code === Code.Comma ||
        code === Code.CloseBrace ||
        code === Code.CloseBracket ||
        code === Code.Space ||
        code === Code.LineFeed ||
        code === Code.CarriageReturn ||
        code === Code.Tab
      ) {
        return;
      }
    }
  }

  /** Whether the key text[start, end) is the one at `other` on the key stack, compared in place. */
  private sameKey(start: number, end: number, escaped: boolean, other: number): boolean {
    const keys = this.keys;
    const otherStart = keys[other + KeySlot.Start];
    const otherEnd = keys[other + KeySlot.End];
    // escapes spell one key in many ways: only the decoded keys tell
    if (escaped || keys[other + KeySlot.Escaped] !== 0) return jsonKey(this.text, start, end) === jsonKey(this.text, otherStart, otherEnd);
    if (otherEnd - otherStart !== end - start) return false;
    const text = this.text;
    for (let offset = end - start - 2; offset > 0; offset--) {
      if (text.charCodeAt(start + offset) !== text.charCodeAt(otherStart + offset)) return false;
    }
    return true;
  }

  private object(depth: number): void {
    const text = this.text;
    const base = this.keyTop;
    let seen: Set<string> | undefined;
    this.at++;
    this.skipSpace();
    if (text.charCodeAt(this.at) !== Code.CloseBrace) {
      for (;;) {
        // valid JSON has only whitespace before a key: one search skips a line's indentation
        const keyStart = (this.at = text.indexOf('"', this.at));
        const escaped = this.stringEnd();
        const keyEnd = this.at;
        // the strict reader reports an over-long key; the written length bounds the decoded one
        if (keyEnd - keyStart - 2 > this.limits.maxStringLength) throw giveUp;
        // a duplicate is reported by the strict reader, in its place among the other findings
        if (this.keyTop - base < linearKeyLimit * KeySlot.Size) {
          for (let other = base; other < this.keyTop; other += KeySlot.Size) {
            if (this.sameKey(keyStart, keyEnd, escaped, other)) throw giveUp;
          }
        } else {
          if (seen === undefined) {
            seen = new Set<string>();
            for (let other = base; other < this.keyTop; other += KeySlot.Size) {
              seen.add(jsonKey(text, this.keys[other + KeySlot.Start], this.keys[other + KeySlot.End]));
            }
          }
          const key = jsonKey(text, keyStart, keyEnd);
          if (seen.has(key)) throw giveUp;
          seen.add(key);
        }
        this.pushKey(keyStart, keyEnd, escaped);
        this.skipSpace();
        this.at++; // the colon
        this.skipSpace();
        this.value(depth);
        this.skipSpace();
        if (text.charCodeAt(this.at++) === Code.CloseBrace) break;
      }
    } else this.at++;
    this.keyTop = base;
  }

  private pushKey(start: number, end: number, escaped: boolean): void {
    if (this.keyTop + KeySlot.Size > this.keys.length) this.keys = grown(this.keys);
    this.keys[this.keyTop + KeySlot.Start] = start;
    this.keys[this.keyTop + KeySlot.End] = end;
    this.keys[this.keyTop + KeySlot.Escaped] = escaped ? 1 : 0;
    this.keyTop += KeySlot.Size;
  }

  private array(depth: number): void {
    const text = this.text;
    this.at++;
    this.skipSpace();
    if (text.charCodeAt(this.at) !== Code.CloseBracket) {
      for (;;) {
        this.skipSpace();
        this.value(depth);
        this.skipSpace();
        if (text.charCodeAt(this.at++) === Code.CloseBracket) break;
      }
    } else this.at++;
  }
}

function grown(array: Int32Array): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** The document of a JSON text, or undefined when the strict reader must read it. */
export function loadJsonFast(text: string, limits: Limits): LoadedDocument[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  try {
    const source = new PositionScan(text, limits).document().node(0);
    return [{ index: 0, value, source, findings: [], checkable: true }];
  } catch (error) {
    if (error === giveUp) return undefined;
    throw error;
  }
}
