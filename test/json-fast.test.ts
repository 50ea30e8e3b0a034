import { describe, expect, it } from 'vitest';
import { defaultLimits, LineIndex, loadBytes, loadText, locate, nodeAt, valueStart, type SourceNode } from '../src/load/index.js';
import { loadJsonFast } from '../src/load/json-fast.js';

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
    expect(nodeAt(source, ['list'])).toBe(list);
    expect(list?.kind === 'seq' && list.items).toBe(list?.kind === 'seq' && list.items);
    const entry = nodeAt(source, ['list', 1]);
    expect(entry?.kind === 'map' && entry.pairs[0]).toBe(entry?.kind === 'map' && entry.pairs[0]);
  });
});

describe('decoding', () => {
  it('reads ASCII, UTF-8 and a byte-order mark alike, and finds the first bad byte', () => {
    for (const body of ['{"name": "Zurich"}', '{"name": "Zürich 😀"}']) {
      for (const bom of ['', '\uFEFF']) {
        const loaded = loadBytes(Buffer.from(bom + body, 'utf8'), 'a.json');
        expect(loaded.text).toBe(body);
        expect(loaded.bom).toBe(bom !== '');
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
  it('counts lines and columns with LF, CRLF and surrogate pairs, however short or long the lines', () => {
    const lines = new LineIndex('a\r\n😀b\n\nc');
    expect(lines.lineCount).toBe(4);
    expect([0, 1, 2, 3, 5, 6, 7, 8, 9].map((offset) => lines.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
    expect(lines.lineEnd(0)).toBe(1);
    const many = new LineIndex('\n'.repeat(1000));
    expect(many.lineCount).toBe(1001);
    expect(many.position(999)).toEqual({ line: 1000, column: 1 });
    expect(many.position(5000)).toEqual({ line: 1001, column: 1 });
  });
});
