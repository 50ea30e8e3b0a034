/**
 * Edit distance, for did-you-mean on unknown keys and ids, with two neighbours swapped counting as
 * one edit (`nmae`, `nubmer`: the commonest slip, and in a short key the only one within budget);
 * `limit + 1` once it is known to be over `limit`, which is all that did-you-mean needs to know of
 * it. A long value, or thousands of declared ids that differ in a few characters, made the whole
 * table for each candidate too dear:
 * the shared start and end are cut off, and only the band of the table within `limit` of its
 * diagonal is counted (a cell outside it is over the limit), stopping at a row all over it. The
 * three rows live in one array kept between calls: making them for each candidate cost more than
 * counting their few cells.
 */
let rows = new Int32Array(0);

function editDistance(a: string, b: string, limit: number): number {
  const over = limit + 1;
  // cutting the shared ends leaves the difference in length as it was
  if (Math.abs(a.length - b.length) > limit) return over;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const length = endA - start;
  const columns = endB - start;
  const width = columns + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // offsets of the rows in `rows`; the row before the previous one is for swaps, and its band covers every cell a swap reads
  let previous = 0;
  let current = width;
  let beforePrevious = 2 * width;
  // the first row is read only within the first row's band and a cell past it
  for (let j = 0; j <= Math.min(columns, limit + 1); j++) rows[j] = Math.min(j, over);
  for (let i = 1; i <= length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(columns, i + limit);
    let rowLeast = from === 1 ? Math.min(i, over) : over;
    rows[current + from - 1] = rowLeast;
    const char = a[start + i - 1];
    for (let j = from; j <= to; j++) {
      let cell = Math.min(
        rows[previous + j] + 1,
        rows[current + j - 1] + 1,
        rows[previous + j - 1] + (char === b[start + j - 1] ? 0 : 1),
        over,
      );
      if (i > 1 && j > 1 && char === b[start + j - 2] && a[start + i - 2] === b[start + j - 1])
        cell = Math.min(cell, rows[beforePrevious + j - 2] + 1);
      rows[current + j] = cell;
      if (cell < rowLeast) rowLeast = cell;
    }
    // the next row reads this one a cell past its band
    if (to < columns) rows[current + to + 1] = over;
    if (rowLeast > limit) return over;
    const reused = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = reused;
  }
  return rows[previous + columns];
}

const normalize = (key: string): string => key.toLowerCase().replace(/[_\-\s]/g, '');

/**
 * How many characters of each kind (by the low six bits of their code) a string holds. An edit
 * changes each string's count of a kind by at most one, so the larger excess of either string over
 * the other is a lower bound of their distance, found without the table: of thousands of declared
 * ids, almost all are far from the one asked about. A string too long for a count to fit a byte
 * has none.
 */
function characterCounts(value: string): Uint8Array | undefined {
  if (value.length > 255) return undefined;
  const counts = new Uint8Array(64);
  for (let index = 0; index < value.length; index++) counts[value.charCodeAt(index) & 63]++;
  return counts;
}

/**
 * Whether a key and a candidate are more than `limit` edits apart by their counts. Only the kinds
 * the key holds are visited: the candidate's excess follows from the key's and the two lengths.
 */
function countsFartherThan(
  key: string,
  keyCounts: Uint8Array,
  keyKinds: readonly number[],
  candidate: string,
  candidateCounts: Uint8Array,
  limit: number,
): boolean {
  let keyExcess = 0;
  for (const kind of keyKinds) {
    const difference = keyCounts[kind] - candidateCounts[kind];
    if (difference > 0 && (keyExcess += difference) > limit) return true;
  }
  return keyExcess - key.length + candidate.length > limit;
}

/**
 * The one known key a mistyped key most probably meant: the same letters in another case or
 * spelling (`credential_id`, `assistantID`), else the single closest key within a small distance.
 * The known keys are normalised once, for a list asked about many times (thousands of declared ids).
 */
export function suggester(known: readonly string[]): (key: string) => string | undefined {
  const normalizedKnown = known.map(normalize);
  const knownCounts = normalizedKnown.map(characterCounts);
  // a deleted assistant's id is typically written in many entries, and each asked about every known id
  const answers = new Map<string, string | undefined>();
  return (key) => {
    if (answers.has(key)) return answers.get(key);
    const answer = closest(key);
    answers.set(key, answer);
    return answer;
  };

  function closest(key: string): string | undefined {
    const normalized = normalize(key);
    const sameLetters = known.filter((_, index) => normalizedKnown[index] === normalized);
    if (sameLetters.length === 1) return sameLetters[0];
    const budget = Math.max(1, Math.min(3, Math.floor(normalized.length / 4)));
    let best: string | undefined;
    let bestDistance = Infinity;
    let tie = false;
    const counts = characterCounts(normalized);
    const kinds = counts ? [...counts.keys()].filter((kind) => counts[kind] > 0) : [];
    known.forEach((candidate, index) => {
      const candidateCounts = knownCounts[index];
      const distance =
        counts && candidateCounts && countsFartherThan(normalized, counts, kinds, normalizedKnown[index], candidateCounts, budget)
          ? budget + 1
          : editDistance(normalized, normalizedKnown[index], budget);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
        tie = false;
      } else if (distance === bestDistance) tie = true;
    });
    return bestDistance <= budget && !tie ? best : undefined;
  }
}

export const didYouMean = (key: string, known: readonly string[]): string | undefined => suggester(known)(key);
