import type { DataFix, DataPath, Fix } from '../diagnostic.js';
import { editableNodeAt, findPair, insideScalar, tagBetween, type SourceMap, type SourceNode, type SourcePair } from '../load/source.js';

/**
 * Turns a fix stated against a data path into an edit of the text as loaded (offsets without a
 * BOM). Returns undefined whenever the edit cannot be proven to mean what the fix says: a path
 * that is not in the text, an alias, an anchor that an alias may need, a key spelled in a way we
 * would not reproduce, the only pair of a mapping. A missing fix is always safe; a wrong one is not.
 */
export function resolveFix(text: string, root: SourceNode | undefined, path: DataPath, fix: DataFix): Fix | undefined {
  const edit = resolveEdit(text, root, path, fix);
  // an alias elsewhere may name an anchor the edit removes, and would then refer to nothing
  return edit && anchorDefinition.test(text.slice(edit.range[0], edit.range[1])) ? undefined : edit;
}

/** `&name` where YAML reads an anchor; an `&` inside a quoted string may match too, and only withholds a fix. */
const anchorDefinition = /(?:^|[\s,[{])&[^\s,[\]{}]/;

function resolveEdit(text: string, root: SourceNode | undefined, path: DataPath, fix: DataFix): Fix | undefined {
  if (fix.target === 'insert-first-key') {
    const map = editableNodeAt(root, path);
    return map?.kind === 'map' ? insertFirstKey(text, map, fix.key, fix.value) : undefined;
  }
  const parent = editableNodeAt(root, path.slice(0, -1));
  if (parent?.kind !== 'map' || path.length === 0) return undefined;
  const key = String(path[path.length - 1]);
  const pair = findPair(parent, key);
  if (!pair) return undefined;
  // an alias of an anchored key reads the key's text, which an edit of the key would change too
  if ((fix.target === 'key' || fix.target === 'rename-key') && isAnchoredKey(text, pair)) return undefined;
  switch (fix.target) {
    case 'key':
      return { range: [pair.keySpan.start, pair.keySpan.end], text: fix.text };
    case 'value': {
      const { start, end } = pair.value.span;
      // an empty span is a key without a value, and replacing an alias would cut it from its anchor;
      // a tag before the value (`!!int 5`) would still decide what any new text means
      if (start === end || text[start] === '*' || tagBetween(text, pair.keySpan.end, start) !== undefined) return undefined;
      // a block scalar's span holds its final line break, which the next line still needs
      const lineBreak = text[end - 1] !== '\n' ? 0 : text[end - 2] === '\r' ? 2 : 1;
      return { range: [start, end - lineBreak], text: fix.text };
    }
    case 'rename-key': {
      const written = text.slice(pair.keySpan.start, pair.keySpan.end);
      const renamed = respell(written, key, fix.key);
      return renamed === undefined ? undefined : { range: [pair.keySpan.start, pair.keySpan.end], text: renamed };
    }
    case 'remove-pair':
      return removePair(text, root, parent, pair);
  }
}

/** Whether an anchor is among the node properties (`&name`, `!tag`) written before the key on its line, which are the key's. */
function isAnchoredKey(text: string, pair: SourcePair): boolean {
  const before = text.slice(lineStart(text, pair.keySpan.start), pair.keySpan.start);
  return /(?:[&!][^\s,[\]{}]*[ \t]+)*$/.exec(before)![0].includes('&');
}

/** The new key in the quoting style of the written one, if the written one really spells `key`. */
function respell(written: string, key: string, renamed: string): string | undefined {
  if (written.startsWith('"')) {
    try {
      return JSON.parse(written) === key ? JSON.stringify(renamed) : undefined;
    } catch {
      return undefined;
    }
  }
  if (written.startsWith("'")) {
    return written.slice(1, -1).replace(/''/g, "'") === key ? `'${renamed.replace(/'/g, "''")}'` : undefined;
  }
  return written === key && isPlainSafe(renamed) ? renamed : undefined;
}

/** A string YAML reads back as the same string when written without quotes. */
function isPlainSafe(value: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(value) && !/^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value);
}

function isFlow(text: string, map: SourceMap): boolean {
  return text[map.span.start] === '{';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset after the line break ending the line that holds `offset` (or the end of the text). */
function nextLineStart(text: string, offset: number): number {
  const lineBreak = text.indexOf('\n', offset);
  return lineBreak === -1 ? text.length : lineBreak + 1;
}

/** The line ending of the line holding `offset`, else the file's first one. */
function lineEnding(text: string, offset: number): string {
  const lineBreak = text.indexOf('\n', offset);
  const at = lineBreak === -1 ? text.indexOf('\n') : lineBreak;
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Removes a key with its value. Block YAML loses the pair's whole lines, trailing comment
 * included; a pair that shares its line with a `- ` hands that place to the next key. JSON and
 * flow mappings lose the member and one comma.
 */
function removePair(text: string, root: SourceNode | undefined, map: SourceMap, pair: SourcePair): Fix | undefined {
  const index = map.pairs.indexOf(pair);
  const next = map.pairs[index + 1];
  const previous = map.pairs[index - 1];
  // removing the last pair would turn the mapping into something else (null, or `{}`)
  if (!next && !previous) return undefined;
  if (isFlow(text, map)) {
    const range: [number, number] = next ? [pair.keySpan.start, next.keySpan.start] : [previous!.value.span.end, pair.value.span.end];
    // a comment there may be about a member that stays, and which one is for the author to say
    return holdsComment(text, root, range) ? undefined : { range, text: '' };
  }
  const valueEnd = Math.max(pair.value.span.end, pair.keySpan.end);
  // block values end after their final line break, or past the next line's indentation when a
  // mapping in them keeps the comment lines after it (yaml's range does); a scalar's line may
  // still hold a comment
  const valueLine = lineStart(text, valueEnd);
  const end = /^[ \t]*$/.test(text.slice(valueLine, valueEnd)) ? valueLine : nextLineStart(text, valueEnd);
  const start = lineStart(text, pair.keySpan.start);
  const before = text.slice(start, pair.keySpan.start);
  if (/^[ \t]*$/.test(before)) return endsInBlockScalar(text, root, start) ? undefined : { range: [start, end], text: '' };
  // only a sequence item's `- ` may share the line; `? ` and the like are left to the author
  if (!next || !/^[ \t]*(?:-[ \t]+)+$/.test(before)) return undefined;
  const indentEnd = end + (/^[ \t]*/.exec(text.slice(end))?.[0].length ?? 0);
  return { range: [pair.keySpan.start, indentEnd], text: '' };
}

/** Whether a `#` outside any scalar, which starts a comment, lies in the range. */
function holdsComment(text: string, root: SourceNode | undefined, [start, end]: [number, number]): boolean {
  for (let at = text.indexOf('#', start); at !== -1 && at < end; at = text.indexOf('#', at + 1)) {
    if (!insideScalar(text, root, at)) return true;
  }
  return false;
}

/**
 * Whether the text before a line start ends in a block scalar (`|`, `>`), at any depth, with only
 * blank lines after it: the lines that a removal moves up to it, blank or indented (a comment),
 * would become part of its text. A comment line between ends the scalar, so it ends the check too.
 */
function endsInBlockScalar(text: string, root: SourceNode | undefined, lineStartOffset: number): boolean {
  let at = lineStartOffset;
  while (at > 0) {
    const previousLineStart = lineStart(text, at - 1);
    if (!/^[ \t]*\r?\n$/.test(text.slice(previousLineStart, at))) break;
    at = previousLineStart;
  }
  // a block scalar's span holds its last line break; no other scalar's does, a key's aside
  return at > 0 && insideScalar(text, root, at - 1);
}

/** Inserts `key: value` before the first key, on its own line at the first key's indentation. */
function insertFirstKey(text: string, map: SourceMap, key: string, value: string): Fix | undefined {
  const first = map.pairs[0];
  if (!first) return undefined;
  const flow = isFlow(text, map);
  const at = first.keySpan.start;
  // an anchor, a tag or a comment before the first key: the new key would land among them
  if (!/^\s*$/.test(text.slice(map.span.start + (flow ? 1 : 0), at))) return undefined;
  const before = text.slice(lineStart(text, at), at);
  // an anchor or tag on the first key's line is the key's, outside the mapping's span: the new key
  // would take it, and the old key, moved under it, would not line up with the rest
  if (!flow && !/^[ \t]*(?:-[ \t]+)*$/.test(before)) return undefined;
  // JSON, and a YAML mapping written with quoted keys, get quoted strings; plain YAML gets plain ones
  const write = (scalar: string) => (text[at] !== '"' && isPlainSafe(scalar) ? scalar : JSON.stringify(scalar));
  const pair = `${write(key)}: ${write(value)}`;
  const indent = before.replace(/[^\t]/g, ' ');
  const ownLine = lineEnding(text, at) + indent;
  if (!flow) return { range: [at, at], text: pair + ownLine };
  const sameLineAsBrace = text.lastIndexOf('\n', at - 1) < map.span.start;
  return { range: [at, at], text: `${pair},${sameLineAsBrace ? ' ' : ownLine}` };
}
