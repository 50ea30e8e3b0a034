import { KeyCache } from './key-cache.js';
import type { Limits } from './limits.js';
import { MapNode, PairSlot, ScalarNode, SeqNode } from './nodes.js';
import type { SourceNode } from './source.js';
import type { LoadedDocument } from './types.js';

/*
 * JSON's fast path: JSON.parse makes the data at native speed, and a scan that trusts the text to
 * be valid JSON (JSON.parse said so) records where every key and value is. Anything that the
 * strict reader (json.ts) would report — a syntax error, a duplicate key, a limit — makes this
 * give up, and the strict reader reads the text instead; both must give the same documents
 * (test/differential.test.ts).
 */

class GiveUp extends Error {}
const giveUp = new GiveUp('left to the strict JSON reader');

const enum Code {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  Backslash = 92,
  OpenBracket = 91,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

/** Maps with more keys than this look for duplicates in a set rather than one by one. */
const linearKeyLimit = 16;

class PositionScan {
  private at = 0;
  private readonly scratch: unknown[] = [];
  private readonly keys = new KeyCache();

  // what the last scanned value produced: its node (undefined for a scalar) and its span
  private node: SourceNode | undefined;
  private start = 0;
  private end = 0;
  private plain = false;

  constructor(
    private readonly text: string,
    private readonly limits: Limits,
  ) {}

  document(): SourceNode {
    this.skipSpace();
    this.value(0);
    return this.node ?? new ScalarNode(this.start, this.end, this.plain);
  }

  private skipSpace(): void {
    const text = this.text;
    for (;;) {
      const code = text.charCodeAt(this.at);
      if (code !== Code.Space && code !== Code.LineFeed && code !== Code.CarriageReturn && code !== Code.Tab) return;
      this.at++;
    }
  }

  private value(depth: number): void {
    const code = this.text.charCodeAt(this.at);
    if (code === Code.OpenBrace || code === Code.OpenBracket) {
      // the strict reader reports the depth limit
      if (depth >= this.limits.maxDepth) throw giveUp;
      if (code === Code.OpenBrace) this.object(depth + 1);
      else this.array(depth + 1);
      return;
    }
    const start = this.at;
    if (code === Code.Quote) {
      this.stringEnd();
      // the strict reader reports an over-long string; the written length bounds the decoded one
      if (this.at - start - 2 > this.limits.maxStringLength) throw giveUp;
      this.plain = false;
    } else {
      this.literalEnd();
      this.plain = true;
    }
    this.node = undefined;
    this.start = start;
    this.end = this.at;
  }

  /** Moves past the string that starts here. */
  private stringEnd(): void {
    const text = this.text;
    let quote = this.at;
    for (;;) {
      quote = text.indexOf('"', quote + 1);
      let backslash = quote - 1;
      while (text.charCodeAt(backslash) === Code.Backslash) backslash--;
      if ((quote - 1 - backslash) % 2 === 0) break;
    }
    this.at = quote + 1;
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

  private key(): string {
    const text = this.text;
    const start = this.at;
    this.stringEnd();
    const cached = this.keys.find(text, start + 1, this.at - 1);
    if (cached !== undefined) return cached;
    const raw = text.slice(start + 1, this.at - 1);
    const key = raw.includes('\\') ? (JSON.parse(text.slice(start, this.at)) as string) : raw;
    if (key.length > this.limits.maxStringLength) throw giveUp;
    this.keys.remember(key, text, start + 1, this.at - 1);
    return key;
  }

  private object(depth: number): void {
    const text = this.text;
    const scratch = this.scratch;
    const base = scratch.length;
    const start = this.at;
    let seen: Set<string> | undefined;
    this.at++;
    this.skipSpace();
    if (text.charCodeAt(this.at) !== Code.CloseBrace) {
      for (;;) {
        this.skipSpace();
        const keyStart = this.at;
        const key = this.key();
        const keyEnd = this.at;
        // a duplicate is reported by the strict reader, in its place among the other findings
        if (seen === undefined && scratch.length - base >= linearKeyLimit * PairSlot.Size) {
          seen = new Set<string>();
          for (let at = base; at < scratch.length; at += PairSlot.Size) seen.add(scratch[at] as string);
        }
        if (seen) {
          if (seen.has(key)) throw giveUp;
          seen.add(key);
        } else {
          for (let at = base; at < scratch.length; at += PairSlot.Size) if (scratch[at] === key) throw giveUp;
        }
        this.skipSpace();
        this.at++; // the colon
        this.skipSpace();
        this.value(depth);
        scratch.push(key, keyStart, keyEnd, this.start, this.end, this.node ?? this.plain);
        this.skipSpace();
        if (text.charCodeAt(this.at++) === Code.CloseBrace) break;
      }
    } else this.at++;
    this.node = new MapNode(start, this.at, scratch.slice(base));
    scratch.length = base;
    this.start = start;
    this.end = this.at;
  }

  private array(depth: number): void {
    const text = this.text;
    const scratch = this.scratch;
    const base = scratch.length;
    const start = this.at;
    this.at++;
    this.skipSpace();
    if (text.charCodeAt(this.at) !== Code.CloseBracket) {
      for (;;) {
        this.skipSpace();
        this.value(depth);
        scratch.push(this.node ?? new ScalarNode(this.start, this.end, this.plain));
        this.skipSpace();
        if (text.charCodeAt(this.at++) === Code.CloseBracket) break;
      }
    } else this.at++;
    this.node = new SeqNode(start, this.at, scratch.slice(base) as SourceNode[]);
    scratch.length = base;
    this.start = start;
    this.end = this.at;
  }
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
    const source = new PositionScan(text, limits).document();
    return [{ index: 0, value, source, findings: [], checkable: true }];
  } catch (error) {
    if (error === giveUp) return undefined;
    throw error;
  }
}
