import { isAscii } from 'node:buffer';
import type { Finding } from '../diagnostic.js';
import { loadJsonFast } from './json-fast.js';
import { loadJson } from './json.js';
import { defaultLimits, maxDepthCeiling, type Limits } from './limits.js';
import { LineIndex } from './source.js';
import type { LoadedDocument } from './types.js';
import { loadYamlFast } from './yaml-fast.js';
import { loadYaml } from './yaml.js';

export { defaultLimits, maxDepthCeiling, resolveLimits, type Limits } from './limits.js';
export { insideScalar, LineIndex, locate, nodeAt, tagAt, valueStart, type SourceNode } from './source.js';
export type { LoadedDocument } from './types.js';

export interface LoadedFile {
  /** The text as parsed: the original without its byte-order mark. */
  text: string;
  lines: LineIndex;
  documents: LoadedDocument[];
  /** Problems of the file as a whole (its size, invalid UTF-8), found before any document is read. */
  findings: Finding[];
}

export function isJsonPath(filePath: string): boolean {
  return /\.json$/i.test(filePath);
}

function fileProblem(original: string, ruleId: string, message: string, at: number): LoadedFile {
  const bom = original.charCodeAt(0) === 0xfeff;
  const text = bom ? original.slice(1) : original;
  const start = Math.max(0, at - (bom ? 1 : 0));
  return {
    text,
    lines: new LineIndex(text),
    documents: [],
    findings: [{ ruleId, message, span: { start, end: start + 1 }, path: [] }],
  };
}

// the size is not stated: input is read no further than one byte past the limit
const tooLarge = (limits: Limits) =>
  `file is larger than the limit of ${limits.maxFileBytes} bytes (limits.maxFileBytes); split it into several files`;

/**
 * `fast` (the default) reads with the fast readers and falls back to the reference readers for
 * whatever they leave; `reference` reads with the reference readers only, for differential tests.
 */
export type Reader = 'fast' | 'reference';

function readDocuments(text: string, filePath: string, limits: Limits, lines: LineIndex, reader: Reader): LoadedDocument[] {
  if (isJsonPath(filePath)) return (reader === 'fast' ? loadJsonFast(text, limits) : undefined) ?? loadJson(text, limits, lines);
  return (reader === 'fast' ? loadYamlFast(text, limits, lines) : undefined) ?? loadYaml(text, limits, lines);
}

/**
 * Where the first bad byte sequence starts, or -1: the first byte at which the input and its
 * round trip differ, moved back to the start of the character the round trip holds there (the
 * start of a bad sequence can be the start of a real character's bytes).
 */
function firstBadByte(bytes: Buffer, roundTrip: Buffer): number {
  let at = 0;
  const length = Math.min(bytes.length, roundTrip.length);
  while (at < length && bytes[at] === roundTrip[at]) at++;
  if (at === bytes.length && at === roundTrip.length) return -1;
  while (at > 0 && (roundTrip[at] & 0xc0) === 0x80) at--;
  return at;
}

/**
 * Loads a file's bytes: checks the size before decoding, and that the bytes are UTF-8.
 * @internal
 */
export function loadBytes(bytes: Buffer, filePath: string, limits: Limits = defaultLimits, reader: Reader = 'fast'): LoadedFile {
  if (bytes.length > limits.maxFileBytes) return fileProblem('', 'resource-limit', tooLarge(limits), 0);
  // ASCII, which most files are, reads the same as Latin-1, whose decoder only copies, and holds no bad byte
  if (isAscii(bytes)) return loadSized(bytes.toString('latin1'), filePath, limits, reader);
  const text = bytes.toString('utf8');
  // the decoder replaces bad bytes with U+FFFD silently; a round trip tells them from a real U+FFFD
  if (text.includes('\uFFFD')) {
    const bad = firstBadByte(bytes, Buffer.from(text, 'utf8'));
    if (bad !== -1) {
      // the bytes before the bad one are whole characters, and decode to the text before it
      const at = bytes.subarray(0, bad).toString('utf8').length;
      return fileProblem(text, 'syntax', 'the file is not valid UTF-8; save it as UTF-8', at);
    }
  }
  return loadSized(text, filePath, limits, reader);
}

/** Loads a text: checks its size in UTF-8 bytes, as a file's is checked. */
export function loadText(original: string, filePath: string, limits: Limits = defaultLimits, reader: Reader = 'fast'): LoadedFile {
  if (Buffer.byteLength(original) > limits.maxFileBytes) return fileProblem('', 'resource-limit', tooLarge(limits), 0);
  return loadSized(original, filePath, limits, reader);
}

/** Loads a text whose size has been checked. */
function loadSized(original: string, filePath: string, limits: Limits, reader: Reader): LoadedFile {
  const bom = original.charCodeAt(0) === 0xfeff;
  const text = bom ? original.slice(1) : original;
  const lines = new LineIndex(text);
  // the config schema rejects a deeper setting; whatever reaches here unchecked is capped, so that no setting overflows the stack
  const bounded = limits.maxDepth > maxDepthCeiling ? { ...limits, maxDepth: maxDepthCeiling } : limits;
  const documents = readDocuments(text, filePath, bounded, lines, reader);
  return { text, lines, documents, findings: [] };
}
