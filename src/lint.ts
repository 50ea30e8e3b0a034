import { checkConfig } from './config/load.js';
import { configFileName, globPath, levelsForFile, type RuleLevel } from './config/resolve.js';
import {
  isMapping,
  toJsonPointer,
  type DataFix,
  type DataPath,
  type Diagnostic,
  type Finding,
  type Fix,
  type RelatedLocation,
  type Span,
} from './diagnostic.js';
import {
  insideScalar,
  isJsonPath,
  loadBytes,
  loadText,
  locate,
  nodeAt,
  resolveLimits,
  tagAt,
  valueStart,
  type LoadedDocument,
  type LoadedFile,
  type Reader,
} from './load/index.js';
import { resolveFix } from './fix/resolve.js';
import { fixSource, markUnsafeToFix, shiftsLines, unsafeRuleIds } from './fix/source.js';
import { applyDirectives, parseDirectives } from './rules/directives.js';
import { knowledgeOf } from './rules/routing.js';
import {
  rules,
  structuralRules,
  type Entry,
  type EntryContext,
  type Knowledge,
  type Rule,
  type RuleReport,
  type UniqueCheck,
} from './rules/index.js';
import { configuredFiles, readInput } from './files.js';
import type { Config } from './schema/config-model.js';
import { misspeltListKey, validateDocument } from './schema/validate.js';

export interface LintOptions {
  /** Names the text in diagnostics and selects the parser (`.json` is strict JSON). */
  filePath?: string;
  config?: Config;
  /** Directory the config's globs are relative to (default: the working directory). */
  configDir?: string;
  /** The file `config` was read from: hints that say where to declare something name it. */
  configFile?: string;
  /** Rule settings from the command line, applied last. */
  ruleOverrides?: Config['rules'];
  /** Relative file paths are resolved against it (default: the working directory). */
  cwd?: string;
  /** Report inline directives that suppress nothing (`unused-directive`). */
  reportUnusedDirectives?: boolean;
  /** Apply the fixes: the result reports what is left and holds the fixed text in `output`; nothing is written. */
  fix?: boolean;
  /** `reference` reads with the reference YAML and JSON readers only, skipping the fast paths (for differential tests). */
  reader?: Reader;
}

export interface LintResult {
  filePath: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** With the `fix` option: the whole fixed text, when fixing changed it. */
  output?: string;
}

interface EntryLocation {
  path: DataPath;
  value: Entry;
}

/**
 * Where a document keeps its phone-number entries, by the three file shapes of the contract: a
 * list (at the root or under `phoneNumbers`) and its path, or the document itself as the one entry.
 */
interface EntryList {
  items: readonly unknown[];
  /** Undefined when the document is itself the entry. */
  listPath: DataPath | undefined;
}

function entryListOf(value: unknown): EntryList {
  if (Array.isArray(value)) return { items: value, listPath: [] };
  if (!isMapping(value)) return { items: [], listPath: [] };
  if ('phoneNumbers' in value) return { items: Array.isArray(value.phoneNumbers) ? value.phoneNumbers : [], listPath: ['phoneNumbers'] };
  const misspelt = misspeltListKey(value);
  if (misspelt !== undefined) return { items: value[misspelt] as unknown[], listPath: [misspelt] };
  return { items: [value], listPath: undefined };
}

const entryPathOf = (listPath: DataPath | undefined, index: number): DataPath => (listPath ? [...listPath, index] : []);

/** The phone-number entries of a document, with their paths. */
export function entriesOf(value: unknown): EntryLocation[] {
  const { items, listPath } = entryListOf(value);
  const found: EntryLocation[] = [];
  items.forEach((item, index) => {
    if (isMapping(item)) found.push({ path: entryPathOf(listPath, index), value: item });
  });
  return found;
}

const knownRuleIds: ReadonlySet<string> = new Set([...rules.map((rule) => rule.meta.id), ...structuralRules.map((rule) => rule.id)]);

/** A checked document, as the entries that a unique rule remembers refer to it. */
interface DocumentPlace {
  filePath: string;
  file: LoadedFile;
  source: LoadedDocument['source'];
  listPath: DataPath | undefined;
}

/**
 * State shared by all files of one run: for each unique rule, the first entry each value was seen
 * in. The run numbers the entries of all its documents in turn, so that a value's first entry is
 * one small integer rather than an object: a large file has a hundred thousand. It is placed (line
 * and column) only when a second one turns up: placing every first occurrence cost more than all
 * the other rules together.
 */
export class Run {
  /** Per unique rule, each value's first entry, by the run's numbering. */
  readonly seen = new Map<string, Map<string, number>>();
  private readonly documents: DocumentPlace[] = [];
  /** The run's number of each document's entry 0, in the order added. */
  private readonly firstNumbers: number[] = [];
  private entryCount = 0;

  /** Adds a document with this many entries; returns the run's number of its entry 0. */
  add(document: DocumentPlace, entries: number): number {
    this.documents.push(document);
    this.firstNumbers.push(this.entryCount);
    this.entryCount += entries;
    return this.entryCount - entries;
  }

  location(entryNumber: number, path: DataPath): RelatedLocation {
    // the last document whose first number is at most entryNumber
    let low = 0;
    let high = this.firstNumbers.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.firstNumbers[middle] <= entryNumber) low = middle;
      else high = middle - 1;
    }
    const { filePath, file, source, listPath } = this.documents[low];
    const entryPath = entryPathOf(listPath, entryNumber - this.firstNumbers[low]);
    const { line, column } = file.lines.position(valueStart(source, entryPath, path));
    return { message: 'first defined here', filePath, line, column };
  }
}

/** Places findings: one locator for loader, schema and rule findings alike. */
class Placer {
  constructor(
    private readonly file: LoadedFile,
    private readonly filePath: string,
  ) {}

  span(document: LoadedDocument | undefined, finding: Finding): Span {
    if (finding.span) return finding.span;
    const target = finding.target ?? 'value';
    // a mapping that is a key's value starts, for readers and editors alike, at that key
    const span = locate(document?.source, finding.path, target === 'value' ? 'value' : 'key');
    if (target !== 'first-line') return span;
    return { start: span.start, end: Math.max(span.start, Math.min(span.end, this.file.lines.lineEnd(span.start))) };
  }

  place(document: LoadedDocument | undefined, finding: Finding, severity: 'error' | 'warning', multiDocument: boolean): Diagnostic {
    const span = this.span(document, finding);
    const start = this.file.lines.position(span.start);
    const end = span.end > span.start ? this.file.lines.endPosition(span.end) : start;
    const diagnostic: Diagnostic = {
      filePath: this.filePath,
      ruleId: finding.ruleId,
      severity,
      message: finding.message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      path: toJsonPointer(finding.path),
    };
    if (multiDocument && document) diagnostic.document = document.index;
    if (finding.messageId) diagnostic.messageId = finding.messageId;
    if (finding.hint) diagnostic.hint = finding.hint;
    if (finding.related) {
      diagnostic.related = finding.related.map((related) => {
        if (related.line !== undefined) {
          return { message: related.message, filePath: related.filePath ?? this.filePath, line: related.line, column: related.column ?? 1 };
        }
        const relatedSpan = related.span ?? locate(document?.source, related.path ?? [], 'value');
        return { message: related.message, filePath: this.filePath, ...this.file.lines.position(relatedSpan.start) };
      });
    }
    const resolve = (fix: DataFix): Fix | undefined => resolveFix(this.file.text, document?.source, finding.path, fix);
    const fix = finding.fix && resolve(finding.fix);
    if (fix) diagnostic.fix = fix;
    const suggestions = finding.suggestions?.flatMap((suggestion) => {
      const suggested = resolve(suggestion.fix);
      return suggested ? [{ desc: suggestion.desc, fix: suggested }] : [];
    });
    if (suggestions?.length) diagnostic.suggestions = suggestions;
    return diagnostic;
  }
}

function toFinding(report: RuleReport, ruleId: string, entryPath: DataPath): Finding {
  const pathInDocument = [...entryPath, ...report.path];
  return {
    ruleId,
    message: report.message,
    messageId: report.messageId,
    hint: report.hint,
    path: pathInDocument,
    target: report.target,
    fix: report.fix,
    suggestions: report.suggestions,
  };
}

/** One report per place and message: an alias or two schema branches can find the same thing twice. */
function withoutRepeats(sorted: Diagnostic[]): Diagnostic[] {
  return sorted.filter((diagnostic, index) => {
    const previous = sorted[index - 1];
    return !(
      previous &&
      previous.line === diagnostic.line &&
      previous.column === diagnostic.column &&
      previous.ruleId === diagnostic.ruleId &&
      previous.message === diagnostic.message
    );
  });
}

function countResult(filePath: string, diagnostics: Diagnostic[]): LintResult {
  const result: LintResult = { filePath, diagnostics, errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') {
      result.errorCount++;
      if (diagnostic.fix) result.fixableErrorCount++;
    } else {
      result.warningCount++;
      if (diagnostic.fix) result.fixableWarningCount++;
    }
  }
  return result;
}

/**
 * Lints one text as part of a run; the engine never prints.
 * @internal
 */
export function lintSource(input: string | Buffer, options: LintOptions, run: Run): LintResult {
  if (options.fix) {
    const once = { ...options, fix: false };
    return fixSource(
      input,
      (text) => lintSource(text, once, new Run()),
      (text) => lintSource(text, once, run),
    );
  }
  const filePath = options.filePath ?? '<text>';
  const config = options.config ?? {};
  const cwd = options.cwd ?? process.cwd();
  const relative = globPath(filePath, options.configDir ?? cwd, cwd);
  const levels = levelsForFile(config, relative, options.ruleOverrides);
  const limits = resolveLimits(config);
  const knowledge = knowledgeOf(config, options.configFile && configFileName(options.configFile, cwd));
  const file =
    typeof input === 'string' ? loadText(input, filePath, limits, options.reader) : loadBytes(input, filePath, limits, options.reader);
  const placer = new Placer(file, filePath);
  const multiDocument = file.documents.length > 1;
  const diagnostics: Diagnostic[] = file.findings.map((finding) => placer.place(undefined, finding, 'error', false));

  for (const document of file.documents) {
    const emit = (finding: Finding, level: RuleLevel) => {
      if (level !== 'off') diagnostics.push(placer.place(document, finding, level, multiDocument));
    };
    for (const finding of document.findings) emit(finding, 'error');
    if (!document.checkable) continue;
    const ruleFindings = checkDocument(document, file, levels, run, filePath, knowledge);
    const replaced = new Set(
      ruleFindings.filter(({ finding }) => finding.ruleId === 'quoted-number').map(({ finding }) => toJsonPointer(finding.path)),
    );
    for (const finding of validateDocument(document.value)) {
      if (finding.messageId === 'type' && replaced.has(toJsonPointer(finding.path))) continue;
      emit(finding, 'error');
    }
    for (const { finding, level } of ruleFindings) emit(finding, level);
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  // where the file or a document cannot be read there are no scalars to tell a comment from text in a string,
  // so the file's directives are not trusted, and a broken file is never silenced (as ESLint never
  // silences a parse error)
  const unreadable = [file, ...file.documents].some(({ findings }) => findings.some((finding) => finding.ruleId === 'syntax'));
  const directives =
    isJsonPath(filePath) || unreadable
      ? undefined
      : parseDirectives(file.text, (offset) => file.documents.some((document) => insideScalar(file.text, document.source, offset)));
  const kept =
    directives === undefined
      ? withoutRepeats(diagnostics)
      : applyDirectives(withoutRepeats(diagnostics), directives, {
          filePath,
          reportUnused: options.reportUnusedDirectives === true,
          knownRuleIds,
        });
  // a fix that adds or removes lines would move every line-bound directive below it, so --fix
  // leaves it to the author, and it is not offered (nor counted fixable) either
  if (directives?.some((directive) => directive.kind !== 'disable-file')) {
    for (const diagnostic of kept) if (diagnostic.fix && shiftsLines(file.text, diagnostic.fix)) delete diagnostic.fix;
  }
  // judged before the directives: a silenced duplicate key still makes the text unsafe to rewrite
  const unsafe = diagnostics.some((diagnostic) => unsafeRuleIds.has(diagnostic.ruleId));
  // --fix never rewrites such a text, so offering a fix there (and counting it fixable) would promise what it does not do
  if (unsafe) for (const diagnostic of kept) delete diagnostic.fix;
  const result = countResult(filePath, kept);
  if (unsafe) markUnsafeToFix(result);
  return result;
}

function checkDocument(
  document: LoadedDocument,
  file: LoadedFile,
  levels: Map<string, RuleLevel>,
  run: Run,
  filePath: string,
  knowledge: Knowledge,
): { finding: Finding; level: RuleLevel }[] {
  const found: { finding: Finding; level: RuleLevel }[] = [];
  // the per-rule lookups happen once here rather than once per entry: large files have a hundred thousand
  const checks: { check: NonNullable<Rule['check']>; needs: string | undefined; id: string; level: RuleLevel }[] = [];
  const uniques: { unique: UniqueCheck; id: string; level: RuleLevel; seen: Map<string, number> }[] = [];
  for (const rule of rules) {
    const id = rule.meta.id;
    const level = levels.get(id) ?? 'off';
    if (level === 'off') continue;
    if (rule.check) checks.push({ check: rule.check, needs: rule.needs, id, level });
    if (rule.unique) {
      const seen = run.seen.get(id) ?? new Map<string, number>();
      run.seen.set(id, seen);
      uniques.push({ unique: rule.unique, id, level, seen });
    }
  }
  const { items, listPath } = entryListOf(document.value);
  // one context per document, pointed at each entry in turn; paths are made only for a report
  let current = checks[0];
  let entryIndex = 0;
  const inEntry = (relative: DataPath): DataPath => [...entryPathOf(listPath, entryIndex), ...relative];
  const context: EntryContext = {
    entry: {},
    knowledge,
    written: (relative) => {
      const node = nodeAt(document.source, inEntry(relative));
      return node ? file.text.slice(node.span.start, node.span.end) : undefined;
    },
    tag: (relative) => tagAt(file.text, document.source, inEntry(relative)),
    report: (report) =>
      found.push({
        finding: toFinding(report, current.id, entryPathOf(listPath, entryIndex)),
        level: report.escalate ? 'error' : current.level,
      }),
  };
  for (entryIndex = 0; entryIndex < items.length; entryIndex++) {
    const entry = items[entryIndex];
    if (!isMapping(entry)) continue;
    context.entry = entry;
    for (let at = 0; at < checks.length; at++) {
      current = checks[at];
      if (current.needs === undefined || entry[current.needs] !== undefined) current.check(context);
    }
  }
  if (uniques.length === 0) return found;
  // a rule at a time: a tight loop over one table of values keeps it in the processor's cache
  const firstNumber = run.add({ filePath, file, source: document.source, listPath }, items.length);
  for (const { unique, id, level, seen } of uniques) {
    for (let index = 0; index < items.length; index++) {
      const entry = items[index];
      if (!isMapping(entry)) continue;
      const key = unique.key(entry);
      if (key === undefined) continue;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, firstNumber + index);
        continue;
      }
      const location = run.location(first, unique.path);
      found.push({
        finding: {
          ruleId: id,
          message: unique.message(entry, location),
          path: [...entryPathOf(listPath, index), ...unique.path],
          related: [location],
        },
        level,
      });
    }
  }
  return found;
}

/**
 * A library caller's config is checked as a config file is: a wrong value throws ConfigError
 * rather than act as something else (an unknown severity as error) or fail deep inside.
 */
function checkConfigOptions(options: LintOptions): void {
  if (options.config) checkConfig(options.config, 'options.config');
  if (options.ruleOverrides) checkConfig({ rules: options.ruleOverrides }, 'options.ruleOverrides');
}

export function lintText(text: string, options: LintOptions = {}): LintResult {
  checkConfigOptions(options);
  return lintSource(text, options, new Run());
}

export interface LintFilesOptions extends Omit<LintOptions, 'filePath'> {
  /** A path or glob that matches nothing is an error unless this is false. */
  errorOnUnmatchedPattern?: boolean;
}

/**
 * Lints files and directories (expanded by the config's `files` globs) as one run. One path may be
 * given alone, as ESLint's lintFiles takes it: iterated as a list, a string would be its characters.
 */
export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  checkConfigOptions(options);
  return lintPaths(typeof patterns === 'string' ? [patterns] : patterns, options);
}

/** lintFiles for a caller whose config is already checked: the CLI's came from loadConfig and --rule's parser. */
export function lintPaths(patterns: readonly string[], options: LintFilesOptions): LintResult[] {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? {};
  const configDir = options.configDir ?? cwd;
  const { files, misnamed } = configuredFiles(patterns.length > 0 ? patterns : ['.'], config, {
    cwd,
    baseDir: configDir,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern ?? true,
  });
  const run = new Run();
  const { maxFileBytes } = resolveLimits(config);
  const results = files.map((filePath) =>
    lintSource(readInput(filePath, cwd, maxFileBytes), { ...options, filePath, configDir, cwd }, run),
  );
  return [...results, ...misnamed.map(misnamedResult)];
}

export const misnamedMessage = 'the file name is not valid UTF-8, so the file cannot be opened by name; rename it to lint it';

/**
 * A file that a directory or glob found but that no path string can name: reported where the
 * others are, in every format, rather than passed over or stopping the run.
 */
function misnamedResult(filePath: string): LintResult {
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return countResult(filePath, [{ filePath, ruleId: 'syntax', severity: 'error', message: misnamedMessage, ...at, path: '' }]);
}
