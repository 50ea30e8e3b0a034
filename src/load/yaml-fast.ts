/// <reference lib="es2024.string" />
import type { Finding, Span } from '../diagnostic.js';
import { Code, isBlockScalarIndicator } from './char-codes.js';
import { duplicateKeyFinding, undefinedAliasFinding } from './findings.js';
import { KeyCache } from './key-cache.js';
import { aliasLimitMessage, type Limits } from './limits.js';
import { AliasScalarNode, MapNode, PairSlot, ScalarNode, SeqNode } from './nodes.js';
import { setOwn } from './object.js';
import type { LineIndex, SourceNode } from './source.js';
import type { LoadedDocument } from './types.js';

/*
 * A fast reader for the block YAML that phone-number files are written in: block mappings and
 * sequences of single-line plain, single- and double-quoted scalars, with comments, blank lines,
 * CRLF, tabs between the parts of a line and in one-line scalars (`number: "+1…"<tab>`,
 * `key:<tab>value`), characters past the BMP (emoji, in pairs of surrogates), `---` between
 * documents, `...` after one and `%YAML 1.2` before its `---` (or `%YAML 1.1`, see readDirective).
 * yaml's Composer reads about 2 MB/s and its CST parser slows down badly on one large document, so
 * a 30 MB file needs a reader of its own. Comment lines may be at any indentation, after a
 * collection's last key or item too, where hand-kept files comment out a key or an entry; yaml's
 * ranges then end past some of them, by rules of its parser that endValue and close follow. A
 * sequence's item may be a block collection on the lines after its dash, alone on its line but for
 * a comment, as js-yaml's `indent: 4` writes every entry. A value or item may be empty, which YAML
 * reads as null: nothing but blanks and a comment after a key's colon (`name:` left blank while
 * editing, `serverUrlSecret: # TODO` as a placeholder), or after a dash, with nothing deeper on the
 * lines after either; and with an anchor or a tag, as hands leave a value to fill in (`name: &n`,
 * `serverUrlSecret: !!null`, `- &base`), where `!!str` makes it the empty string.
 *
 * It also takes a mapping's value or a sequence's item written as a flow mapping or sequence of
 * such scalars and of flow collections, empty ones too, on one line (`fallbackDestination: {type:
 * number, number: "+14155550100"}`, `- {provider: byo-phone-number, …}` as PyYAML writes an entry),
 * or over several lines, as PyYAML wraps one past 80 columns and JSON writers indent one, with
 * spaces or tabs: between any two of its tokens, with comments and empty lines among them and a
 * comma before its closing bracket, as hands write one, or in a plain or quoted scalar; and a
 * document that is such a flow collection, as JSON saved as YAML and PyYAML's flow styles write a
 * whole file (`{"phoneNumbers": [{…}]}`, `--- [a]`), its lines at any indentation; and as YAML
 * writers wrap long strings: a plain or quoted scalar over several lines as a value, or a block
 * scalar (`|`, `>-`, `|+`, `|2-`) as a value or an item (`- |`, as a list of long texts is
 * written), a comment after its header too (`message: |  # shown to the caller`). As files write
 * one shared value once, it takes anchors too: on such a scalar as a block mapping's value or
 * sequence's item (`credentialId: &trunk 2f4e…`), on such a flow collection as a value or item
 * (`fallbackDestination: &fd {type: number, …}`), and alone at the end of a key's line or after a
 * sequence's dash, on the block mapping or sequence on the lines after it (`fallbackDestination:
 * &frontdesk`, `- &base`), and on a scalar or flow collection as a flow collection's value or item
 * (`{type: number, number: &fb "+14155550100"}`, `[&a x, *a]`, `{a: &m {x: 1}, b: *m}`); and an
 * alias of any of them as a whole value or item, in a flow collection too (`fallbackDestination:
 * *frontdesk`, `{provider: byo-phone-number, credentialId: *trunk}`, as PyYAML's
 * default_flow_style=None writes a value shared by entries), spending the alias budget as the
 * reference reader does before it copies anything. As files write a tag instead of quotes to keep
 * YAML from reading a number (`number: !!str +14155550100`), it takes the core schema's scalar tags
 * (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, or verbatim, `!<tag:yaml.org,2002:str>`) on any
 * scalar it takes as a block mapping's value or sequence's item or as a flow collection's value or
 * item (`{type: number, number: !!str +14155550100}`), before or after its anchor, where yaml
 * resolves the scalar with the tag. A block mapping's key may have an anchor (`&k name: x`, whose
 * alias then reads as the key) or `!!str` (`!!str 123: x`, as a hand keeps a key from reading as a
 * number). It gives up (returns undefined) on anything else — other flow collections, other block
 * scalars (`- - |`, `|#c`), tags on keys that do not read them as strings, properties on explicit
 * and empty keys and on keys in flow collections, aliases as keys, in flow collections too, tags on
 * flow collections in flow collections, an alias to a collection inside it or as a merge key's
 * value, tags on collections and aliases, other tags, a value its tag does not resolve (`!!int
 * abc`, `!!float 5`), other directives, under `%YAML 1.1` what it reads otherwise than 1.2 does,
 * `...` with no document before it, tabs as indentation, before a comment alone on its line, after
 * a sequence's dash or in a scalar over several lines, lone surrogates, invalid escapes, empty
 * keys, tags that do not resolve an empty value (`!!int`), lines between the root mapping's empty
 * last value and `---`, a scalar on the lines after a dash alone, odd indentation, a plain scalar's
 * line after a comment line among its lines (which yaml reports, as the comment ends the scalar) —
 * and on anything that would be a finding other than a duplicate key, an alias to no anchor or the
 * alias budget spent. The caller then reads the text with the reference reader, whose output this
 * one must equal exactly (test/differential.test.ts).
 */

/** The one exception thrown to give up; made once, as giving up needs no stack. */
class OutsideSubset extends Error {}
const outside = new OutsideSubset("outside the fast YAML reader's subset");

/**
 * Characters the subset leaves to the reference reader: controls, lone CRs, BOMs, specials.
 * Surrogates pass here, as an emoji is a pair of them; a lone one, which only a string not decoded
 * from UTF-8 can hold and which the reference reader reports, fails isWellFormed, which is native
 * and far faster than a pattern that looks around each surrogate.
 */
const outsideCharacters = /[^\t\n\r\u0020-\u007e\u00a0-\u2027\u202a-\ufefe\uff00-\ufffd]|\r(?!\n)/;

/** What each one-character escape of a double-quoted scalar stands for, as YAML 1.2 defines them. */
const escapes = new Map(
  Object.entries({
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
  }),
);

/** The hex digits after `\x`, `\u` and `\U`. */
const codeLengths = new Map([
  ['x', 2],
  ['u', 4],
  ['U', 8],
]);

/**
 * The text between a double-quoted scalar's quotes with its escapes decoded. PyYAML writes every
 * character past ASCII as one (`"Z\xFCrich"`), so a file a Python script wrote has them throughout.
 * An escape the reference reader would report is left to it.
 */
function unescaped(inner: string): string {
  let value = '';
  let from = 0;
  for (let at = inner.indexOf('\\'); at !== -1; at = inner.indexOf('\\', from)) {
    value += inner.slice(from, at);
    const kind = inner[at + 1];
    const length = codeLengths.get(kind);
    if (length === undefined) {
      const char = escapes.get(kind);
      if (char === undefined) throw outside;
      value += char;
      from = at + 2;
      continue;
    }
    const digits = inner.slice(at + 2, at + 2 + length);
    const code = /^[0-9a-fA-F]+$/.test(digits) && digits.length === length ? parseInt(digits, 16) : Infinity;
    if (code > 0x10ffff) throw outside;
    value += String.fromCodePoint(code);
    from = at + 2 + length;
  }
  return value + inner.slice(from);
}

/**
 * A quoted scalar's text between its quotes as the value it stands for: in single quotes `''` is
 * one quote, in double quotes escapes are decoded.
 */
function quotedText(written: string, quote: number): string {
  if (quote === Code.Apostrophe) return written.includes("''") ? written.replaceAll("''", "'") : written;
  return written.includes('\\') ? unescaped(written) : written;
}

/** Characters that cannot begin a plain scalar, or that begin one the subset does not take. */
const indicators = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((char) => char.charCodeAt(0)));

/** Characters that end a plain scalar in a flow collection, or that the subset does not take in one. */
const flowStops = new Set([...',[]{}'].map((char) => char.charCodeAt(0)));

/**
 * Whether a character is white space between the parts of a line: YAML takes a tab there as it
 * takes a space, and trims both from a plain scalar's ends. A tab is never indentation.
 */
function isBlank(code: number): boolean {
  return code === Code.Space || code === Code.Tab;
}

/** Whether a character opens a quoted scalar. */
function isQuote(code: number): boolean {
  return code === Code.Quote || code === Code.Apostrophe;
}

/** Whether a character can follow a dash or colon inside a plain scalar in a flow collection. */
function isFlowPlainSafe(code: number, onLine: boolean): boolean {
  return onLine && !isBlank(code) && !flowStops.has(code);
}

/** First characters of the plain scalars that YAML 1.2's core schema reads as null, booleans or numbers. */
const typedStarts = new Set([...'~nNtTfF0123456789+-.'].map((char) => char.charCodeAt(0)));

/**
 * A superset of the plain scalars that yaml's YAML 1.1 schema reads as other than strings: its
 * booleans (`yes`, `off`, `y`), the merge key, numbers with `_`, `:` (sexagesimal `1:30`), octal
 * `0755`, `0b`, `0x`, exponents with no digits before them (`e5`), and timestamps.
 */
const yaml11Typed =
  /^(?:[YyNn]|[Yy]es|YES|[Nn]o|NO|[Oo]n|ON|[Oo]ff|OFF|<<|[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?0[bx][0-9a-fA-F_]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt \t].*)?)$/;

/** Plain scalars that YAML 1.1 and the core schema read alike although they are not strings: null, true, false, plain decimals. */
const yaml11Alike = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0|[-+]?[1-9][0-9]*(?:\.[0-9]+)?)?$/;

/**
 * Whether yaml reads a plain scalar, which the core schema resolves to `resolved`, under `%YAML 1.1`
 * as under the core schema: such a document is taken when all its plain scalars are, as PyYAML's
 * version=(1, 1) output quotes what 1.1 would read as another type.
 */
function readAlikeUnderYaml11(source: string, resolved: unknown): boolean {
  return yaml11Alike.test(source) || (!yaml11Typed.test(source) && typeof resolved === 'string');
}

/** What a tag's resolver gives for a text that is not one of the tag's forms. */
const unmatched = Symbol('unmatched');

type Resolved = string | number | boolean | null;

/**
 * How each of the YAML 1.2 core schema's null, bool, int and float tags resolves a scalar's text,
 * with yaml's test and resolver for each: its value, or unmatched when the text is not of its forms.
 */
const coreResolvers: Record<'null' | 'bool' | 'int' | 'float', (source: string) => Resolved | typeof unmatched> = {
  null: (source) => (/^(?:~|[Nn]ull|NULL)?$/.test(source) ? null : unmatched),
  bool: (source) => (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source) ? source[0] === 't' || source[0] === 'T' : unmatched),
  int: (source) => {
    if (/^0o[0-7]+$/.test(source)) return parseInt(source.slice(2), 8);
    if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
    if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.slice(2), 16);
    return unmatched;
  },
  float: (source) => {
    if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
      if (source.slice(-3).toLowerCase() === 'nan') return NaN;
      return source.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    }
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(source) && /[.eE]/.test(source)) return parseFloat(source);
    return unmatched;
  },
};

/** The core schema's resolvers in the order yaml tries them on a plain scalar. */
const plainResolvers = [coreResolvers.null, coreResolvers.bool, coreResolvers.int, coreResolvers.float];

/** A plain scalar's value under the YAML 1.2 core schema, as yaml resolves it: the first tag of whose forms it is, else a string. */
function resolvePlain(source: string): Resolved {
  if (!typedStarts.has(source.charCodeAt(0))) return source;
  for (const resolve of plainResolvers) {
    const value = resolve(source);
    if (value !== unmatched) return value;
  }
  return source;
}

/** What a tag makes of the text of the scalar it is on. */
type ScalarTag = (source: string) => Resolved | typeof unmatched;

/**
 * The core schema's scalar tags the subset takes, as written (`!!int`, or verbatim
 * `!<tag:yaml.org,2002:int>`), with what each makes of a scalar's text, plain or quoted: `!!str`
 * the text itself, the others their resolver's value. yaml leaves a text that a tag does not
 * resolve (`!!int abc`, `!!float 5`) a string with a warning, which the reference reader reports,
 * so such a scalar is left to it.
 */
const scalarTags = new Map<string, ScalarTag>(
  Object.entries<ScalarTag>({ str: (source) => source, ...coreResolvers }).flatMap(([name, resolve]) => [
    [`!!${name}`, resolve],
    [`!<tag:yaml.org,2002:${name}>`, resolve],
  ]),
);

/** The tag that reads the same under YAML 1.1, where yaml resolves the others by its own forms (`!!int 0755` as octal). */
const strTag = scalarTags.get('!!str');

/**
 * Characters of the anchor and alias names the subset takes. YAML allows any but white space and
 * flow indicators (`&a:b`, `*x#c`); names with others are left to the reference reader.
 */
function isNameChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === Code.Dash ||
    code === Code.Dot
  );
}

/** What an anchored node gives every alias of it. */
interface Anchored {
  /** The value, which an alias of a collection copies, as the reference reader reads it afresh for each alias. */
  value: unknown;
  /** Whether a scalar is written plain. */
  plain: boolean;
  /** A collection's node, whose pairs or items an alias's copy shares; undefined for a scalar. */
  node: MapNode | SeqNode | undefined;
  /** The nodes the reference reader reads to copy it for an alias, each of which spends the alias budget. */
  size: number;
  /** The levels of collections it nests: an alias's copy goes that much deeper than the alias. */
  height: number;
  /** False while its node is being read: an alias to a collection from inside it would copy it without end. */
  complete: boolean;
}

/** The anchor's entry for a scalar, which an alias copies as one node. */
function scalarAnchored(value: unknown, plain: boolean): Anchored {
  return { value, plain, node: undefined, size: 1, height: 0, complete: true };
}

/** The entry of an anchor on a node being read, which an alias to it is left on. */
const pending: Anchored = { value: undefined, plain: false, node: undefined, size: 0, height: 0, complete: false };

/**
 * How the reference reader copies a collection for an alias: how many nodes it reads (an alias in
 * it twice, itself and then what it refers to) and how many levels deep they go.
 */
function measure(node: SourceNode): { size: number; height: number } {
  let size = node.alias ? 2 : 1;
  if (node.kind === 'scalar') return { size, height: 0 };
  let deepest = 0;
  for (const child of node.kind === 'map' ? node.pairs.map((pair) => pair.value) : node.items) {
    const inner = measure(child);
    size += inner.size;
    deepest = Math.max(deepest, inner.height);
  }
  return { size, height: deepest + 1 };
}

/** The path, under `node`, of the node at which the reference reader's copy of it has read `count` nodes, in the order measure counts them. */
function pathAtCount(node: SourceNode, count: number): (string | number)[] {
  const path: (string | number)[] = [];
  let read = 0;
  const visit = (at: SourceNode): boolean => {
    read += at.alias ? 2 : 1;
    if (read >= count) return true;
    if (at.kind === 'map') {
      for (const pair of at.pairs) {
        path.push(pair.key);
        if (visit(pair.value)) return true;
        path.pop();
      }
    } else if (at.kind === 'seq') {
      for (const [index, item] of at.items.entries()) {
        path.push(index);
        if (visit(item)) return true;
        path.pop();
      }
    }
    return false;
  };
  visit(node);
  return path;
}

/** A copy of a value the reader made, as the reference reader makes one for each alias of it. */
function copied(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copied);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  // in the original's order: a repeated key keeps its first place, as when the pairs are read again
  for (const key of Object.keys(value)) setOwn(copy, key, copied((value as Record<string, unknown>)[key]));
  return copy;
}

const enum Line {
  Content,
  /** `---` */
  DocumentStart,
  /** `...` */
  DocumentEnd,
  /** A line that starts with `%` */
  Directive,
  End,
}

/** Implicit keys longer than this are left to the reference reader, which enforces YAML's 1024. */
const longestKey = 1000;

/**
 * The pairs of the mapping being read, on the scratch from `base`, for placing a repeated key's
 * earlier pair: each key's latest pair is indexed at the first repeat, as a scan back for each
 * made many repeats quadratic.
 */
class MappingKeys {
  private latest: Map<string, number> | undefined;

  constructor(
    private readonly scratch: readonly unknown[],
    private readonly base: number,
  ) {}

  /** The key span of the latest pair with this key, which the mapping holds. */
  earlierSpan(key: string): Span {
    if (this.latest === undefined) {
      this.latest = new Map();
      for (let at = this.base; at < this.scratch.length; at += PairSlot.Size)
        this.latest.set(this.scratch[at + PairSlot.Key] as string, at);
    }
    const earlier = this.latest.get(key)!;
    return { start: this.scratch[earlier + PairSlot.KeyStart] as number, end: this.scratch[earlier + PairSlot.KeyEnd] as number };
  }

  /** Records the pair just pushed on the scratch. */
  pushed(key: string): void {
    this.latest?.set(key, this.scratch.length - PairSlot.Size);
  }
}

class BlockReader {
  private findings: Finding[] = [];
  private readonly path: (string | number)[] = [];

  /**
   * The nodes anchored so far in the document being read, by name: the latest of each, which an
   * alias after it stands for. A collection's anchor counts from where the collection starts, before
   * the anchors inside it, as the reference reader finds anchors.
   */
  private readonly anchors = new Map<string, Anchored>();
  /**
   * The finding at which the reference reader stops reading the document (an alias to no anchor,
   * the alias budget spent), and how many findings came before it. The rest is still read, as
   * it must be in the subset, but its findings are dropped, and the document is not checked.
   */
  private stop: Finding | undefined;
  private findingsBeforeStop = 0;
  /** The nodes that aliases may still add, in all the documents of the file, as the reference reader counts them. */
  private aliasBudget: number;
  /** Whether the documents are read as YAML 1.1: yaml keeps a `%YAML 1.1` for every later document until another directive. */
  private yaml11 = false;

  // the current line
  private line = Line.End;
  private lineStart = 0;
  private contentStart = 0;
  private contentEnd = 0;
  private nextLine = 0;
  private indent = 0;
  /**
   * The comment lines between the last content line and this one, in order: how many, and each
   * one's indentation and where the line after it starts. They decide where yaml's ranges for the
   * nodes before them end (endValue, close).
   */
  private comments = 0;
  private readonly commentIndents: number[] = [];
  private readonly commentEnds: number[] = [];
  /**
   * The first of those comment lines that yaml holds apart from the last node read, in what its
   * parser makes an item of the innermost collection with no key or value: the lines after the
   * node up to the current line's content, its indentation included. The collections around the
   * node, closed innermost first, each keep that item or hand it to their parent (close).
   */
  private trailingComment = 0;

  // what the last read node produced: its value, its node (undefined for a scalar) and its range
  private value: unknown;
  private node: SourceNode | undefined;
  private start = 0;
  private end = 0;
  private plain = false;
  /** Where yaml's range for the node ends: after the line break and comment that follow it. */
  private nodeEnd = 0;

  /** Pairs and items of the collections being read, each collection's on top of its parent's. */
  private readonly scratch: unknown[] = [];
  private readonly keys = new KeyCache();

  constructor(
    private readonly text: string,
    private readonly limits: Limits,
    private readonly lines: LineIndex,
  ) {
    this.aliasBudget = limits.maxAliasNodes;
  }

  read(): LoadedDocument[] {
    const documents: LoadedDocument[] = [];
    this.advance();
    for (;;) {
      // only at the start or after `...`: what ends a document with content leaves a directive anywhere else
      if (this.line === Line.Directive) this.readDirective();
      let explicitStart = false;
      if (this.line === Line.DocumentStart) {
        explicitStart = true;
        const rest = this.skipBlanks(this.lineStart + 3);
        // PyYAML writes a document's flow collection on its `---` line (`--- [1, 2]`), where it is read
        // as on a line of its own, and yaml takes a tab before it too
        if (this.startsFlow(rest)) {
          this.contentStart = rest;
          this.line = Line.Content;
        } else {
          this.readMarker();
          this.advance();
        }
      }
      if (this.line !== Line.Content) {
        // `...` with no document before it, which yaml reads as an empty one, and a directive after `---`
        if (this.line === Line.DocumentEnd || this.line === Line.Directive) throw outside;
        if (!explicitStart) return documents;
        // `---` with nothing or only comments after it: an empty document, with nothing to check but its index
        if (documents.length >= this.limits.maxDocuments) throw outside;
        documents.push({ index: documents.length, value: undefined, source: undefined, findings: [], checkable: false });
        if (this.line === Line.End) return documents;
        continue;
      }
      if (documents.length >= this.limits.maxDocuments) throw outside;
      this.findings = [];
      this.anchors.clear();
      this.stop = undefined;
      if (this.startsFlow(this.contentStart)) this.readDocumentFlow();
      else this.readCollection(this.indent, 0);
      if (this.line === Line.Content || this.line === Line.Directive) throw outside;
      if (this.stop === undefined) {
        documents.push({ index: documents.length, value: this.value, source: this.node, findings: this.findings, checkable: true });
      } else {
        const findings = [...this.findings.slice(0, this.findingsBeforeStop), this.stop];
        documents.push({ index: documents.length, value: undefined, source: undefined, findings, checkable: false });
      }
      if (this.line === Line.DocumentEnd) {
        this.readMarker();
        this.advance();
        // a second `...` would end an empty document
        if (this.line === Line.DocumentEnd) throw outside;
      }
      if (this.line === Line.End) return documents;
    }
  }

  /**
   * A flow collection as a document, as JSON saved as YAML and PyYAML's flow styles write a whole
   * file. Anything after it but comments and document markers is left (`{a: 1}: x` would make it a
   * block mapping's key).
   */
  private readDocumentFlow(): void {
    this.readFlowLines(this.contentStart, 0, -1);
    this.advance();
  }

  /** A `---` or `...` line, which only a comment may follow. */
  private readMarker(): void {
    if (!this.endsLineAt(this.lineStart + 3, this.contentEnd)) throw outside;
  }

  /**
   * A `%YAML 1.2` line, as PyYAML writes with version=(1, 2), which says what yaml assumes anyway,
   * or `%YAML 1.1`, as it writes with version=(1, 1), under which yaml reads `yes` as true and
   * `0755` as octal, in every later document too: such documents are taken while every plain
   * scalar in them reads as under 1.2 and their only tag is `!!str`. A `---` must follow. Other
   * versions, a second directive, `%TAG` and the rest are left to the reference reader.
   */
  private readDirective(): void {
    const text = this.text;
    const name = this.lineStart + '%YAML'.length;
    const version = this.skipBlanks(name);
    if (!text.startsWith('%YAML', this.lineStart) || version === name) throw outside;
    const yaml11 = text.startsWith('1.1', version);
    if (!yaml11 && !text.startsWith('1.2', version)) throw outside;
    if (!this.endsLineAt(version + 3, this.contentEnd)) throw outside;
    this.yaml11 = yaml11;
    this.advance();
    if (this.line !== Line.DocumentStart) throw outside;
  }

  /** Moves to the next line with content or a document marker, noting the comment lines passed. */
  private advance(): void {
    const text = this.text;
    let at = this.nextLine;
    this.comments = 0;
    while (at < text.length) {
      this.measureLine(at);
      const { measuredEnd: end, measuredNext: next } = this;
      const content = this.skipSpaces(at, end);
      const code = text.charCodeAt(content);
      // a tab in indentation, which YAML forbids, or before a comment alone on its line, whose indentation yaml measures its own way
      if (code === Code.Tab) throw outside;
      if (content === end || code === Code.Hash) {
        if (content !== end) {
          this.commentIndents[this.comments] = content - at;
          this.commentEnds[this.comments++] = next;
        }
        at = next;
        continue;
      }
      this.lineStart = at;
      this.contentStart = content;
      this.contentEnd = end;
      this.nextLine = next;
      this.indent = content - at;
      this.line = Line.Content;
      if (content === at && (code === Code.Dash || code === Code.Dot || code === Code.Percent)) {
        const marker = this.isDocumentMarker(at, end);
        if (marker && code === Code.Dash) this.line = Line.DocumentStart;
        else if (marker && code === Code.Dot) this.line = Line.DocumentEnd;
        else if (code === Code.Percent) this.line = Line.Directive;
        else if (code !== Code.Dash) throw outside;
      }
      return;
    }
    this.line = Line.End;
    this.lineStart = this.contentStart = this.contentEnd = this.nextLine = text.length;
  }

  /** Whether the line text[at, end) starts with a `---` or `...` that a blank or its end follows, which at column 0 marks a document. */
  private isDocumentMarker(at: number, end: number): boolean {
    const text = this.text;
    return (end === at + 3 || isBlank(text.charCodeAt(at + 3))) && (text.startsWith('---', at) || text.startsWith('...', at));
  }

  /**
   * Whether the line measured last starts with a document marker at column 0, which ends a
   * document, in a quoted scalar of its flow collection too (a block collection's lines are deeper
   * anyway).
   */
  private measuredMarker(): boolean {
    return this.measuredContent === this.measuredStart && this.isDocumentMarker(this.measuredStart, this.measuredEnd);
  }

  /** Where a line's indentation, which only spaces make, ends. */
  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === Code.Space) at++;
    return at;
  }

  private skipBlanks(at: number, end = this.contentEnd): number {
    while (at < end && isBlank(this.text.charCodeAt(at))) at++;
    return at;
  }

  /** Where text[from, end) ends without the blanks at its end. */
  private trimBlanks(from: number, end: number): number {
    while (end > from && isBlank(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  /** The first tab at or after tabsFrom (text.length if none), found by the last search. */
  private nextTab = 0;
  private tabsFrom = Number.POSITIVE_INFINITY;

  /**
   * Whether text[from, to) holds a tab: the scalars over several lines leave tabs to the reference
   * reader (YAML trims them around line breaks as it does spaces, and a folded scalar's line that
   * starts with one is not folded). The reader asks about ever later offsets, so a text is searched
   * once per tab it holds, and once in all when it has none, as most have none.
   */
  private hasTab(from: number, to: number): boolean {
    if (from < this.tabsFrom || this.nextTab < from) {
      const tab = this.text.indexOf('\t', from);
      this.nextTab = tab === -1 ? this.text.length : tab;
      this.tabsFrom = from;
    }
    return this.nextTab < to;
  }

  /** A dash and a space; a tab after the dash, which yaml takes, is left with what it does to a compact mapping's indentation. */
  private isSequenceItem(at: number): boolean {
    return this.text.charCodeAt(at) === Code.Dash && (at + 1 === this.contentEnd || this.text.charCodeAt(at + 1) === Code.Space);
  }

  /** A collection whose first line is the current one, starting at its content. */
  private readCollection(column: number, depth: number): void {
    if (this.isSequenceItem(this.contentStart)) this.readSequence(column, depth, false);
    else this.readMapping(column, this.contentStart, depth);
  }

  /**
   * Ends the value just read, a node on its own lines of a collection at `column` (not a
   * collection itself), after advance passed the comment lines after it. yaml's parser adds the
   * comment lines deeper than the collection that follow the value, and the empty lines among them,
   * to the tokens after the value, and so to its range, up to the first comment line that is not
   * deeper; a block scalar, whose token has no such list, takes none. The rest are trailing.
   */
  private endValue(column: number, takesComments: boolean): void {
    let taken = 0;
    if (takesComments) while (taken < this.comments && this.commentIndents[taken] > column) taken++;
    if (taken > 0) this.nodeEnd = this.commentEnds[taken - 1];
    this.trailingComment = taken;
  }

  /**
   * Ends the collection just read at `column`, whose last value's range ends at `end`: its span
   * ends there (yaml's range[1]), and its range (range[2]) does too unless it keeps the trailing
   * comment lines. yaml's parser, closing a collection, hands its item of trailing lines to its
   * parent (or the document) when the collection is at column 0 or each of their comments is less
   * deep than it; else the collection keeps them, and its range runs to the content of the line
   * after them, past its indentation. The parent's span, when the collection is its last value,
   * ends where the collection's range does.
   */
  private close(column: number, end: number): void {
    this.end = this.nodeEnd = end;
    if (column === 0) return;
    for (let at = this.trailingComment; at < this.comments; at++) {
      if (this.commentIndents[at] >= column) {
        this.nodeEnd = this.contentStart;
        this.trailingComment = this.comments;
        return;
      }
    }
  }

  /**
   * A block mapping at `column` whose first pair starts at `firstPair`: each pair's key after its
   * properties, an anchor or `!!str`, as a hand names a key to alias it (`&k name: x`) or keeps YAML
   * from reading it as a number (`!!str 123: x`). `depth` counts the collections around this one;
   * the reference reader reports one too deep.
   */
  private readMapping(column: number, firstPair: number, depth: number): void {
    if (depth >= this.limits.maxDepth) throw outside;
    const scratch = this.scratch;
    const base = scratch.length;
    const value: Record<string, unknown> = {};
    const keys = new MappingKeys(scratch, base);
    let pairAt = firstPair;
    let end = firstPair;
    for (;;) {
      const keyAnchor = this.propertiesAt(pairAt);
      const keyTag = this.tag;
      const keyAt = this.propertiesEnd;
      const colon = this.keyColon(keyAt);
      // yaml counts its 1024 characters to the colon from the key's properties
      if (colon === -1 || colon - pairAt > longestKey) throw outside;
      const key = this.keyText(keyAt, keyTag);
      const keyEnd = this.keyEnd;
      // before the value, in which an alias may refer to it, as yaml finds anchors in a walk of keys before values
      if (keyAnchor !== undefined) this.anchors.set(keyAnchor, scalarAnchored(key, !isQuote(this.text.charCodeAt(keyAt))));
      this.checkRepeated(value, keys, key, keyAt, keyEnd);
      this.path.push(key);
      const anchor = this.propertiesAt(this.skipBlanks(colon + 1));
      const at = this.propertiesEnd;
      if (this.onlyCommentAt(at)) {
        const commented = at !== this.contentEnd;
        const keyLineEnd = this.nextLine;
        this.advance();
        const indentless = this.line === Line.Content && this.indent === column && this.isSequenceItem(this.contentStart);
        if (indentless || this.isDeeperThan(column)) {
          this.readLedCollection(column, depth + 1, anchor, indentless);
        } else {
          // yaml's parser, meeting `---` at the root mapping's column, moves the lines after an empty last value's
          // first one out of its tokens, and so out of the mapping's range, but for comments deeper than the mapping
          if (column === 0 && this.line === Line.DocumentStart && this.lineStart !== keyLineEnd) throw outside;
          this.readEmpty(at, anchor, commented);
        }
      } else this.readNodeOnLine(at, depth + 1, column, anchor, column);
      this.path.pop();
      setOwn(value, key, this.value);
      scratch.push(key, keyAt, keyEnd, this.start, this.end, this.node ?? this.plain);
      keys.pushed(key);
      end = this.nodeEnd;
      if (this.line !== Line.Content || this.indent < column) break;
      if (this.indent > column || this.isSequenceItem(this.contentStart)) throw outside;
      pairAt = this.contentStart;
    }
    // yaml's range starts at the first key, past its properties
    const start = scratch[base + PairSlot.KeyStart] as number;
    this.value = value;
    this.node = new MapNode(start, end, scratch.slice(base));
    scratch.length = base;
    this.start = start;
    this.close(column, end);
  }

  private readSequence(column: number, depth: number, indentless: boolean): void {
    if (depth >= this.limits.maxDepth) throw outside;
    const scratch = this.scratch;
    const base = scratch.length;
    const value: unknown[] = [];
    const start = this.contentStart;
    let end = start;
    for (;;) {
      const at = this.skipBlanks(this.contentStart + 1);
      if (this.isSequenceItem(at)) throw outside;
      this.path.push(value.length);
      const anchor = this.propertiesAt(at);
      const itemAt = this.propertiesEnd;
      if (this.onlyCommentAt(itemAt)) {
        // a dash alone but for properties or a comment (js-yaml's `indent: 4` writes every entry so): the item is
        // the collection on the lines after it, deeper than the dash, else empty
        if (this.hasTab(this.contentStart, this.contentEnd)) throw outside;
        // yaml's parser puts the comment lines that the item before this one handed to the sequence in this one's tokens
        const commented = itemAt !== this.contentEnd || (value.length > 0 && this.trailingComment < this.comments);
        this.advance();
        if (this.isDeeperThan(column)) this.readLedCollection(column, depth + 1, anchor, false);
        else this.readEmpty(itemAt, anchor, commented);
      } else if (!this.cannotStartKey(itemAt) && this.keyColon(itemAt) !== -1) {
        // properties before a compact mapping's first key are the key's, which readMapping reads again; a tab
        // before them would count in its indentation
        if (this.hasTab(this.contentStart, at)) throw outside;
        this.readMapping(at - this.lineStart, at, depth + 1);
      } else this.readNodeOnLine(itemAt, depth + 1, column, anchor, undefined);
      this.path.pop();
      value.push(this.value);
      scratch.push(this.node ?? new ScalarNode(this.start, this.end, this.plain));
      end = this.nodeEnd;
      if (this.line !== Line.Content || this.indent < column) break;
      if (this.indent > column) throw outside;
      if (!this.isSequenceItem(this.contentStart)) {
        if (indentless) break;
        throw outside;
      }
    }
    this.value = value;
    this.node = new SeqNode(start, end, scratch.slice(base) as SourceNode[]);
    scratch.length = base;
    this.start = start;
    this.close(column, end);
  }

  /**
   * The collection on the lines after a key or dash alone on its line at `column`, deeper than it, or
   * (`indentless`) a sequence at the key's own column; an anchor alone on that line is the collection's.
   * A tag there would be the collection's, which is left.
   */
  private readLedCollection(column: number, depth: number, anchor: string | undefined, indentless: boolean): void {
    if (this.tag !== undefined) throw outside;
    if (indentless) this.readSequence(column, depth, true);
    else this.readCollection(this.indent, depth);
    this.anchorRead(anchor);
  }

  /**
   * A value or item at `depth` of the collection at `column` that starts at `at` on its key's or dash's
   * line, after its properties: a block scalar, whose lines yaml measures from the collection's column
   * for an item as for a value (the dash counts as indentation), or what readInlineValue reads.
   */
  private readNodeOnLine(
    at: number,
    depth: number,
    column: number,
    anchor: string | undefined,
    plainLinesColumn: number | undefined,
  ): void {
    const block = this.startsBlockScalar(at);
    if (block) this.readBlockScalar(at, column);
    else this.readInlineValue(at, depth, column, plainLinesColumn);
    this.endInlineNode(column, anchor, !block);
  }

  /**
   * After a value or item of the collection at `column` that starts on its key's or dash's line: its
   * anchor, and the lines after it, none of which may be deeper than the collection.
   */
  private endInlineNode(column: number, anchor: string | undefined, takesComments: boolean): void {
    this.anchorRead(anchor);
    this.advance();
    if (this.line === Line.Content && this.indent > column) throw outside;
    this.endValue(column, takesComments);
  }

  /** Whether the current line holds content deeper than `column`: the collection that a key or dash alone on its line leads. */
  private isDeeperThan(column: number): boolean {
    return this.line === Line.Content && this.indent > column;
  }

  /**
   * An empty value or item at `at`: past the blanks after its key's colon or its dash, or after its
   * properties (`name: &n`, `serverUrlSecret: !!null`, `- !!str`), where yaml places an empty node
   * (emptyScalarPosition), on the line before the current one, which is `commented` when a comment
   * follows it there or, for an item, comes before its dash. YAML reads it as null, or as its tag
   * makes the empty text: `!!str` the empty string, the other tags but `!!null` nothing (left). yaml's
   * parser puts the lines after it, up to the next content's indentation, in its tokens: when they
   * hold a comment, its range runs to that content, else it ends where it starts.
   */
  private readEmpty(at: number, anchor: string | undefined, commented: boolean): void {
    this.setValue(this.tag === undefined ? null : this.scalarValue('', true), at, at, true);
    this.anchorRead(anchor);
    this.nodeEnd = commented || this.comments > 0 ? this.contentStart : at;
    this.trailingComment = this.comments;
  }

  /** Whether nothing but a comment follows `at`, which a blank or the line's start comes before, on the current line. */
  private onlyCommentAt(at: number): boolean {
    return at === this.contentEnd || this.text.charCodeAt(at) === Code.Hash;
  }

  /** Whether an alias, a flow collection or a block scalar starts at `at`, where a compact mapping's first key cannot. */
  private cannotStartKey(at: number): boolean {
    return this.text.charCodeAt(at) === Code.Asterisk || this.startsFlow(at) || this.startsBlockScalar(at);
  }

  /** Whether a literal or folded block scalar's header starts at `at`. */
  private startsBlockScalar(at: number): boolean {
    return isBlockScalarIndicator(this.text.charCodeAt(at));
  }

  /** Whether a flow collection starts at `at`. */
  private startsFlow(at: number): boolean {
    const first = this.text.charCodeAt(at);
    return first === Code.OpenBrace || first === Code.OpenBracket;
  }

  /**
   * A value or item at `depth` of a collection at `column`, that starts at `at` on the current line
   * after its properties: an alias, a flow collection (a tag on which is left) or a scalar, which may
   * go on over the lines after it deeper than `plainLinesColumn`, the mapping's column for its value
   * and undefined for an item, whose later lines are left.
   */
  private readInlineValue(at: number, depth: number, column: number, plainLinesColumn: number | undefined): void {
    const first = this.text.charCodeAt(at);
    if (first === Code.Asterisk) this.readAlias(at, depth);
    else if (this.startsFlow(at)) {
      if (this.tag !== undefined) throw outside;
      this.readFlowLines(at, depth, column);
    } else this.readScalar(at, plainLinesColumn);
  }

  /**
   * Where the node after the properties read by propertiesAt starts, past the blanks after them: a
   * comment or contentEnd when it starts on a later line or is empty, and is then placed here.
   */
  private propertiesEnd = 0;
  /**
   * The tag read by propertiesAt, which the scalar after it is read with; undefined when there is
   * none. A flow collection's scalars are each read after propertiesAt too, as a tag on the
   * collection itself is left.
   */
  private tag: ScalarTag | undefined;

  /**
   * The properties at `at` of the node after them: an anchor (`&name`), whose name it returns
   * (undefined when there is none) and marks pending until anchorRead completes it, as an alias
   * inside the node would refer to the node itself, and a tag that scalarTags holds, in either
   * order, which it sets `tag` to; sets propertiesEnd. What they belong to follows on the line, or,
   * when nothing but a comment follows, is on the lines after it (the caller takes only an anchored
   * collection there) or empty.
   * Properties before an alias (which YAML forbids), a second anchor or tag, and other tags (`!t`,
   * `!!map`, `!!js/function`), which the reference reader reports, are left to it.
   */
  private propertiesAt(at: number): string | undefined {
    const text = this.text;
    const end = this.contentEnd;
    let anchor: string | undefined;
    let tag: ScalarTag | undefined;
    let valueAt = at;
    for (;;) {
      const first = text.charCodeAt(valueAt);
      let propertyEnd: number;
      if (first === Code.Ampersand && anchor === undefined) {
        propertyEnd = this.nameEnd(valueAt);
        anchor = text.slice(valueAt + 1, propertyEnd);
      } else if (first === Code.Exclamation && tag === undefined) {
        propertyEnd = valueAt + 1;
        while (propertyEnd < end && !isBlank(text.charCodeAt(propertyEnd))) propertyEnd++;
        tag = scalarTags.get(text.slice(valueAt, propertyEnd));
        if (tag === undefined) throw outside;
      } else break;
      valueAt = this.skipBlanks(propertyEnd);
    }
    const first = text.charCodeAt(valueAt);
    if (first === Code.Ampersand || first === Code.Exclamation || (first === Code.Asterisk && valueAt !== at)) throw outside;
    this.propertiesEnd = valueAt;
    this.tag = tag;
    if (anchor !== undefined) this.anchors.set(anchor, pending);
    return anchor;
  }

  /** The anchor's entry for the node just read. */
  private anchored(): Anchored {
    const node = this.node;
    if (node === undefined) return scalarAnchored(this.value, this.plain);
    // an anchor on an alias is left, so this is a collection the reader made
    if (!(node instanceof MapNode || node instanceof SeqNode)) throw outside;
    return { value: this.value, plain: false, node, ...measure(node), complete: true };
  }

  /**
   * Completes the anchor, if any, of the node just read, unless an anchor of the same name inside it
   * came after it, as the reference reader finds the later one.
   */
  private anchorRead(name: string | undefined): void {
    if (name !== undefined && this.anchors.get(name) === pending) this.anchors.set(name, this.anchored());
  }

  /**
   * The end of the name of the anchor or alias whose indicator is at `at`, which a blank or the
   * line's end must follow, or for an alias in a flow collection (`inFlow`) a flow indicator too
   * (`[*a,*b]`), which the collection then reads as its next token. An anchor right before one
   * (`[&a, x]` anchors an empty node) is left.
   */
  private nameEnd(at: number, inFlow = false): number {
    const text = this.text;
    const end = this.contentEnd;
    let nameEnd = at + 1;
    while (nameEnd < end && isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    const next = text.charCodeAt(nameEnd);
    if (nameEnd === at + 1 || (nameEnd < end && !isBlank(next) && !(inFlow && flowStops.has(next)))) throw outside;
    return nameEnd;
  }

  /** An alias as a whole block value or item, at `depth`, which ends its line but for a comment (aliasTo). */
  private readAlias(at: number, depth: number): void {
    const end = this.nameEnd(at);
    if (!this.endsLineAt(end, this.contentEnd)) throw outside;
    this.aliasTo(at, end, depth);
    this.nodeEnd = this.nextLine;
  }

  /**
   * The alias text[at, end) (`*name`) at `depth`: a copy of the node last anchored with its name,
   * spanning the alias, as the reference reader makes it, which first spends the alias budget on
   * it. An alias to no anchor before it, or past the budget, stops the reference reader there, and
   * nothing after it in the document is kept, so no copy is made: past the budget, copies of copies
   * (`b: &b [*a, *a]`, `c: &c [*b, *b]`, ...) would grow without bound. An alias to a collection
   * from inside it, one whose copy would nest too deep, and one as the value of a merge key (`<<`,
   * which a YAML 1.1 reader would merge) are left to it.
   */
  private aliasTo(at: number, end: number, depth: number): void {
    const name = this.text.slice(at + 1, end);
    const anchored = this.anchors.get(name);
    if (anchored !== undefined && !anchored.complete) throw outside;
    if (anchored?.node !== undefined && (depth + anchored.height > this.limits.maxDepth || this.path[this.path.length - 1] === '<<'))
      throw outside;
    if (this.stop === undefined) {
      const span = { start: at, end };
      if (anchored === undefined) this.stopAt(undefinedAliasFinding(name, span, [...this.path]));
      else if (this.aliasBudget < anchored.size) {
        // the reference reader spends the budget a node of the copy at a time, and stops at the node that overspends it
        const path = anchored.node === undefined ? this.path : [...this.path, ...pathAtCount(anchored.node, this.aliasBudget + 1)];
        this.aliasBudget = -1;
        this.stopAt({ ruleId: 'resource-limit', message: aliasLimitMessage(this.limits), span, path: [...path] });
      } else this.aliasBudget -= anchored.size;
    }
    this.start = at;
    this.end = end;
    if (anchored?.node !== undefined && this.stop === undefined) {
      this.value = copied(anchored.value);
      this.node = anchored.node.aliasedAt(at, end);
      this.plain = false;
      return;
    }
    // a scalar's copy; after the stop, a stand-in for anything, whose size and height no later anchor's budget or depth needs
    const plain = anchored?.plain ?? true;
    this.value = anchored?.value ?? null;
    this.node = new AliasScalarNode(at, end, plain);
    this.plain = plain;
  }

  private stopAt(finding: Finding): void {
    this.stop = finding;
    this.findingsBeforeStop = this.findings.length;
  }

  /** Reports the key text[keyAt, keyEnd) when the mapping being read already holds it, at the earlier one. */
  private checkRepeated(value: Record<string, unknown>, keys: MappingKeys, key: string, keyAt: number, keyEnd: number): void {
    if (!Object.prototype.hasOwnProperty.call(value, key)) return;
    this.findings.push(duplicateKeyFinding(key, { start: keyAt, end: keyEnd }, keys.earlierSpan(key), this.path, this.lines));
  }

  /**
   * A flow collection after which its last line ends but for a comment: a value or item at `depth`
   * of a block collection at `column`, whose lines it goes on deeper than, or a document (`column`
   * -1, as yaml's lexer sets a document's lines no indentation).
   */
  private readFlowLines(open: number, depth: number, column: number): void {
    this.readFlowCollection(open, depth, column);
    if (!this.endsLineAt(this.end, this.contentEnd)) throw outside;
    this.nodeEnd = this.nextLine;
  }

  /**
   * A flow mapping or sequence at `depth` of scalars and flow collections, as PyYAML writes an entry
   * of scalars with `default_flow_style=None` (`{type: number, number: "+14155550100"}`, `[a, "b"]`)
   * and a whole file with `True`, and as JSON is written: plain scalars, which in flow end at `,`,
   * `}`, `]` or a comment, and quoted ones. A quoted key, as in JSON, may have its value right after
   * the colon (`{"k":"v"}`, as minified JSON writes it). Its lines after the first, each deeper than
   * `column` (measureFlowLine), may break between any two of its tokens or in a scalar, as PyYAML
   * wraps one past 80 columns and JSON writers indent one, and hold comments and empty lines between
   * tokens and a comma before the closing bracket, as hands write one. Keys without values, a `#` in
   * a plain key, a `#` without a blank before it or `: ` in a plain scalar, a key over several lines,
   * and empty and comment lines among a plain scalar's lines are left to the reference reader.
   */
  private readFlowCollection(open: number, depth: number, column: number): void {
    if (depth >= this.limits.maxDepth) throw outside;
    const text = this.text;
    const isMap = text.charCodeAt(open) === Code.OpenBrace;
    const closer = isMap ? Code.CloseBrace : Code.CloseBracket;
    const scratch = this.scratch;
    const base = scratch.length;
    const mapValue: Record<string, unknown> = {};
    const seqValue: unknown[] = [];
    const keys = new MappingKeys(scratch, base);
    this.flowLevel++;
    let at = this.flowTokenAt(open + 1, column);
    // a comma may come before the closer, as YAML allows; a second one, or one before the first entry, starts none
    while (text.charCodeAt(at) !== closer) {
      if (isMap) {
        const keyAt = at;
        const colon = this.flowKeyColon(keyAt, column);
        const keyEnd = this.keyEnd;
        const key = this.keyText(keyAt);
        this.checkRepeated(mapValue, keys, key, keyAt, keyEnd);
        this.path.push(key);
        this.readFlowNode(this.flowTokenAt(colon + 1, column), depth, closer, column);
        setOwn(mapValue, key, this.value);
        scratch.push(key, keyAt, keyEnd, this.start, this.end, this.node ?? this.plain);
        keys.pushed(key);
      } else {
        this.path.push(seqValue.length);
        this.readFlowNode(at, depth, closer, column);
        seqValue.push(this.value);
        scratch.push(this.node ?? new ScalarNode(this.start, this.end, this.plain));
      }
      this.path.pop();
      const lineAfterEntry = this.nextLine;
      at = this.flowTokenAt(this.end, column);
      // yaml's parser ends a mapping's value with the line break after it, and then reads a comment at the very
      // start of the next line as one that no blank comes before, which it reports
      if (isMap && at >= lineAfterEntry && text.charCodeAt(lineAfterEntry) === Code.Hash) throw outside;
      const code = text.charCodeAt(at);
      if (code === Code.Comma) at = this.flowTokenAt(at + 1, column);
      else if (code !== closer) throw outside;
    }
    this.flowLevel--;
    const close = at + 1;
    this.value = isMap ? mapValue : seqValue;
    this.node = isMap ? new MapNode(open, close, scratch.slice(base)) : new SeqNode(open, close, scratch.slice(base) as SourceNode[]);
    scratch.length = base;
    this.start = open;
    this.end = close;
  }

  /**
   * A value or item at `at` in a flow collection at `depth`: a flow collection, one level deeper, a
   * scalar, which may have a tag that scalarTags holds, as a file that writes `!!str` instead of
   * quotes on block values writes it in flow too, or an alias; an anchor on either of the first two,
   * as PyYAML writes a collection that entries share (`[{fallbackDestination: &id001 {type: number,
   * ...}}, {fallbackDestination: *id001}]`) and hands a shared scalar. A tag on a collection and
   * properties with their node on a later line are left to the reference reader.
   */
  private readFlowNode(at: number, depth: number, closer: number, column: number): void {
    const anchor = this.propertiesAt(at);
    const valueAt = this.propertiesEnd;
    // flowTokenAt never stops at a line's end or a comment, so only properties before them end here
    if (this.onlyCommentAt(valueAt)) throw outside;
    // propertiesAt leaves properties before an alias
    if (this.text.charCodeAt(valueAt) === Code.Asterisk) this.aliasTo(valueAt, this.nameEnd(valueAt, true), depth + 1);
    else if (!this.startsFlow(valueAt)) this.readFlowScalar(valueAt, closer, column);
    else if (this.tag !== undefined) throw outside;
    else this.readFlowCollection(valueAt, depth + 1, column);
    this.anchorRead(anchor);
  }

  /**
   * The colon after the key of a flow mapping's entry that starts at `at`, on the key's line or at
   * the start of a later one; sets keyEnd. White space or the line's end must follow the colon of a
   * plain key, which `a:b` would go on past; a quoted key's value may follow it at once.
   */
  private flowKeyColon(at: number, column: number): number {
    const text = this.text;
    const first = text.charCodeAt(at);
    let colon: number;
    if (first === Code.Quote || first === Code.Apostrophe) {
      this.keyEnd = this.closingQuote(at) + 1;
      colon = this.flowTokenAt(this.keyEnd, column);
    } else {
      if (indicators.has(first)) throw outside;
      const end = this.contentEnd;
      for (colon = at + 1; colon < end; colon++) {
        const code = text.charCodeAt(colon);
        if (code === Code.Colon) break;
        if (flowStops.has(code) || code === Code.Hash) throw outside;
      }
      this.keyEnd = this.trimBlanks(at, colon);
      if (colon === end) colon = this.nextFlowLine(column);
      if (colon + 1 !== this.contentEnd && !isBlank(text.charCodeAt(colon + 1))) throw outside;
    }
    if (text.charCodeAt(colon) !== Code.Colon || colon - at > longestKey) throw outside;
    return colon;
  }

  /**
   * Where the next token of the flow collection being read starts, from `from` on the current line:
   * past blanks, or on the next line that holds one (nextFlowLine) when this one holds no more but a
   * comment, which a blank must come before (`"v"#c` and `,#c` are errors).
   */
  private flowTokenAt(from: number, column: number): number {
    const at = this.skipBlanks(from);
    if (at < this.contentEnd && this.text.charCodeAt(at) !== Code.Hash) return at;
    if (!this.endsLineAt(from, this.contentEnd)) throw outside;
    return this.nextFlowLine(column);
  }

  /** How many flow collections are open around the token being read: yaml's lexer lets only the outermost one close at `column`. */
  private flowLevel = 0;

  /**
   * Measures the next line after the current one that holds a token of the flow collection being
   * read, past empty lines, lines of blanks and comment lines, which yaml's lexer takes at any
   * indentation in flow, and returns where the token starts. Its indentation, which only spaces
   * make, must be deeper than `column` (tabs may follow it, as JSON writers indent with them), but
   * for the outermost collection's closing bracket, which may be at `column`, as hands close
   * `key: {` under the key. A document marker after no spaces, which ends a document's flow
   * collection even after tabs, is left to the reference reader.
   */
  private measureFlowLine(column: number): number {
    const text = this.text;
    for (let at = this.nextLine; at < text.length; at = this.measuredNext) {
      this.measureLine(at);
      const end = this.measuredEnd;
      const indentEnd = this.skipSpaces(at, end);
      const content = this.skipBlanks(indentEnd, end);
      const first = text.charCodeAt(content);
      if (content === end || first === Code.Hash) continue;
      const indent = indentEnd - at;
      const closesAtColumn = indent === column && this.flowLevel === 1 && (first === Code.CloseBrace || first === Code.CloseBracket);
      if ((indent <= column && !closesAtColumn) || (indent === 0 && this.isDocumentMarker(content, end))) throw outside;
      this.measuredStart = at;
      this.measuredContent = content;
      return content;
    }
    throw outside;
  }

  /** Moves to the line measureFlowLine measures, and returns where its content starts. */
  private nextFlowLine(column: number): number {
    const content = this.measureFlowLine(column);
    this.enterMeasuredLine();
    return content;
  }

  /** Makes the line measured last, which has content, the current one. */
  private enterMeasuredLine(): void {
    this.lineStart = this.measuredStart;
    this.contentStart = this.measuredContent;
    this.contentEnd = this.measuredEnd;
    this.nextLine = this.measuredNext;
    this.indent = this.measuredContent - this.measuredStart;
  }

  /**
   * A scalar in a flow collection in a block collection at `column` (-1 in a document), ending
   * before `,` or the closing bracket: a plain one on the current line or over the lines after it,
   * a quoted one there or over the lines after it (as PyYAML wraps a long one); sets value, start,
   * end and plain.
   */
  private readFlowScalar(at: number, closer: number, column: number): void {
    const text = this.text;
    const end = this.contentEnd;
    const first = text.charCodeAt(at);
    if (first === Code.Quote || first === Code.Apostrophe) {
      const close = this.quoteBetween(first, at + 1, end);
      if (close === -1) this.readQuotedLines(at, column, true);
      else this.setScalar(at, close + 1, false);
    } else {
      if (indicators.has(first) && !(first === Code.Dash && isFlowPlainSafe(text.charCodeAt(at + 1), at + 1 < end))) throw outside;
      let from = at;
      let valueEnd = this.flowPlainEnd(at, closer);
      // the lines before the last, each line break folded to a space, as PyYAML wraps a long one at a
      // space; a token that starts with `,` or a bracket, as JSON writers put the closing one, ends it,
      // after empty and comment lines too, and any other after them (which YAML folds to a line break,
      // or reads as the next entry without a comma) is left
      let folded = '';
      while (valueEnd === this.contentEnd) {
        const next = this.measureFlowLine(column);
        if (flowStops.has(text.charCodeAt(next))) break;
        if (this.measuredStart !== this.nextLine) throw outside;
        folded += `${text.slice(from, this.trimBlanks(from, valueEnd))} `;
        this.enterMeasuredLine();
        from = next;
        if (indicators.has(text.charCodeAt(from))) throw outside;
        valueEnd = this.flowPlainEnd(from, closer);
      }
      valueEnd = this.trimBlanks(from, valueEnd);
      // as in a scalar over several lines out of flow, a tab in one over several lines is left
      if (folded !== '' && this.hasTab(at, valueEnd)) throw outside;
      this.setValue(this.scalarValue(folded + text.slice(from, valueEnd), true), at, valueEnd, true);
    }
  }

  /**
   * Where a plain scalar's part that starts at `at` on the current line, in a flow collection
   * closed by `closer`, ends: before `,`, the closer or a comment, or at the line's end.
   */
  private flowPlainEnd(at: number, closer: number): number {
    const text = this.text;
    const end = this.contentEnd;
    let valueEnd: number;
    for (valueEnd = at + 1; valueEnd < end; valueEnd++) {
      const code = text.charCodeAt(valueEnd);
      // a comment ends it too: ` #` starts one
      if (code === Code.Comma || code === closer || (code === Code.Hash && isBlank(text.charCodeAt(valueEnd - 1)))) break;
      if (flowStops.has(code) || code === Code.Hash) throw outside;
      // `a: b` would nest a mapping, and `a:` before `,` or the end reads another way in flow
      if (code === Code.Colon && !isFlowPlainSafe(text.charCodeAt(valueEnd + 1), valueEnd + 1 < end)) throw outside;
    }
    return valueEnd;
  }

  /** Where the key ends, set by keyColon. */
  private keyEnd = 0;

  /**
   * The colon after an implicit key starting at `at` on the current line, or -1 when the line
   * holds a scalar instead. Sets keyEnd to the end of the key as written.
   */
  private keyColon(at: number): number {
    const text = this.text;
    const end = this.contentEnd;
    const first = text.charCodeAt(at);
    let colon: number;
    if (first === Code.Quote || first === Code.Apostrophe) {
      const close = this.closingQuote(at);
      this.keyEnd = close + 1;
      colon = this.skipBlanks(close + 1);
      if (text.charCodeAt(colon) !== Code.Colon) return -1;
    } else {
      // searches stay within the line: an unbounded indexOf would rescan the rest of a large file
      for (colon = at + 1; ; colon++) {
        const code = text.charCodeAt(colon);
        if (colon >= end || (code === Code.Hash && isBlank(text.charCodeAt(colon - 1)))) {
          colon = -1;
          break;
        }
        if (code === Code.Colon && (colon + 1 === end || isBlank(text.charCodeAt(colon + 1)))) break;
      }
      // no key starts with an indicator here; a scalar may start with a dash (-5), as readScalar checks
      if (indicators.has(first) && (colon !== -1 || first !== Code.Dash)) throw outside;
      if (colon === -1) return -1;
      this.keyEnd = this.trimBlanks(at, colon);
    }
    if (colon + 1 !== end && !isBlank(text.charCodeAt(colon + 1))) throw outside;
    if (colon - at > longestKey) throw outside;
    return colon;
  }

  /** The key between `at` and keyEnd, which must read as a string, as written or as its `tag` makes it. */
  private keyText(at: number, tag?: ScalarTag): string {
    const text = this.text;
    const end = this.keyEnd;
    const quoted = isQuote(text.charCodeAt(at));
    if (tag !== undefined) {
      const key = tag(quoted ? this.quotedValue(at, end - 1) : text.slice(at, end));
      if (typeof key !== 'string') throw outside;
      return this.checkLength(key);
    }
    if (quoted) return this.checkLength(this.quotedValue(at, end - 1));
    // before the cache, which may hold the key from a YAML 1.2 document; a key that 1.2 reads as
    // other than a string is left below, so under 1.1 it is enough that 1.1 reads it as a string
    if (this.yaml11 && yaml11Typed.test(text.slice(at, end))) throw outside;
    const cached = this.keys.find(text, at, end);
    if (cached !== undefined) return cached;
    const key = this.checkLength(text.slice(at, end));
    if (typeof resolvePlain(key) !== 'string') throw outside;
    this.keys.remember(key, text, at, end);
    return key;
  }

  /** Strings over the limit are left to the reference reader, which reports them. */
  private checkLength(value: string): string {
    if (value.length > this.limits.maxStringLength) throw outside;
    return value;
  }

  /** The closing quote of a quoted scalar on the current line. */
  private closingQuote(at: number): number {
    const close = this.quoteBetween(this.text.charCodeAt(at), at + 1, this.contentEnd);
    if (close === -1) throw outside;
    return close;
  }

  /** The first closing `quote` in text[from, end), or -1; a backslash at the end escapes the line break. */
  private quoteBetween(quote: number, from: number, end: number): number {
    const text = this.text;
    for (let close = from; close < end; close++) {
      const code = text.charCodeAt(close);
      if (code === Code.Backslash && quote === Code.Quote) {
        // what follows a backslash is never the closing quote
        close++;
        continue;
      }
      if (code !== quote) continue;
      if (quote === Code.Apostrophe && text.charCodeAt(close + 1) === Code.Apostrophe) close++;
      else return close;
    }
    return -1;
  }

  private quotedValue(at: number, close: number): string {
    return quotedText(this.text.slice(at + 1, close), this.text.charCodeAt(at));
  }

  /** Whether nothing but spaces follows text[from] up to `end`, or spaces and then a comment. */
  private endsLineAt(from: number, end: number): boolean {
    const rest = this.skipBlanks(from, end);
    return rest === end || (rest > from && this.text.charCodeAt(rest) === Code.Hash);
  }

  /**
   * A literal or folded block scalar as a value or item of a collection at `column`, as YAML writers
   * write long strings: its header (blockScalarHeaders) ends the line but for a comment, which yaml
   * leaves out of the value but not out of the range, and its lines, deeper than the collection and
   * after any empty lines (as writers start a text that starts with a line break), are at its
   * indentation or deeper: the first line's, or the one its indentation indicator says past the
   * collection's, as writers write a text that starts with a space. With keep chomping, as writers
   * write a text that ends in empty lines, those lines are the scalar's: yaml's range runs past them
   * to the line that ends it. Lines under the indicator's indentation and lines of spaces alone are
   * left to the reference reader.
   */
  private readBlockScalar(at: number, column: number): void {
    const text = this.text;
    const literal = text.charCodeAt(at) === Code.Pipe;
    // the header runs to a blank: a `#` right after it (`|#c`), which yaml reports as a comment no blank
    // comes before, makes it no header
    let headerEnd = at + 1;
    while (headerEnd < this.contentEnd && !isBlank(text.charCodeAt(headerEnd))) headerEnd++;
    const header = blockScalarHeaders.get(text.slice(at + 1, headerEnd));
    if (header === undefined || !this.endsLineAt(headerEnd, this.contentEnd)) throw outside;
    const firstLine = this.nextLine;
    let value: string | undefined;
    let indent = header.indentation === 0 ? -1 : column + header.indentation;
    let end = firstLine;
    let emptyLines: number;
    let previousDeeper = false;
    for (;;) {
      emptyLines = this.nextNonEmptyLine(end);
      const { measuredStart: lineAt, measuredContent: content, measuredEnd: lineEnd } = this;
      if (content === -1) break;
      const lineIndent = content - lineAt;
      if (value === undefined) {
        if (lineIndent <= column || lineIndent < indent) throw outside;
        if (indent === -1) indent = lineIndent;
      } else if (lineIndent < indent) break;
      const deeper = lineIndent > indent;
      const line = text.slice(lineAt + indent, lineEnd);
      // each leading empty line is a line break, folded or not; folding keeps the breaks before and after a deeper line
      const breaks = value === undefined ? '\n'.repeat(emptyLines) : lineBreaks(emptyLines, literal || deeper || previousDeeper);
      value = (value ?? '') + breaks + line;
      previousDeeper = deeper;
      end = this.measuredNext;
    }
    // tabs on the header's line, before its comment or the line's end, are blanks like any other
    if (value === undefined || this.hasTab(firstLine, end)) throw outside;
    if (header.chomping === Chomping.Keep) end = this.measuredStart;
    this.setValue(this.scalarValue(value + chompedEnd(header.chomping, emptyLines), false), at, end, false);
    this.nodeEnd = this.nextLine = end;
  }

  /** Where the line measured last starts, where its content starts (-1: no line), where it ends before its line break, and where the next one starts. */
  private measuredStart = 0;
  private measuredContent = 0;
  private measuredEnd = 0;
  private measuredNext = 0;

  private measureLine(at: number): void {
    const text = this.text;
    const newline = text.indexOf('\n', at);
    this.measuredNext = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > at && text.charCodeAt(end - 1) === Code.CarriageReturn) end--;
    this.measuredEnd = end;
  }

  /**
   * Measures the first line from `at` that holds more than a line break, and returns how many
   * empty lines came before it; at the end of the text, measuredContent is -1 and measuredStart the
   * text's length. A line of spaces alone, which YAML reads its own way in a scalar over several
   * lines, is left to the reference reader.
   */
  private nextNonEmptyLine(at: number): number {
    let emptyLines = 0;
    for (; at < this.text.length; emptyLines++) {
      this.measureLine(at);
      const content = this.skipSpaces(at, this.measuredEnd);
      if (content !== this.measuredEnd) {
        this.measuredStart = at;
        this.measuredContent = content;
        return emptyLines;
      }
      if (this.measuredEnd !== at) throw outside;
      at = this.measuredNext;
    }
    this.measuredStart = this.text.length;
    this.measuredContent = -1;
    return emptyLines;
  }

  /**
   * A scalar starting at `at` that takes the rest of the current line, but for a comment. As the
   * value of a mapping at `column`, a plain one may go on over deeper lines (readPlainLines).
   */
  private readScalar(at: number, column?: number): void {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first === Code.Quote || first === Code.Apostrophe) {
      const close = this.quoteBetween(first, at + 1, this.contentEnd);
      if (close === -1) {
        if (column === undefined) throw outside;
        this.readQuotedLines(at, column);
        return;
      }
      if (!this.endsLineAt(close + 1, this.contentEnd)) throw outside;
      this.setScalar(at, close + 1, false);
    } else {
      const dashScalar = first === Code.Dash && at + 1 < this.contentEnd && !isBlank(text.charCodeAt(at + 1));
      if (indicators.has(first) && !dashScalar) throw outside;
      const plainEnd = this.plainEnd(at, this.contentEnd);
      const commented = plainEnd < this.contentEnd;
      const valueEnd = this.trimBlanks(at, plainEnd);
      if (column !== undefined && !commented && this.readPlainLines(at, valueEnd, column)) return;
      this.setScalar(at, valueEnd, true);
    }
    this.nodeEnd = this.nextLine;
  }

  /**
   * A quoted scalar that goes on over lines deeper than the block collection at `column` whose value
   * it is, or in which is the flow collection (`inFlow`) that holds it, as PyYAML wraps a long quoted
   * string: each line break folds to a space, or to the empty lines after it, and a double-quoted
   * line that ends in a backslash joins the next. In a flow collection, the line it ends on becomes
   * the current one, as the collection goes on there. A line of spaces alone, an escaped line break
   * before an empty line and an escaped space before a line break are left to the reference reader.
   */
  private readQuotedLines(at: number, column: number, inFlow = false): void {
    const text = this.text;
    const quote = text.charCodeAt(at);
    // each line's part is decoded on its own: an escape ends on its line, and one that an escaped
    // line break cuts short (`\x4\`) is an error for the reference reader to report, not to be
    // completed by the next line's text
    const part = (start: number, end: number): string => quotedText(text.slice(start, end), quote);
    // the scalar's value with its line breaks folded
    let joined = '';
    let from = at + 1;
    let lineEnd = this.contentEnd;
    let after = this.nextLine;
    for (;;) {
      const partEnd = this.trimBlanks(from, lineEnd);
      let backslashes = 0;
      while (quote === Code.Quote && partEnd - backslashes > from && text.charCodeAt(partEnd - backslashes - 1) === Code.Backslash)
        backslashes++;
      if (backslashes > 0 && partEnd < lineEnd) throw outside;
      const escapedBreak = backslashes % 2 === 1;
      joined += part(from, escapedBreak ? partEnd - 1 : partEnd);
      const emptyLines = this.nextNonEmptyLine(after);
      const { measuredStart: lineAt, measuredContent: content } = this;
      if (content === -1 || content - lineAt <= column || this.measuredMarker() || (escapedBreak && emptyLines > 0)) throw outside;
      if (!escapedBreak) joined += emptyLines === 0 ? ' ' : '\n'.repeat(emptyLines);
      from = content;
      lineEnd = this.measuredEnd;
      after = this.measuredNext;
      const close = this.quoteBetween(quote, from, lineEnd);
      if (close === -1) continue;
      if ((!inFlow && !this.endsLineAt(close + 1, lineEnd)) || this.hasTab(at, after)) throw outside;
      joined += part(from, close);
      this.setValue(this.scalarValue(joined, false), at, close + 1, false);
      if (inFlow) this.enterMeasuredLine();
      else this.nodeEnd = this.nextLine = after;
      return;
    }
  }

  /**
   * A plain scalar whose first line is text[at, firstEnd) and that goes on over the lines after it
   * deeper than `column`, as YAML writers wrap long strings: a line break between two lines reads
   * as a space, an empty line as a line break. Returns false when no line goes on. Continuation
   * lines that start with an indicator or hold a comment or `: `, and lines of spaces alone, are
   * left to the reference reader.
   */
  private readPlainLines(at: number, firstEnd: number, column: number): boolean {
    const text = this.text;
    // almost every scalar ends on its line: the next one, unless empty, is no deeper than the mapping
    const code = text.charCodeAt(this.nextLine);
    if (code !== Code.LineFeed && code !== Code.CarriageReturn && text.charCodeAt(this.nextLine + column) !== Code.Space) return false;
    let folded: string | undefined;
    let end = firstEnd;
    let after = this.nextLine;
    for (;;) {
      const emptyLines = this.nextNonEmptyLine(after);
      const { measuredStart: lineAt, measuredContent: content, measuredEnd: lineEnd } = this;
      // a comment line ends the scalar, however deep
      if (content === -1 || content - lineAt <= column || text.charCodeAt(content) === Code.Hash) break;
      if (indicators.has(text.charCodeAt(content)) || this.plainEnd(content, lineEnd) < lineEnd) throw outside;
      const valueEnd = this.trimBlanks(content, lineEnd);
      folded = (folded ?? text.slice(at, firstEnd)) + lineBreaks(emptyLines, false) + text.slice(content, valueEnd);
      end = valueEnd;
      after = this.measuredNext;
    }
    if (folded === undefined) return false;
    if (this.hasTab(at, after)) throw outside;
    this.setValue(this.scalarValue(folded, true), at, end, true);
    this.nodeEnd = this.nextLine = after;
    return true;
  }

  /**
   * Where a plain scalar starting at `at` ends on a line whose content ends at `end`: at a comment
   * (` #`), else at the line's end, trailing spaces included. A `: ` in it would nest a mapping in
   * a compact one, which YAML forbids, and is left to the reference reader.
   */
  private plainEnd(at: number, end: number): number {
    const text = this.text;
    for (let scan = at + 1; scan < end; scan++) {
      const code = text.charCodeAt(scan);
      if (code === Code.Hash && isBlank(text.charCodeAt(scan - 1))) return scan;
      if (code === Code.Colon && (scan + 1 === end || isBlank(text.charCodeAt(scan + 1)))) throw outside;
    }
    return end;
  }

  /** Takes the scalar written at text[start, end) as the value read: plain and resolved, or quoted. */
  private setScalar(start: number, end: number, plain: boolean): void {
    this.setValue(this.scalarValue(plain ? this.text.slice(start, end) : this.quotedValue(start, end - 1), plain), start, end, plain);
  }

  /**
   * The value of a scalar whose text (a quoted one's between its quotes, decoded) is `source`: as
   * its tag makes it, else a plain one resolved by the core schema and a quoted one as it is.
   */
  private scalarValue(source: string, plain: boolean): Resolved {
    const tag = this.tag;
    const value = tag === undefined ? (plain ? resolvePlain(source) : source) : tag(source);
    if (this.yaml11 && (tag === undefined ? plain && !readAlikeUnderYaml11(source, value) : tag !== strTag)) throw outside;
    if (value === unmatched) throw outside;
    return typeof value === 'string' ? this.checkLength(value) : value;
  }

  /** Takes a scalar's value, written at text[start, end), as the value read. */
  private setValue(value: unknown, start: number, end: number, plain: boolean): void {
    this.value = value;
    this.node = undefined;
    this.start = start;
    this.end = end;
    this.plain = plain;
  }
}

/** How a block scalar's value ends: with no line break, with its last line's, or with those of the empty lines after it too. */
const enum Chomping {
  Strip,
  Clip,
  Keep,
}

/**
 * A block scalar's header after its `|` or `>`, by what it says: its chomping (`-` strip, `+` keep,
 * else clip) and, from a digit 1–9, its lines' indentation past its collection's (0: the first
 * line's), before or after the chomping indicator, as writers put it either way (PyYAML `|2-`, a hand
 * `|-2`). Other headers (`|0`, `|22`, `|+-`), which yaml reports, are left.
 */
const blockScalarHeaders = new Map(
  Object.entries({ '-': Chomping.Strip, '': Chomping.Clip, '+': Chomping.Keep }).flatMap(([indicator, chomping]) =>
    ['', ...'123456789'].flatMap((digit) => {
      const header = { chomping, indentation: digit === '' ? 0 : Number(digit) };
      return [digit + indicator, indicator + digit].map((written) => [written, header] as const);
    }),
  ),
);

/** The line breaks that end a block scalar's value after its last line, which `emptyLines` follow. */
function chompedEnd(chomping: Chomping, emptyLines: number): string {
  if (chomping === Chomping.Keep) return '\n'.repeat(emptyLines + 1);
  return chomping === Chomping.Clip ? '\n' : '';
}

/**
 * What joins two lines of a scalar written over several, with `emptyLines` between them: a literal
 * block keeps every line break; folding makes a lone break a space and keeps those of empty lines.
 */
function lineBreaks(emptyLines: number, literal: boolean): string {
  if (literal) return '\n'.repeat(emptyLines + 1);
  return emptyLines === 0 ? ' ' : '\n'.repeat(emptyLines);
}

/** The documents of a YAML text, or undefined when the text needs the reference reader. */
export function loadYamlFast(text: string, limits: Limits, lines: LineIndex): LoadedDocument[] | undefined {
  if (outsideCharacters.test(text) || !text.isWellFormed()) return undefined;
  try {
    return new BlockReader(text, limits, lines).read();
  } catch (error) {
    if (error === outside) return undefined;
    throw error;
  }
}
