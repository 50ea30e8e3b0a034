import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { defaultLimits, LineIndex, loadBytes, loadText, locate, nodeAt, valueStart, type SourceNode } from '../src/load/index.js';
import { loadJsonFast } from '../src/load/json-fast.js';
import { CompactMap, Tape, TapeSlot } from '../src/load/nodes.js';
import { findPair, type SourceMap } from '../src/load/source.js';
import { expectLastPairsPlaced, jsonSyntax, lastEntries, largeMapping } from './helpers/large-mapping.js';

/**
 * The JSON reader's tape and its views, where the generated corpora of the differential test
 * seldom go: keys spelled with escapes, large mappings, the limits, and lookups that miss.
 */

const taken = (text: string, limits = defaultLimits) => loadJsonFast(text, limits) !== undefined;

/** A node as plain data, with each pair's key and key span. */
function plain(node: SourceNode | undefined): unknown {
  if (node === undefined) return undefined;
  if (node.kind === 'map')
    return { span: node.span, pairs: node.pairs.map(({ key, keySpan, value }) => ({ key, keySpan, value: plain(value) })) };
  if (node.kind === 'seq') return { span: node.span, items: node.items.map(plain) };
  return { span: node.span, plain: node.plain };
}

/** Asserts that the fast reader takes `text` and places everything as the strict reader does. */
function expectAsStrict(text: string, paths: (string | number)[][]): void {
  expect(taken(text)).toBe(true);
  const fast = loadText(text, 'a.json').documents[0].source;
  const strict = loadText(text, 'a.json', defaultLimits, 'reference').documents[0].source;
  expect(plain(fast)).toEqual(plain(strict));
  for (const path of paths) {
    expect(plain(nodeAt(fast, path))).toEqual(plain(nodeAt(strict, path)));
    expect(locate(fast, path, 'key')).toEqual(locate(strict, path, 'key'));
    expect(valueStart(fast, path)).toBe(valueStart(strict, path));
  }
}

describe('the fast JSON reader', () => {
  it('leaves a duplicate key to the strict reader, however it is spelled', () => {
    expect(taken('{"a": 1, "b": {"a": 2}}')).toBe(true);
    expect(taken('{"a": 1, "b": 2, "a": 3}')).toBe(false);
    expect(taken('{"a": 1, "\\u0061": 2}')).toBe(false);
    expect(taken('{"\\u0061": 1, "a": 2}')).toBe(false);
    expect(taken('{"a\\"b": 1, "a\\u0022b": 2}')).toBe(false);
    expect(taken('{"ab": 1, "ba": 2, "a\\\\": 3, "a\\\\\\\\": 4}')).toBe(true);
  });

  it('finds duplicates among many keys, where it keeps a set', () => {
    const keys = Array.from({ length: 40 }, (_, index) => `"key${index}": ${index}`);
    expect(taken(`{${keys.join(', ')}}`)).toBe(true);
    expect(taken(`{${keys.join(', ')}, "key3": 0}`)).toBe(false);
    expect(taken(`{${keys.join(', ')}, "key\\u0033": 0}`)).toBe(false);
    expect(taken(`{"key\\u0033": 0, ${keys.join(', ')}}`)).toBe(false);
  });

  it('leaves over-deep nesting and over-long strings and keys to the strict reader', () => {
    const limits = { ...defaultLimits, maxDepth: 3, maxStringLength: 5 };
    expect(taken('[[["x"]]]', limits)).toBe(true);
    expect(taken('[[[["x"]]]]', limits)).toBe(false);
    expect(taken('{"12345": "12345"}', limits)).toBe(true);
    expect(taken('{"123456": 1}', limits)).toBe(false);
    expect(taken('["123456"]', limits)).toBe(false);
  });

  it('places keys with escapes, nested and empty collections and every kind of scalar as the strict reader does', () => {
    const text = ' {"a\\"b": {"c\\\\": [1, -2.5e3, true, null, "x\\"]"]}, "e": {}, "f": [ ], "\\u00fc": "\\u00fc", "g": [[], [{}]]}\n';
    expectAsStrict(text, [
      [],
      ['a"b'],
      ['a"b', 'c\\'],
      ['a"b', 'c\\', 4],
      ['e'],
      ['e', 'missing'],
      ['f', 0],
      ['ü'],
      ['g', 1, 0],
      ['g', 1, 0, 'x'],
      ['a"b', 'c\\', -1],
      ['a"b', 'c\\', 1.5],
      ['a"b', 'c\\', 5],
      ['a"b', 'c\\', '0'],
    ]);
  });

  it('places a scalar document, and the last of duplicate lookups, as the strict reader does', () => {
    expectAsStrict('  "text"  ', [[], ['x']]);
    expectAsStrict('12', [[]]);
    const many = `{${Array.from({ length: 20 }, (_, index) => `"k${index}": [${index}]`).join(',\n')}}`;
    expectAsStrict(many, [['k0', 0], ['k19', 0], ['k7'], ['k20']]);
  });

  it('keeps the same node for the same place, so that a pair found twice is the same object', () => {
    const source = loadText('{"list": [{"a": 1}, {"b": 2}]}', 'a.json').documents[0].source;
    const list = nodeAt(source, ['list']);
    const entry = nodeAt(source, ['list', 1]);
    if (list?.kind !== 'seq' || entry?.kind !== 'map')
      throw new Error(`expected a list and a mapping, not ${list?.kind} and ${entry?.kind}`);
    expect(nodeAt(source, ['list'])).toBe(list);
    expect(list.items).toBe(list.items);
    expect(nodeAt(source, ['list', 1])).toBe(list.items[1]);
    expect(entry.pairs[0]).toBe(entry.pairs[0]);
    // found twice by path, the pair is the same object
    expect(findPair(entry, 'b')).toBe(findPair(entry, 'b'));
    expect(findPair(entry, 'b')).toBe(entry.pairs[0]);
  });
});

describe('decoding', () => {
  it('reads ASCII, UTF-8 and a byte-order mark alike, and finds the first bad byte', () => {
    for (const body of ['{"name": "Zurich"}', '{"name": "Zürich 😀"}']) {
      for (const bom of ['', '\uFEFF']) {
        const loaded = loadBytes(Buffer.from(bom + body, 'utf8'), 'a.json');
        expect(loaded.text).toBe(body);
        expect(loaded.documents[0].value).toEqual(JSON.parse(body));
      }
    }
    // a real U+FFFD is no bad byte
    expect(loadBytes(Buffer.from('{"a": "\uFFFD"}'), 'a.json').findings).toEqual([]);
    const bad = Buffer.concat([Buffer.from('{"b": "'), Buffer.from([0xc3, 0x28]), Buffer.from('", "a": "\uFFFD"}')]);
    expect(loadBytes(bad, 'a.json').findings.map(({ ruleId, span }) => [ruleId, span?.start])).toEqual([['syntax', 7]]);
  });
});

describe('line index', () => {
  /** Each offset's position as `line:column`. */
  const placed = (lines: LineIndex, offsets: number[]) =>
    offsets.map((offset) => {
      const { line, column } = lines.position(offset);
      return `${line}:${column}`;
    });

  it('counts lines and columns with LF, CRLF and surrogate pairs, however short or long the lines', () => {
    const lines = new LineIndex('a\r\n😀b\n\nc');
    expect(lines.lineCount).toBe(4);
    expect(placed(lines, [0, 1, 2, 3, 5, 6, 7, 8, 9])).toEqual(['1:1', '1:2', '1:2', '2:1', '2:2', '2:3', '3:1', '4:1', '4:2']);
    expect(lines.lineEnd(0)).toBe(1);
    const many = new LineIndex('\n'.repeat(1000));
    expect(many.lineCount).toBe(1001);
    expect(many.position(999)).toEqual({ line: 1000, column: 1 });
    expect(many.position(5000)).toEqual({ line: 1001, column: 1 });
  });

  it('breaks lines at a CR alone, as editors and LSP do, and keeps a CRLF one break', () => {
    const lines = new LineIndex('a\rb\r\r\nc\r');
    expect(lines.lineCount).toBe(5);
    expect(placed(lines, [0, 1, 2, 3, 4, 5, 6, 7])).toEqual(['1:1', '1:2', '2:1', '2:2', '3:1', '3:1', '4:1', '4:2']);
    // where each line's text ends, before its break: an empty line between a CR and a CRLF ends where it starts
    expect([0, 2, 4, 6].map((offset) => lines.lineEnd(offset))).toEqual([1, 3, 4, 7]);
    expect(lines.endPosition(5)).toEqual({ line: 4, column: 1 });
  });

  it('gives every offset the column of counting its line from the start, lone surrogates included', () => {
    // how columns were counted before lines kept their surrogates: code units from the line's start, less low surrogates
    const counted = (text: string, offset: number) => {
      // a line ends after an LF, or after a CR that no LF follows
      let line = 1;
      let lineStart = 0;
      for (let at = 0; at < offset; at++) {
        if (text[at] === '\n' || (text[at] === '\r' && text[at + 1] !== '\n')) {
          line++;
          lineStart = at + 1;
        }
      }
      const end = offset > lineStart && text[offset] === '\n' && text[offset - 1] === '\r' ? offset - 1 : offset;
      let column = 1;
      for (let at = lineStart; at < end; at++) if (!/[\udc00-\udfff]/.test(text[at])) column++;
      return { line, column };
    };
    const pieces = fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '😀', '𝄞', '\ud800', '\udc00', 'é');
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 40 }).map((chosen) => chosen.join('')),
        (text) => {
          const lines = new LineIndex(text);
          for (let offset = 0; offset <= text.length; offset++) expect(lines.position(offset)).toEqual(counted(text, offset));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('places many offsets on one line with surrogate pairs before and between them, reading the line once', () => {
    const items = Array.from({ length: 3000 }, (_, index) => (index % 5 === 0 ? '"😀"' : String(index)));
    const line = `😀 [${items.join(', 𝄞')}]`;
    const text = `a\n${line}\r\nb`;
    // each item's offsets, and its columns as code points from the line's start
    const expected: { start: number; end: number; column: number; endColumn: number }[] = [];
    let at = line.indexOf('[') + 1;
    let column = [...line.slice(0, at)].length + 1;
    for (const item of items) {
      const width = [...item].length;
      expected.push({ start: 2 + at, end: 2 + at + item.length, column, endColumn: column + width });
      at += item.length + ', 𝄞'.length;
      column += width + [...', 𝄞'].length;
    }
    const lines = new LineIndex(text);
    const placed: unknown[] = [];
    const read = callsOf(String.prototype, 'charCodeAt', () => {
      for (const { start, end } of expected)
        placed.push({ start, end, position: lines.position(start), endPosition: lines.endPosition(end) });
    });
    expect(placed).toEqual(
      expected.map(({ start, end, column, endColumn }) => ({
        start,
        end,
        position: { line: 2, column },
        endPosition: { line: 2, column: endColumn },
      })),
    );
    // once per character of the line, where counting from the line's start for each offset read it 3000 times over
    expect(read).toBeLessThanOrEqual(line.length + 2);
    // and at least once: the count sees the work it bounds
    expect(read).toBeGreaterThanOrEqual(line.length);
    expect(lines.endPosition(2 + line.length + 1)).toEqual({ line: 3, column: 1 });
  });
});

/** Runs `run` and counts its calls of `target[method]`: the work of a scan or lookup, without timing it. */
function callsOf<T extends object>(target: T, method: keyof T, run: () => void): number {
  const original = target[method] as (...args: unknown[]) => unknown;
  let count = 0;
  target[method] = function (this: unknown, ...args: unknown[]) {
    count++;
    return original.apply(this, args);
  } as T[keyof T];
  try {
    run();
  } finally {
    target[method] = original as T[keyof T];
  }
  return count;
}

describe('many findings on one line', () => {
  it('get the columns that an editor shows, with surrogate pairs before and between them, in JSON and YAML', () => {
    let text = '[';
    const spans: [number, number][] = [];
    for (let index = 0; index < 2000; index++) {
      const item = index % 3 === 0 ? '"😀𝄞"' : String(index);
      if (index > 0) text += ', ';
      spans.push([text.length, text.length + item.length]);
      text += item;
    }
    text += ']\n';
    const column = (offset: number) => [...text.slice(0, offset)].length + 1;
    const expected = spans.map(([start, end], index) => ({
      path: `/${index}`,
      line: 1,
      column: column(start),
      endLine: 1,
      endColumn: column(end),
    }));
    for (const filePath of ['a.json', 'a.yaml']) {
      const placed = lintText(text, { filePath }).diagnostics.map(({ path, line, column, endLine, endColumn }) => ({
        path,
        line,
        column,
        endLine,
        endColumn,
      }));
      expect(placed).toEqual(expected);
    }
  });
});

describe('a large mapping', () => {
  /** `count` keys k0, k1, …, a line each, every third written with an escape; then, if asked, every seventh again with another value. */
  it('finds the last pair of each key on the tape, plain or escaped, duplicates included, reading each key once', () => {
    const { text, entries } = largeMapping(jsonSyntax, 400, true);
    // the fast reader leaves duplicates to the strict one, so this tape is written here: the mapping, then a record per value
    const records = new Int32Array((entries.length + 1) * TapeSlot.Size);
    records[TapeSlot.Link] = entries.length + 1;
    entries.forEach(({ valueStart, value }, index) => {
      records[(index + 1) * TapeSlot.Size + TapeSlot.Start] = valueStart;
      records[(index + 1) * TapeSlot.Size + TapeSlot.Link] = valueStart + value.length;
    });
    const map = new Tape(text, records).node(0) as CompactMap;
    const lookUp = (key: string) => {
      const pair = map.lastPairOf(key);
      const { start, end } = map.valueAt(pair).span;
      return { key, keySpan: map.keySpanAt(pair), valueStart: map.valueStartAt(pair), value: text.slice(start, end) };
    };
    const found: unknown[] = [];
    let parsed = 0;
    const keysRead = callsOf(Tape.prototype, 'keySpan', () => {
      parsed = callsOf(JSON, 'parse', () => {
        for (const { key } of entries) found.push(lookUp(key));
        for (const missing of ['k400', 'k', '\\u006b0', '']) expect(map.lastPairOf(missing)).toBe(-1);
      });
    });
    const last = new Map(lastEntries(entries).map((entry) => [entry.key, entry]));
    expect(found).toEqual(
      entries.map(({ key }) => {
        const { keyStart, keyEnd, valueStart, value } = last.get(key)!;
        return { key, keySpan: { start: keyStart, end: keyEnd }, valueStart, value };
      }),
    );
    // each key is read once for the index (and once more for each key span asked for), where a scan per lookup read every key each time
    expect(keysRead).toBeLessThanOrEqual(entries.length + found.length);
    expect(keysRead).toBeGreaterThanOrEqual(entries.length);
    expect(parsed).toBeLessThanOrEqual(entries.filter(({ keyStart }) => text[keyStart + 1] === '\\').length);
  });

  it("finds the last pair of each key of the strict reader's mapping, reading each key once", () => {
    const { text, entries } = largeMapping(jsonSyntax, 400, true);
    const source = loadText(text, 'a.json').documents[0].source as SourceMap;
    expect(source).not.toBeInstanceOf(CompactMap);
    let reads = 0;
    const counted: SourceMap = {
      ...source,
      pairs: source.pairs.map((pair) => ({
        ...pair,
        get key() {
          reads++;
          return pair.key;
        },
      })),
    };
    const spans = entries.map(({ key }) => [locate(counted, [key], 'key'), locate(counted, [key])]);
    // each key once for the index, where a scan per lookup read every key each time
    expect(reads).toBe(source.pairs.length);
    const last = new Map(lastEntries(entries).map((entry) => [entry.key, entry]));
    expect(spans).toEqual(
      entries.map(({ key }) => {
        const { keyStart, keyEnd, valueStart, value } = last.get(key)!;
        return [
          { start: keyStart, end: keyEnd },
          { start: valueStart, end: valueStart + value.length },
        ];
      }),
    );
  });

  it('places each key of a large JSON object, plain or escaped, at its last pair, with its value, with or without duplicates', () => {
    for (const duplicates of [false, true]) {
      const { text, entries } = largeMapping(jsonSyntax, 400, duplicates);
      // without duplicates the fast reader reads it, with them the strict one
      expect(loadJsonFast(text, defaultLimits) === undefined).toBe(duplicates);
      // reported in the order of the lines, a duplicated key at its last pair
      expectLastPairsPlaced(text, 'a.json', entries, lintText(text, { filePath: 'a.json' }), 3);
    }
  });
});
