import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import { knowledgeOf } from '../../src/rules/routing.js';
import type { Entry, EntryContext, RuleReport } from '../../src/rules/types.js';
import { configs } from '../robustness/inputs.js';

/** Values of every kind that the fields of a number meet in real files, and in broken ones. */
const anyValue = fc.oneof(
  fc.constantFrom(
    '+14155550100',
    '14155550100',
    '1001',
    '',
    '${VAPI_SERVER_SECRET}',
    'secret',
    'aaaaaaaaaaaaaaaaaaaa',
    'http://localhost/x',
    'https://hooks.example.com/vapi',
    'hooks.example.com',
    'sip:desk@pbx.example.com',
    'pbx example',
    '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e',
    '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    'support',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
);
const fallbackDestination = fc.record(
  {
    type: fc.constantFrom('number', 'sip', 'other'),
    number: anyValue,
    sipUri: anyValue,
    extension: anyValue,
    numberE164CheckEnabled: fc.oneof(fc.boolean(), anyValue),
    message: anyValue,
  },
  { requiredKeys: [] },
);
const anyEntry: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    provider: anyValue,
    number: anyValue,
    credentialId: anyValue,
    name: anyValue,
    assistantId: anyValue,
    squadId: anyValue,
    serverUrl: anyValue,
    serverUrlSecret: anyValue,
    fallbackDestination: fc.oneof(fallbackDestination, anyValue),
  },
  { requiredKeys: [] },
);
/** Entries whose fallback is sometimes the number itself, which fallback-loop looks for. */
const anyEntryOrLoop = fc
  .tuple(anyEntry, fc.boolean())
  .map(([entry, loop]) =>
    loop && typeof entry.fallbackDestination === 'object' && entry.fallbackDestination !== null
      ? { ...entry, fallbackDestination: { ...entry.fallbackDestination, number: entry.number } }
      : entry,
  );

function reportsOf(check: (context: EntryContext) => void, entry: Entry, knowledge: EntryContext['knowledge']): RuleReport[] {
  const reports: RuleReport[] = [];
  check({ entry, knowledge, written: () => undefined, tag: () => undefined, report: (report) => reports.push(report) });
  return reports;
}

describe("a rule's `needs`: the engine may skip the entries without that key", () => {
  const needing = rules.flatMap((rule) => (rule.needs && rule.check ? [{ id: rule.meta.id, needs: rule.needs, check: rule.check }] : []));

  it('is declared by the rules that look at one key only', () => {
    expect(needing.length).toBeGreaterThanOrEqual(10);
  });

  it.each(needing)('$id reports nothing on an entry without $needs', ({ needs, check }) => {
    let reported = 0;
    fc.assert(
      fc.property(anyEntryOrLoop, fc.constantFrom(...configs), (generated, config) => {
        const knowledge = knowledgeOf(config);
        // the same entry with the key does get reports, so the property is not vacuous
        reported += reportsOf(check, generated, knowledge).length;
        const { [needs]: _dropped, ...without } = generated;
        expect(reportsOf(check, without, knowledge)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    expect(reported).toBeGreaterThan(0);
  });
});
