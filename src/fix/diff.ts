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

/** The edits between two texts' lines: shared ends kept, the middle as short as the budget allows. */
function editScript(a: Line[], b: Line[]): Edit[] {
  let head = 0;
  while (head < a.length && head < b.length && sameLine(a[head], b[head])) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && sameLine(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const middleA = a.slice(head, a.length - tail);
  const middleB = b.slice(head, b.length - tail);
  const middle = shortestEdits(middleA, middleB) ?? [
    ...middleA.map((line) => ({ kind: '-' as const, line })),
    ...middleB.map((line) => ({ kind: '+' as const, line })),
  ];
  const kept = (lines: Line[]) => lines.map((line) => ({ kind: ' ' as const, line }));
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
  const output = [`--- a/${name}\n`, `+++ b/${name}\n`];
  let index = 0;
  let oldLine = 0;
  let newLine = 0;
  while (index < edits.length) {
    const firstChange = edits.findIndex((edit, at) => at >= index && edit.kind !== ' ');
    if (firstChange === -1) break;
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
    output.push(`@@ -${hunkRange(oldLine, oldCount)} +${hunkRange(newLine, newCount)} @@\n`, ...hunk.map(formatLine));
    oldLine += oldCount;
    newLine += newCount;
    index = end;
  }
  return output.join('');
}
