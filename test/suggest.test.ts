import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, suggester } from '../src/schema/suggest.js';

/** The whole table, for reference, two neighbours swapped counting as one edit: didYouMean counts only as far as it must. */
function fullEditDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i][j] = Math.min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) table[i][j] = Math.min(table[i][j], table[i - 2][j - 2] + 1);
    }
  }
  return table[a.length][b.length];
}

const normalize = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

/** didYouMean's meaning: the one key with the same letters, else the one closest key within a budget that grows with the key. */
function meant(key: string, known: readonly string[]): string | undefined {
  const sameLetters = known.filter((candidate) => normalize(candidate) === normalize(key));
  if (sameLetters.length === 1) return sameLetters[0];
  const budget = Math.max(1, Math.min(3, Math.floor(normalize(key).length / 4)));
  const distances = known.map((candidate) => fullEditDistance(normalize(key), normalize(candidate)));
  const least = Math.min(...distances);
  return least <= budget && distances.filter((distance) => distance === least).length === 1 ? known[distances.indexOf(least)] : undefined;
}

describe('didYouMean', () => {
  it('suggests what the full edit distance would', () => {
    const word = fc.stringMatching(/^[a-dA-D_-]{0,14}$/);
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { maxLength: 8 }), (key, known) => {
        expect(didYouMean(key, known)).toBe(meant(key, known));
      }),
      { numRuns: 5000 },
    );
  });

  it('suggests what the full edit distance would, with characters that the count bound puts in one kind', () => {
    // the bound counts characters by the low six bits of their code: "a", "!", "\u0161" and
    // "\u00e1" share one kind, "b", '"' and "\u0162" another; a bound that ruled out a candidate
    // within the budget would show as a missing suggestion
    const word = fc.stringMatching(/^[ab!"\u0161\u0162\u00e1x]{0,16}$/);
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { maxLength: 10 }), (key, known) => {
        expect(didYouMean(key, known)).toBe(meant(key, known));
      }),
      { numRuns: 5000 },
    );
  });

  it('suggests what the full edit distance would, among keys a few edits from the one typed', () => {
    const edit = fc.tuple(fc.constantFrom('insert', 'delete', 'replace', 'swap'), fc.nat(), fc.constantFrom('a', 'b', 'x'));
    const edited = (key: string, edits: [string, number, string][]) =>
      edits.reduce((text, [kind, at, char]) => {
        const position = text.length === 0 ? 0 : at % (text.length + (kind === 'insert' ? 1 : 0));
        if (kind === 'insert') return text.slice(0, position) + char + text.slice(position);
        if (kind === 'swap')
          return position + 1 < text.length
            ? text.slice(0, position) + text[position + 1] + text[position] + text.slice(position + 2)
            : text;
        return text.slice(0, position) + (kind === 'replace' ? char : '') + text.slice(position + 1);
      }, key);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-c]{4,20}$/),
        fc.array(fc.array(edit, { maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (key, variants) => {
          const known = [...new Set(variants.map((edits) => edited(key, edits)))];
          expect(didYouMean(key, known)).toBe(meant(key, known));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('takes two letters swapped as one slip, so that short keys get their suggestion', () => {
    const keys = ['provider', 'number', 'name', 'credentialId', 'assistantId', 'squadId', 'serverUrl', 'fallbackDestination'];
    expect(['nmae', 'nubmer', 'nmuber', 'provdier', 'sqaudId', 'serverUlr'].map((key) => didYouMean(key, keys))).toEqual([
      'name',
      'number',
      'number',
      'provider',
      'squadId',
      'serverUrl',
    ]);
  });

  it('suggests the id one character away, and none for ids of other lengths or far apart', () => {
    const ids = ['2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23', '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e'];
    expect(didYouMean('2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a24', ids)).toBe(ids[0]);
    expect(didYouMean('2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23-extra', ids)).toBeUndefined();
    expect(didYouMean('x'.repeat(50_000), ids)).toBeUndefined();
  });

  it('compares a key with the known ones once, however many entries write it', () => {
    const ids = Array.from({ length: 50 }, (_, index) => `9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c${String(index).padStart(4, '0')}`);
    let reads = 0;
    const counted = new Proxy(ids, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const closest = suggester(counted);
    const typo = '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c0O07';
    expect(closest(typo)).toBe(ids[7]);
    const firstTime = reads;
    for (let entry = 0; entry < 1000; entry++) expect(closest(typo)).toBe(ids[7]);
    expect(reads).toBe(firstTime);
    expect(closest('9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c0O12')).toBe(ids[12]);
    expect(reads).toBeGreaterThan(firstTime);
  });
});
