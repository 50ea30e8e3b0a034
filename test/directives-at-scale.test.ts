import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.js';
import { insideScalar, loadText, type SourceNode } from '../src/load/index.js';
import { applyDirectives, type Directive } from '../src/rules/directives.js';

const ruleIds = ['schema', 'quoted-number', 'sip-uri'];
const options = (reportUnused: boolean) => ({ filePath: 'numbers.yaml', reportUnused, knownRuleIds: new Set(ruleIds) });

const diagnosticAt = (line: number, ruleId: string): Diagnostic => ({
  filePath: 'numbers.yaml',
  ruleId,
  severity: 'error',
  message: `${ruleId} at ${line}`,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  path: '',
});

/**
 * The directives' meaning stated as plainly as it can be, one directive after another: the first
 * file-wide or line-bound directive that covers a diagnostic suppresses it; else the last
 * disable or enable before it that names its rule (or no rule) decides.
 */
function suppressedBy(directives: readonly Directive[], diagnostic: Diagnostic): Directive | undefined {
  const covers = (directive: Directive) => directive.ruleIds.length === 0 || directive.ruleIds.includes(diagnostic.ruleId);
  const bound = directives.find(
    (directive) =>
      covers(directive) &&
      (directive.kind === 'disable-file' ||
        (directive.kind === 'disable-line' && directive.line === diagnostic.line) ||
        (directive.kind === 'disable-next-line' && directive.line + 1 === diagnostic.line)),
  );
  if (bound) return bound;
  const block = directives
    .filter((directive) => directive.line < diagnostic.line && covers(directive) && /^(dis|en)able$/.test(directive.kind))
    .at(-1);
  return block?.kind === 'disable' ? block : undefined;
}

const directivesArbitrary = fc
  .uniqueArray(
    fc.record({
      line: fc.integer({ min: 1, max: 40 }),
      kind: fc.constantFrom<Directive['kind']>('disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file'),
      ruleIds: fc.subarray([...ruleIds, 'no-such-rule']),
    }),
    { selector: (directive) => directive.line, maxLength: 12 },
  )
  .map((directives) =>
    directives.sort((a, b) => a.line - b.line).map((directive): Directive => ({ ...directive, column: 1, endColumn: 30 })),
  );

const diagnosticsArbitrary = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 41 }), fc.constantFrom(...ruleIds)), { maxLength: 25 })
  .map((places) => places.sort(([a], [b]) => a - b).map(([line, ruleId]) => diagnosticAt(line, ruleId)));

describe('applyDirectives', () => {
  it('keeps exactly the diagnostics that no directive suppresses, and reports the same directives unused', () => {
    fc.assert(
      fc.property(directivesArbitrary, diagnosticsArbitrary, (directives, diagnostics) => {
        const kept = applyDirectives(diagnostics, directives, options(false));
        expect(kept).toEqual(diagnostics.filter((diagnostic) => !suppressedBy(directives, diagnostic)));
        const unused = applyDirectives(diagnostics, directives, options(true)).filter(({ ruleId }) => ruleId === 'unused-directive');
        const usedRules = (directive: Directive) =>
          new Set(diagnostics.filter((diagnostic) => suppressedBy(directives, diagnostic) === directive).map(({ ruleId }) => ruleId));
        const expectedUnused = directives.filter((directive) => {
          if (directive.kind === 'enable') return false;
          const used = usedRules(directive);
          return directive.ruleIds.length === 0 ? used.size === 0 : directive.ruleIds.some((id) => !used.has(id));
        });
        expect(unused.map(({ line }) => line)).toEqual(expectedUnused.map(({ line }) => line));
      }),
      { numRuns: 2000 },
    );
  });

  it('asks each directive about a diagnostic a bounded number of times, not once per diagnostic', () => {
    // the work is counted as the reads of the directives' lines and rule lists
    let reads = 0;
    const counted = (directive: Directive): Directive =>
      new Proxy(directive, {
        get(target, key, receiver) {
          if (key === 'line' || key === 'ruleIds') reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const count = 3000;
    const directives = Array.from({ length: count }, (_, index) => {
      const kinds = ['disable-next-line', 'disable-line', 'disable', 'enable'] as const;
      return counted({ kind: kinds[index % 4], ruleIds: [ruleIds[index % 3]], line: 2 * index + 1, column: 1, endColumn: 30 });
    });
    const diagnostics = Array.from({ length: count }, (_, index) => diagnosticAt(2 * index + 2, ruleIds[(index + 1) % 3]));
    applyDirectives(diagnostics, directives, options(true));
    // with every directive asked about every diagnostic, this was 3000 × 3000 × 2 reads and more
    expect(reads).toBeGreaterThan(count);
    expect(reads).toBeLessThan(40 * count);
  });
});

describe('insideScalar', () => {
  // a mapping of `count` pairs, each with a comment after its value
  const count = 3000;
  const lines = Array.from({ length: count }, (_, index) => `key${index}: "value ${index}" # comment ${index}`);
  const text = lines.map((line) => `${line}\n`).join('');
  let offset = 0;
  const lineStarts = lines.map((line) => (offset += line.length + 1) - line.length - 1);

  it('tells keys and values from the comments after them in a large mapping', () => {
    const { source } = loadText(text, 'numbers.yaml').documents[0];
    const answers = lines.map((line, index) =>
      [0, line.indexOf('"'), line.indexOf('#')].map((column) => insideScalar(text, source, lineStarts[index] + column)),
    );
    expect(answers).toEqual(lineStarts.map(() => [true, true, false]));
  });

  it('finds the pair at an offset without asking every pair', () => {
    const { source } = loadText(text, 'numbers.yaml').documents[0];
    if (source?.kind !== 'map') throw new Error('expected a mapping');
    // the work is counted as the reads of the pairs' key spans
    let reads = 0;
    const pairs = source.pairs.map(
      (pair) =>
        new Proxy(pair, {
          get(target, key, receiver) {
            if (key === 'keySpan') reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    const counted: SourceNode = { kind: 'map', span: source.span, pairs };
    for (const start of lineStarts) insideScalar(text, counted, text.indexOf('#', start));
    // asking each pair in turn read about count × count / 2 key spans
    expect(reads).toBeGreaterThan(count);
    expect(reads).toBeLessThan(20 * count);
  });
});
