import type { Diagnostic } from '../diagnostic.js';
import { didYouMean } from '../schema/suggest.js';

/** byo-lint's report on its own inline directives: on only with --report-unused-directives, and a warning. */
export const unusedDirectiveRule = {
  id: 'unused-directive',
  description: 'an inline directive that suppresses nothing (reported with --report-unused-directives)',
  fixable: false,
} as const;

type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: every rule. */
  ruleIds: string[];
  line: number;
  column: number;
  endColumn: number;
}

// a YAML comment starts at a line start or after white space; `#` inside a word is not one
const directivePattern = /(^|\s)#\s*byo-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^\n]*)/;

/**
 * Directives from YAML comments; the reason after `--` is for readers and is dropped.
 * `insideScalar` tells a comment from a `#` written inside a quoted or block scalar.
 */
export function parseDirectives(text: string, insideScalar: (offset: number) => boolean): Directive[] {
  const directives: Directive[] = [];
  // most files have none, and splitting a large file into lines is not free
  if (!text.includes('byo-lint-')) return directives;
  const lines = text.split('\n');
  let lineStart = 0;
  lines.forEach((raw, index) => {
    const offset = lineStart;
    lineStart += raw.length + 1;
    if (!raw.includes('byo-lint-')) return;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const match = directivePattern.exec(line);
    if (!match) return;
    const start = match.index + match[1].length;
    if (insideScalar(offset + start)) return;
    const list = match[3].split(' -- ')[0].trim();
    directives.push({
      kind: match[2] as DirectiveKind,
      ruleIds:
        list === ''
          ? []
          : list
              .split(',')
              .map((id) => id.trim())
              .filter((id) => id !== ''),
      line: index + 1,
      column: [...line.slice(0, start)].length + 1,
      endColumn: [...line].length + 1,
    });
  });
  return directives;
}

const covers = (directive: Directive, ruleId: string) => directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);

/** The key under which a directive without a rule list is filed: it covers every rule. */
const everyRule = '';

/** The last of `positions` whose directive is on a line above `line`, or -1: directives are in the order of their lines. */
function lastBefore(directives: readonly Directive[], positions: readonly number[], line: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (directives[positions[middle]].line < line) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -1 : positions[low - 1];
}

function appendTo<K>(lists: Map<K, number[]>, key: K, position: number): void {
  const list = lists.get(key);
  if (list) list.push(position);
  else lists.set(key, [position]);
}

/**
 * Which directive, if any, suppresses a diagnostic, asked of indexes rather than of every
 * directive in turn: a generated file can hold thousands of directives and of findings.
 */
class Suppressors {
  /** Per rule id (and everyRule), the first disable-file directive naming it. */
  private readonly fileWide = new Map<string, number>();
  /** Per line, the disable-line and disable-next-line directives that apply to it, in the order written. */
  private readonly lineBound = new Map<number, number[]>();
  /** Per rule id (and everyRule), its disable and enable directives, in the order written. */
  private readonly blocks = new Map<string, number[]>();

  constructor(private readonly directives: readonly Directive[]) {
    directives.forEach((directive, position) => {
      const ruleIds = directive.ruleIds.length === 0 ? [everyRule] : directive.ruleIds;
      if (directive.kind === 'disable-file') {
        for (const id of ruleIds) if (!this.fileWide.has(id)) this.fileWide.set(id, position);
      } else if (directive.kind === 'disable-line' || directive.kind === 'disable-next-line') {
        appendTo(this.lineBound, directive.kind === 'disable-line' ? directive.line : directive.line + 1, position);
      } else {
        for (const id of new Set(ruleIds)) appendTo(this.blocks, id, position);
      }
    });
  }

  /**
   * The first file-wide or line-bound directive that covers the diagnostic, as written; else the
   * last block directive before it that speaks of its rule, if that one disables.
   */
  of(diagnostic: Diagnostic): Directive | undefined {
    const { ruleId, line } = diagnostic;
    const candidates = [this.fileWide.get(everyRule), this.fileWide.get(ruleId), ...(this.lineBound.get(line) ?? [])].filter(
      (position): position is number => position !== undefined && covers(this.directives[position], ruleId),
    );
    if (candidates.length > 0) return this.directives[Math.min(...candidates)];
    const block = Math.max(this.lastBlockBefore(everyRule, line), this.lastBlockBefore(ruleId, line));
    return block !== -1 && this.directives[block].kind === 'disable' ? this.directives[block] : undefined;
  }

  private lastBlockBefore(id: string, line: number): number {
    const positions = this.blocks.get(id);
    return positions ? lastBefore(this.directives, positions, line) : -1;
  }
}

/**
 * Drops the diagnostics the file's directives suppress and, when asked, reports the directives
 * (or the rules named in them) that suppressed nothing, as ESLint's --report-unused-directives.
 */
export function applyDirectives(
  diagnostics: Diagnostic[],
  directives: readonly Directive[],
  options: { filePath: string; reportUnused: boolean; knownRuleIds: ReadonlySet<string> },
): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const used = new Map<Directive, Set<string>>();
  const markUsed = (directive: Directive, ruleId: string) => {
    const rules = used.get(directive) ?? new Set<string>();
    rules.add(ruleId);
    used.set(directive, rules);
  };
  const suppressors = new Suppressors(directives);
  const kept = diagnostics.filter((diagnostic) => {
    const directive = suppressors.of(diagnostic);
    if (directive) markUsed(directive, diagnostic.ruleId);
    return !directive;
  });
  if (!options.reportUnused) return kept;
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const usedRules = used.get(directive);
    const unknown = directive.ruleIds.filter((id) => !options.knownRuleIds.has(id));
    const unused = directive.ruleIds.length === 0 ? (usedRules ? [] : ['']) : directive.ruleIds.filter((id) => !usedRules?.has(id));
    if (unused.length === 0) continue;
    const what =
      unused[0] === '' ? 'no problems were reported here' : `no problems of ${unused.map((id) => `"${id}"`).join(', ')} were reported here`;
    const hint = unknown.length > 0 ? `; ${unknown.map((id) => notARule(id, options.knownRuleIds)).join('; ')}` : '; remove it';
    kept.push({
      filePath: options.filePath,
      ruleId: unusedDirectiveRule.id,
      severity: 'warning',
      message: `unused byo-lint-${directive.kind} directive: ${what}${hint}`,
      line: directive.line,
      column: directive.column,
      endLine: directive.line,
      endColumn: directive.endColumn,
      path: '',
    });
  }
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

function notARule(id: string, knownRuleIds: ReadonlySet<string>): string {
  const meant = didYouMean(id, [...knownRuleIds]);
  return `"${id}" is not a rule: ${meant === undefined ? 'run `byo-lint rules`' : `did you mean "${meant}"?`}`;
}
