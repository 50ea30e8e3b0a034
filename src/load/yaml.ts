import { createRequire } from 'node:module';
import type { Alias, CST, Document, Node, YAMLError } from 'yaml';
import type * as YamlPackage from 'yaml';
import { quote, type DataPath, type Finding, type Span } from '../diagnostic.js';
import { isSecretPath } from '../secrets.js';
import { duplicateKeyFinding, undefinedAliasFinding } from './findings.js';
import { aliasLimitMessage, depthExceededMessage, stringTooLongMessage, type Limits } from './limits.js';
import { setOwn } from './object.js';
import type { LineIndex } from './source.js';
import type { SourceNode, SourcePair } from './source.js';
import type { LoadedDocument } from './types.js';

let yamlPackage: typeof YamlPackage | undefined;

/**
 * The yaml package, loaded on first use: the fast reader takes most files without it, and
 * loading it up front would cost a one-file run a sixth of its start-up. The bundler inlines
 * the require() call's module (yaml is a dev dependency, not installed with the package) and
 * runs it only when called; run from source, where there is no require(), it comes from
 * node_modules.
 */
function yaml(): typeof YamlPackage {
  yamlPackage ??= (
    typeof require === 'function'
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- a require() the bundler inlines, evaluated lazily
        require('yaml')
      : createRequire(import.meta.url)('yaml')
  ) as typeof YamlPackage;
  return yamlPackage;
}

interface CoreTag {
  /** Whether the node is what the tag makes of a value it accepts. */
  accepts(node: Node): boolean;
  /** What to write instead, for a value it does not accept. */
  expected: string;
}

const isNumber = (node: Node) => yaml().isScalar(node) && typeof node.value === 'number';

/**
 * Tags of the YAML 1.2 core schema; any other tag is something Vapi's API cannot take. yaml
 * leaves a value its tag does not accept (`!!float 5`, `!!int abc`) as it was written, a string,
 * with only a warning.
 */
const coreTags = new Map(
  Object.entries<CoreTag>({
    str: { accepts: (node) => yaml().isScalar(node), expected: 'a string' },
    int: { accepts: isNumber, expected: 'an integer, such as 5' },
    float: { accepts: isNumber, expected: 'a number with a decimal point, such as 5.0' },
    bool: { accepts: (node) => yaml().isScalar(node) && typeof node.value === 'boolean', expected: 'true or false' },
    null: { accepts: (node) => yaml().isScalar(node) && node.value === null, expected: 'null, ~ or nothing' },
    map: { accepts: (node) => yaml().isMap(node), expected: 'a mapping' },
    seq: { accepts: (node) => yaml().isSeq(node), expected: 'a sequence' },
  }).map(([name, tag]) => [`tag:yaml.org,2002:${name}`, tag]),
);

/** Ends the reading of a document: a limit was hit, or the document cannot be read as data. */
class StopReading extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
  }
}

/** Nesting depth of a CST document, walked without recursion so that no input can overflow the stack. */
function cstDepthExceeds(token: CST.Token | undefined, maxDepth: number): number | undefined {
  const stack: [CST.Token, number][] = token ? [[token, 0]] : [];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current.type !== 'block-map' && current.type !== 'block-seq' && current.type !== 'flow-collection') continue;
    if (depth + 1 > maxDepth) return current.offset;
    for (const item of current.items) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

function isPlainData(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function spanOf(node: Node): Span {
  const [start, end] = node.range ?? [0, 0];
  return { start, end };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return `a ${typeof value}`;
}

/**
 * The nodes that aliases may still add in the file. It is one for all the documents of a file:
 * a budget per document let a file of many documents, each just under it, expand without bound.
 */
interface AliasBudget {
  remaining: number;
}

/** Builds the plain value and its source positions from a composed document in one walk. */
class DocumentReader {
  readonly findings: Finding[] = [];
  /** What each alias of the document refers to (undefined: no anchor before it), found when the first alias is read. */
  private aliasTargets: Map<Alias, Node | undefined> | undefined;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly limits: Limits,
    private readonly lines: LineIndex,
    private readonly aliasBudget: AliasBudget,
  ) {}

  private limit(message: string, span: Span, path: DataPath): never {
    throw new StopReading({ ruleId: 'resource-limit', message, span, path });
  }

  /**
   * The node an alias refers to, as yaml's Alias.resolve() finds it: the last node anchored with
   * its name before it in a walk of the document (keys before values, a collection before its
   * items). resolve() walks the whole document for every alias, which made a file of n aliases
   * take time in n squared; the same walk done once serves them all.
   */
  private resolve(alias: Alias): Node | undefined {
    if (!this.aliasTargets) {
      const targets = new Map<Alias, Node | undefined>();
      const anchored = new Map<string, Node>();
      yaml().visit(this.doc, {
        Node: (_key, node) => {
          if (yaml().isAlias(node)) targets.set(node, anchored.get(node.source));
          else if (node.anchor) anchored.set(node.anchor, node);
        },
      });
      this.aliasTargets = targets;
    }
    return this.aliasTargets.get(alias);
  }

  private checkLength(text: string, span: Span, path: DataPath): void {
    if (text.length > this.limits.maxStringLength) this.limit(stringTooLongMessage(text.length, this.limits), span, path);
  }

  /** `expandedFrom` is the outermost alias being expanded, where a blown expansion is reported. */
  read(node: Node, path: DataPath, depth: number, expandedFrom?: Span): { value: unknown; source: SourceNode } {
    if (depth > this.limits.maxDepth) {
      // deep through an alias: the alias is what made it deep, the anchor alone was not
      this.limit(depthExceededMessage(this.limits), expandedFrom ?? spanOf(node), path);
    }
    if (expandedFrom && --this.aliasBudget.remaining < 0) this.limit(aliasLimitMessage(this.limits), expandedFrom, path);
    this.checkTag(node, path, expandedFrom);
    if (yaml().isAlias(node)) {
      const target = this.resolve(node);
      if (!target) throw new StopReading(undefinedAliasFinding(node.source, spanOf(node), path));
      const resolved = this.read(target, path, depth, expandedFrom ?? spanOf(node));
      // the alias is what the author wrote here, so positions point at it rather than at the anchor
      return { value: resolved.value, source: { ...resolved.source, span: spanOf(node), alias: true } };
    }
    if (yaml().isScalar(node)) {
      // a value of an unsupported tag (already reported) is read as the text that was written
      const value = isPlainData(node.value) ? node.value : String(node.source ?? '');
      if (typeof value === 'string') this.checkLength(value, spanOf(node), path);
      return { value, source: { kind: 'scalar', span: spanOf(node), plain: node.type === 'PLAIN' } };
    }
    if (yaml().isSeq(node)) {
      const value: unknown[] = [];
      const items: SourceNode[] = [];
      node.items.forEach((item, index) => {
        if (!item) return;
        const child = this.read(item as Node, [...path, index], depth + 1, expandedFrom);
        value.push(child.value);
        items.push(child.source);
      });
      return { value, source: { kind: 'seq', span: spanOf(node), items } };
    }
    if (yaml().isMap(node)) {
      const value: Record<string, unknown> = {};
      const pairs: SourcePair[] = [];
      const seen = new Map<string, Span>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const keySpan = keyNode ? spanOf(keyNode) : spanOf(node);
        const key = this.keyOf(keyNode, keySpan, path, expandedFrom);
        this.checkLength(key, keySpan, path);
        const earlier = seen.get(key);
        if (earlier && !expandedFrom) this.findings.push(duplicateKeyFinding(key, keySpan, earlier, path, this.lines));
        seen.set(key, keySpan);
        const valueNode = pair.value as Node | null;
        const child = valueNode
          ? this.read(valueNode, [...path, key], depth + 1, expandedFrom)
          : { value: null, source: { kind: 'scalar' as const, span: { start: keySpan.end, end: keySpan.end }, plain: true } };
        setOwn(value, key, child.value);
        pairs.push({ key, keySpan, value: child.source });
      }
      return { value, source: { kind: 'map', span: spanOf(node), pairs } };
    }
    return { value: null, source: { kind: 'scalar', span: spanOf(node), plain: true } };
  }

  /**
   * Reports a tag that Vapi cannot take, or that did not accept the value, which yaml then left as
   * written; inside an alias's copy, at the alias, as other findings on the copy are.
   */
  private checkTag(node: Node, path: DataPath, expandedFrom: Span | undefined): void {
    if (!node.tag) return;
    const core = coreTags.get(node.tag);
    if (core?.accepts(node)) return;
    const finding = { ruleId: 'schema', messageId: 'type', span: expandedFrom ?? spanOf(node), path };
    const tag = quote(node.tag.replace('tag:yaml.org,2002:', '!!'));
    if (isSecretPath(path)) {
      // a secret that starts with "!" reads as a tag, so the tag itself may be the secret
      this.findings.push({ ...finding, message: 'a tag on a secret is not supported; quote a secret that starts with "!"' });
    } else if (!core) {
      this.findings.push({ ...finding, message: `tag ${tag} is not supported; write the value as a plain string, number or mapping` });
    } else {
      const value = yaml().isScalar(node)
        ? `${quote(node.value)}, which is read as a string`
        : yaml().isMap(node)
          ? 'a mapping'
          : 'a sequence';
      const hint = `remove the tag, or write ${core.expected}`;
      this.findings.push({ ...finding, message: `tag ${tag} does not accept ${value}; ${hint}`, hint });
    }
  }

  private keyOf(keyNode: Node | null, span: Span, path: DataPath, expandedFrom: Span | undefined): string {
    if (keyNode) this.checkTag(keyNode, path, expandedFrom);
    if (yaml().isScalar(keyNode) && typeof keyNode.value === 'string') return keyNode.value;
    const written = this.text.slice(span.start, span.end).trim();
    const kind = yaml().isScalar(keyNode) ? typeName(keyNode.value) : yaml().isAlias(keyNode) ? 'an alias' : 'a collection';
    this.findings.push({
      ruleId: 'schema',
      messageId: 'type',
      message: `key ${quote(written)} is ${kind}; keys must be strings`,
      hint: 'quote the key',
      span,
      path,
    });
    return written;
  }
}

/**
 * The parser's message, first line only. A tail that quotes the input (`: !tag`, `: |header`) is
 * dropped: the input could be a secret, and the position already shows it.
 */
function syntaxMessage(message: string, text: string): string {
  const firstLine = message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/: (.+)$/, (tail: string, quoted: string) => (text.includes(quoted) ? '' : tail));
  return firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
}

/** A syntax finding for yaml's error or warning. */
function syntaxFinding(problem: YAMLError, text: string): Finding {
  return {
    ruleId: 'syntax',
    message: syntaxMessage(problem.message, text),
    span: { start: problem.pos[0], end: Math.max(problem.pos[1], problem.pos[0] + 1) },
    path: [],
  };
}

/**
 * A document with no content at all, such as one after a trailing `---` with nothing or only
 * comments after it: like an empty file, it holds nothing to check. yaml reads it as an empty
 * plain scalar; `--- null`, `~` or a tag or anchor alone is written content and stays a null.
 */
function isEmptyDocument(contents: Node): boolean {
  return yaml().isScalar(contents) && contents.type === 'PLAIN' && contents.source === '' && !contents.tag && !contents.anchor;
}

/** Characters YAML does not allow anywhere in a stream (YAML 1.2, c-printable), such as NUL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const nonPrintable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff\p{Cs}]/u;

/**
 * YAML 1.2 breaks lines at a CR alone (classic Mac OS line endings); yaml does not, and reads the
 * lines around it as one: a comment then swallows the lines after it, and a value takes the CR
 * into its text, in silence. Such a file is not read at all rather than read wrong.
 */
const loneCarriageReturn = /\r(?!\n)/;

const loneCarriageReturnMessage =
  'a carriage return alone (classic Mac OS line endings) is not read as a line break; save the file with LF or CRLF line endings';

/** The finding that stops a text YAML cannot be read from faithfully, placed at its first offending character. */
function unreadableCharacter(text: string): Finding | undefined {
  const control = nonPrintable.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    const span = { start: control.index, end: control.index + 1 };
    return { ruleId: 'syntax', message: `non-printable character U+${code} is not allowed in YAML; remove it`, span, path: [] };
  }
  const loneCr = text.search(loneCarriageReturn);
  if (loneCr !== -1) return { ruleId: 'syntax', message: loneCarriageReturnMessage, span: { start: loneCr, end: loneCr + 1 }, path: [] };
  return undefined;
}

export function loadYaml(text: string, limits: Limits, lines: LineIndex): LoadedDocument[] {
  const documents: LoadedDocument[] = [];
  const unreadable = unreadableCharacter(text);
  if (unreadable) return [{ index: 0, value: undefined, source: undefined, findings: [unreadable], checkable: false }];
  const { Composer, Parser } = yaml();
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: true });
  const aliasBudget: AliasBudget = { remaining: limits.maxAliasNodes };

  const accept = (doc: Document.Parsed): void => {
    const index = documents.length;
    const findings: Finding[] = [];
    const tooDeep = tooDeepAt.get(index);
    if (tooDeep !== undefined) {
      findings.push({
        ruleId: 'resource-limit',
        message: depthExceededMessage(limits),
        span: { start: tooDeep, end: tooDeep + 1 },
        path: [],
      });
      documents.push({ index, value: undefined, source: undefined, findings, checkable: false });
      return;
    }
    const problem = doc.errors[0] ?? doc.warnings.find((warning) => warning.code !== 'TAG_RESOLVE_FAILED');
    if (problem) {
      findings.push(syntaxFinding(problem, text));
      documents.push({ index, value: undefined, source: undefined, findings, checkable: false });
      return;
    }
    if (!doc.contents || isEmptyDocument(doc.contents)) {
      documents.push({ index, value: undefined, source: undefined, findings, checkable: false });
      return;
    }
    const reader = new DocumentReader(doc, text, limits, lines, aliasBudget);
    try {
      const { value, source } = reader.read(doc.contents, [], 0);
      documents.push({ index, value, source, findings: reader.findings, checkable: true });
    } catch (error) {
      if (!(error instanceof StopReading)) throw error;
      documents.push({ index, value: undefined, source: undefined, findings: [...reader.findings, error.finding], checkable: false });
    }
  };

  // the composer yields one document per document token, in order
  const tooDeepAt = new Map<number, number>();
  let documentTokens = 0;
  for (let token of new Parser().parse(text)) {
    if (token.type === 'document') {
      if (documentTokens >= limits.maxDocuments) {
        // the composer holds a document back until the next one starts
        for (const doc of composer.end(false, token.offset)) accept(doc);
        documents.push({
          index: documents.length,
          value: undefined,
          source: undefined,
          findings: [
            {
              ruleId: 'resource-limit',
              message: `more than ${limits.maxDocuments} documents in one file; split the file`,
              span: { start: token.offset, end: token.offset + 1 },
              path: [],
            },
          ],
          checkable: false,
        });
        return documents;
      }
      const tooDeep = cstDepthExceeds(token.value, limits.maxDepth);
      if (tooDeep !== undefined) {
        // composing a document this deep could overflow the stack, so only its shell is composed
        tooDeepAt.set(documentTokens, tooDeep);
        token = { ...token, value: undefined };
      }
      documentTokens++;
    }
    for (const doc of composer.next(token)) accept(doc);
  }
  for (const doc of composer.end(false, text.length)) accept(doc);
  return documents;
}
