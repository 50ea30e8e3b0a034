/** Lines kept around each change, as `diff -u` does. */
const contextLines = 3;

interface Line {
  /** The line's text with its line ending, which a CRLF file keeps so that the patch applies. */
  text: string;
  /** False for a last line without a line break. */
  terminated: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const lineBreak = text.indexOf('\n', start);
    const end = lineBreak === -1 ? text.length : lineBreak + 1;
    lines.push({ text: text.slice(start, end), terminated: lineBreak !== -1 });
    start = end;
  }
  return lines;
}

type Edit = { kind: ' ' | '-' | '+'; line: Line };

/** Cells of Myers' trace kept in memory before a long run of changes is shown as one block instead. */
const traceBudget = 4_000_000;

function sameLine(a: Line, b: Line): boolean {
  return a.text === b.text && a.terminated === b.terminated;
}

/**
 * Myers' O(ND) shortest edit script: fixes touch few lines, so D stays small even in long files.
 * Returns undefined when the edit distance outgrows the trace budget.
 */
function shortestEdits(a: Line[], b: Line[]): Edit[] | undefined {
  const max = a.length + b.length;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  // trace[d] holds the frontier for diagonals -d..d as it was before step d
  const trace: Int32Array[] = [];
  let cells = 0;
  search: for (let d = 0; d <= max; d++) {
    cells += 2 * d + 1;
    if (cells > traceBudget) return undefined;
    trace.push(frontier.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1])
          ? frontier[offset + k + 1]
          : frontier[offset + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && sameLine(a[x], b[y])) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= a.length && y >= b.length) break search;
    }
  }
  // walk back from the end, collecting the edits in reverse
  const edits: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const at = (k: number) => trace[d][k + d];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ kind: ' ', line: a[x] });
    }
    if (d === 0) break;
    if (down) edits.push({ kind: '+', line: b[--y] });
    else edits.push({ kind: '-', line: a[--x] });
  }
  return edits.reverse();
}

const kept = (lines: Line[]): Edit[] => lines.map((line) => ({ kind: ' ', line }));

/** All of one side removed, then all of the other added. */
const replaced = (a: Line[], b: Line[]): Edit[] => [
  ...a.map((line): Edit => ({ kind: '-', line })),
  ...b.map((line): Edit => ({ kind: '+', line })),
];

/**
 * Lines found exactly once in each text, paired in an order both agree on (the longest such
 * chain, by patience sorting): patience diff's anchors, as pairs of indexes into a and b. A line's
 * text holds its line break, so a last line without one is another line.
 */
function uniqueAnchors(a: Line[], b: Line[]): [number, number][] {
  const lines = new Map<string, { inA: number; inB: number; countA: number; countB: number }>();
  a.forEach((line, index) => {
    const found = lines.get(line.text);
    if (found) found.countA++;
    else lines.set(line.text, { inA: index, inB: -1, countA: 1, countB: 0 });
  });
  b.forEach((line, index) => {
    const found = lines.get(line.text);
    if (found) {
      found.countB++;
      found.inB = index;
    }
  });
  const pairs = [...lines.values()]
    .filter(({ countA, countB }) => countA === 1 && countB === 1)
    .map(({ inA, inB }): [number, number] => [inA, inB])
    .sort((x, y) => x[0] - y[0]);
  // tails[n] ends the chain of length n + 1 with the lowest index into b seen so far
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length);
  pairs.forEach(([, inB], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]][1] < inB) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1] : -1;
    tails[low] = index;
  });
  const chain: [number, number][] = [];
  for (let index = tails.length > 0 ? tails[tails.length - 1] : -1; index !== -1; index = previous[index]) chain.push(pairs[index]);
  return chain.reverse();
}

/**
 * For texts too far apart for one search within the budget, such as a fix on every entry of a
 * large file: the lines both keep once (names, ids) anchor the texts, and each stretch between
 * two anchors, which differs little, is searched on its own.
 */
function anchoredEdits(a: Line[], b: Line[]): Edit[] {
  const edits: Edit[] = [];
  let fromA = 0;
  let fromB = 0;
  for (const [inA, inB] of [...uniqueAnchors(a, b), [a.length, b.length]]) {
    const gapA = a.slice(fromA, inA);
    const gapB = b.slice(fromB, inB);
    for (const edit of shortestEdits(gapA, gapB) ?? replaced(gapA, gapB)) edits.push(edit);
    if (inA < a.length) edits.push({ kind: ' ', line: a[inA] });
    fromA = inA + 1;
    fromB = inB + 1;
  }
  return edits;
}

/** The edits between two texts' lines: shared ends kept, the middle as short as the budget allows. */
function editScript(a: Line[], b: Line[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && sameLine(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && sameLine(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const middle = shortestEdits(middleA, middleB) ?? anchoredEdits(middleA, middleB);
  return [...kept(a.slice(0, head)), ...middle, ...kept(a.slice(a.length - tail))];
}

function hunkRange(start: number, count: number): string {
  // an empty side names the line before it, as diff -u does
  return count === 1 ? `${start + 1}` : `${count === 0 ? start : start + 1},${count}`;
}

function formatLine(edit: Edit): string {
  const body = edit.kind + edit.line.text;
  return edit.line.terminated ? body : `${body}\n\\ No newline at end of file\n`;
}

/** A unified diff (`git apply` and `patch -p1` accept it); empty when the texts are equal. */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return '';
  const edits = editScript(splitLines(before), splitLines(after));
  // patch reads a file name up to the first space unless a tab ends it, so git writes one after such a name
  const nameEnd = name.includes(' ') ? '\t' : '';
  const output = [`--- a/${name}${nameEnd}\n`, `+++ b/${name}${nameEnd}\n`];
  let index = 0;
  let oldLine = 0;
  let newLine = 0;
  while (index < edits.length) {
    let firstChange = index;
    while (firstChange < edits.length && edits[firstChange].kind === ' ') firstChange++;
    if (firstChange === edits.length) break;
    const start = Math.max(index, firstChange - contextLines);
    // a hunk grows while the next change is close enough for the context to touch
    let end = firstChange;
    let unchanged = 0;
    for (let at = firstChange; at < edits.length; at++) {
      if (edits[at].kind === ' ') {
        if (++unchanged > 2 * contextLines) break;
      } else {
        unchanged = 0;
        end = at;
      }
    }
    end = Math.min(edits.length, end + 1 + contextLines);
    for (let at = index; at < start; at++) {
      oldLine++;
      newLine++;
    }
    const hunk = edits.slice(start, end);
    const oldCount = hunk.filter((edit) => edit.kind !== '+').length;
    const newCount = hunk.filter((edit) => edit.kind !== '-').length;
    // a line at a time: a hunk can hold more lines than a call takes arguments
    output.push(`@@ -${hunkRange(oldLine, oldCount)} +${hunkRange(newLine, newCount)} @@\n`);
    for (const edit of hunk) output.push(formatLine(edit));
    oldLine += oldCount;
    newLine += newCount;
    index = end;
  }
  return output.join('');
}
