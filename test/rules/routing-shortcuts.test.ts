import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseRouting,
  answeredByBoth,
  answeredDirectly,
  higherUrlKnowable,
  knowledgeOf,
  numberServerUrl,
  secretSource,
} from '../../src/rules/routing.js';
import { mappingAt } from '../../src/rules/types.js';
import { configs } from '../robustness/inputs.js';
import { anyEntry } from './arbitraries.js';

/** The configs of the robustness inputs, and one that declares the org's URL and no assistant. */
const knowledges = [...configs, { org: { serverUrl: 'https://hooks.example.com/vapi' } }].map((config) => knowledgeOf(config));

// Rules ask these cheap questions before (or instead of) the whole routing analysis, which most
// entries of a large file would otherwise get; each must answer as the analysis does, or a rule
// would report what the analysis says is not so, or miss what it says is.
describe('the routing shortcuts', () => {
  it('answer as the whole analysis does, for any entry and config', () => {
    const seen = { both: 0, direct: 0, url: 0, higher: 0 };
    fc.assert(
      fc.property(anyEntry, fc.constantFrom(...knowledges), (entry, knowledge) => {
        const routing = analyseRouting(entry, knowledge);
        expect(answeredByBoth(entry)).toBe(routing.answer.by === 'assistant-and-squad');
        expect(answeredDirectly(entry)).toBe(routing.onRequestFailure === 'not-applicable');
        expect(numberServerUrl(entry)).toBe(routing.number.url);
        expect(higherUrlKnowable(entry, knowledge)).toBe(routing.assistant.kind === 'assistant' || routing.org.url.state === 'set');
        expect(secretSource(entry.serverUrlSecret)).toEqual(routing.number.secret);
        expect(mappingAt(entry, 'fallbackDestination')).toBe(routing.fallback);
        if (answeredByBoth(entry)) seen.both++;
        if (answeredDirectly(entry)) seen.direct++;
        if (numberServerUrl(entry) !== undefined) seen.url++;
        if (higherUrlKnowable(entry, knowledge)) seen.higher++;
      }),
      { numRuns: 3000 },
    );
    // each answer must be given both ways often, or the property proves little
    for (const count of Object.values(seen)) {
      expect(count).toBeGreaterThan(100);
      expect(count).toBeLessThan(2900);
    }
  });
});
