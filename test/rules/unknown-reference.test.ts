import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import type { Config } from '../../src/schema/config-model.js';
import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const credentialId = '2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23';
const otherId = '7e1a3c5b-9d2f-4a6e-8b0c-1d3f5a7c9e2b';
const assistants: Config['assistants'] = [{ id: assistantId, name: 'support' }, { id: '4d8e2a6c-1b3f-4e5a-9c7d-2f4b6d8e0a1c' }];
const unknownAssistant = (value: string) => ({
  line: 4,
  column: 14,
  severity: 'error' as const,
  path: '/assistantId',
  message: `assistantId "${value}" is not among the assistants the config declares; known assistants: "${assistantId}" (support), "4d8e2a6c-1b3f-4e5a-9c7d-2f4b6d8e0a1c"`,
});
const manyCredentials = Array.from({ length: 6 }, (_, index) => ({ id: `00000000-0000-4000-8000-00000000000${index}` }));

ruleTable('unknown-reference', [
  { name: 'nothing declared: not checked', text: numberFile(`assistantId: ${otherId}`), expected: [] },
  { name: 'a declared assistant', text: numberFile(`assistantId: ${assistantId}`), config: { assistants }, expected: [] },
  {
    name: 'only the declared kinds are checked',
    text: numberFile(`squadId: ${otherId}`),
    config: { assistants, credentials: [{ id: credentialId }] },
    expected: [],
  },
  { name: 'a placeholder', text: numberFile('assistantId: ${ASSISTANT_ID}'), config: { assistants }, expected: [] },
  {
    name: 'a declared UUID written in upper case is the same UUID',
    text: numberFile(`assistantId: ${assistantId.toUpperCase()}`),
    config: { assistants },
    expected: [],
  },
  // as routing reads it: an empty id sets no assistant, so it refers to none
  { name: 'an empty id refers to nothing', text: numberFile('assistantId: ""'), config: { assistants }, expected: [] },
  {
    name: 'an unknown assistant',
    text: numberFile(`assistantId: ${otherId}`),
    config: { assistants },
    expected: [unknownAssistant(otherId)],
  },
  {
    name: 'an empty list declares that there are none',
    text: numberFile(`squadId: ${squadId}`),
    config: { squads: [] },
    expected: [
      {
        line: 4,
        column: 10,
        severity: 'error',
        path: '/squadId',
        message: `squadId "${squadId}" is not among the squads the config declares; the config declares no squads`,
      },
    ],
  },
  {
    name: 'more than five are counted, not listed',
    text: numberFile(`assistantId: ${assistantId}`),
    config: { credentials: manyCredentials },
    expected: [
      {
        line: 3,
        column: 15,
        severity: 'error',
        path: '/credentialId',
        message: `credentialId "${credentialId}" is not among the credentials the config declares; the config declares 6 credentials`,
      },
    ],
  },
]);

describe('unknown-reference hints', () => {
  const hintFor = (assistant: string) =>
    lintText(numberFile(`assistantId: ${assistant}`), { config: { assistants } }).diagnostics.find(
      (diagnostic) => diagnostic.ruleId === 'unknown-reference',
    )?.hint;

  it('offers the id of the assistant a name refers to', () => {
    expect(hintFor('Support')).toBe(`did you mean "${assistantId}", the id of "support"?`);
  });

  it('offers a declared id one character away', () => {
    expect(hintFor(assistantId.replace(/e$/, 'f'))).toBe(`did you mean "${assistantId}"?`);
  });

  it('says how to declare an assistant otherwise', () => {
    expect(hintFor(otherId)).toBe('if the assistant exists, add it to assistants in the byo-lint config');
  });
});
