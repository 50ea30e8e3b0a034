import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { defaultLimits, LineIndex } from '../src/load/index.js';
import { MapNode, PairSlot } from '../src/load/nodes.js';
import { loadYamlFast } from '../src/load/yaml-fast.js';
import { expectLastPairsPlaced, lastEntries, largeMapping, yamlSyntax } from './helpers/large-mapping.js';

/**
 * The fast YAML reader's mapping node, where the generated files of the differential test seldom
 * go: mappings too large to scan for every lookup.
 */

describe('a large YAML mapping', () => {
  it('finds the last pair of each key, duplicates included, reading each key once', () => {
    const { text, entries } = largeMapping(yamlSyntax, 400, true);
    let reads = 0;
    const slots = entries.flatMap(({ key, keyStart, keyEnd, valueStart, value }) => {
      const pair: (string | number | boolean)[] = [];
      pair[PairSlot.Key] = key;
      pair[PairSlot.KeyStart] = keyStart;
      pair[PairSlot.KeyEnd] = keyEnd;
      pair[PairSlot.ValueStart] = valueStart;
      pair[PairSlot.ValueEnd] = valueStart + value.length;
      pair[PairSlot.Value] = true;
      expect(pair).toHaveLength(PairSlot.Size);
      return pair;
    });
    // counts the reads of the mapping's slots: the work of its lookups, without timing them
    const flat = new Proxy(slots, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const map = new MapNode(0, text.length, flat);
    const pairs = entries.map(({ key }) => map.lastPairOf(key));
    expect(['k400', 'k', "'k0'", ''].map((missing) => map.lastPairOf(missing))).toEqual([-1, -1, -1, -1]);
    // each key once for the index, where a scan per lookup read every key each time
    expect(reads).toBe(entries.length);
    const last = new Map(lastEntries(entries).map((entry) => [entry.key, entry]));
    expect(
      pairs.map((pair) => ({ keySpan: map.keySpanAt(pair), valueStart: map.valueStartAt(pair), valueSpan: map.valueAt(pair).span })),
    ).toEqual(
      entries.map(({ key }) => {
        const { keyStart, keyEnd, valueStart, value } = last.get(key)!;
        return { keySpan: { start: keyStart, end: keyEnd }, valueStart, valueSpan: { start: valueStart, end: valueStart + value.length } };
      }),
    );
  });

  it('places each key at its last pair, with its value, with or without duplicates, as the reference reader does', () => {
    for (const duplicates of [false, true]) {
      const { text, entries } = largeMapping(yamlSyntax, 400, duplicates);
      expect(loadYamlFast(text, defaultLimits, new LineIndex(text))).toBeDefined();
      const result = lintText(text, { filePath: 'a.yaml' });
      expect(result).toEqual(lintText(text, { filePath: 'a.yaml', reader: 'reference' }));
      // reported in the order of the lines, a duplicated key at its last pair
      expectLastPairsPlaced(text, 'a.yaml', entries, result, 1);
    }
  });

  it('names the latest earlier pair of each duplicated key, as the reference reader does', () => {
    // k0 … k99, then every seventh key again, then every fourteenth a third time
    const keys = Array.from({ length: 100 }, (_, index) => `k${index}`);
    const written = [...keys, ...keys.filter((_, index) => index % 7 === 0), ...keys.filter((_, index) => index % 14 === 0)];
    const text = written.map((key, index) => `${key}: ${index}\n`).join('');
    expect(loadYamlFast(text, defaultLimits, new LineIndex(text))).toBeDefined();
    const latest = new Map<string, number>();
    const expected = written.flatMap((key, index) => {
      const earlier = latest.get(key);
      latest.set(key, index + 1);
      return earlier === undefined ? [] : [{ path: `/${key}`, line: index + 1, earlier }];
    });
    const result = lintText(text, { filePath: 'a.yaml' });
    expect(result).toEqual(lintText(text, { filePath: 'a.yaml', reader: 'reference' }));
    const duplicates = result.diagnostics.filter(({ ruleId }) => ruleId === 'duplicate-key');
    expect(duplicates.map(({ path, line, related }) => ({ path, line, earlier: related?.[0].line }))).toEqual(expected);
  });
});
