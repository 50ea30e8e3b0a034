import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const credentialId = '2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23';
const withIds = (credential: string, ...lines: string[]) => numberFile(...lines).replace(credentialId, credential);
const notUuid = (field: string, value: string, noun: string) =>
  `${field} "${value}" is not a UUID; Vapi ${noun} ids look like "9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e"`;

ruleTable('id-format', [
  { name: 'UUIDs', text: withIds(credentialId, `assistantId: ${assistantId}`), expected: [] },
  { name: 'an upper-case UUID', text: withIds(credentialId.toUpperCase(), `squadId: ${squadId}`), expected: [] },
  {
    name: 'placeholders',
    text: withIds('${TRUNK_CREDENTIAL_ID}', 'assistantId: ${ASSISTANT_ID}', 'squadId: "squad-${ENV}"'),
    expected: [],
  },
  {
    name: 'names where ids belong',
    text: withIds('main-trunk', 'assistantId: front-desk', 'squadId: "9b2c4d6e8f0a4b1c9d3e5f7a9b1c3d5e"'),
    expected: [
      { line: 3, column: 15, severity: 'warning', path: '/credentialId', message: notUuid('credentialId', 'main-trunk', 'credential') },
      { line: 4, column: 14, severity: 'warning', path: '/assistantId', message: notUuid('assistantId', 'front-desk', 'assistant') },
      {
        line: 5,
        column: 10,
        severity: 'warning',
        path: '/squadId',
        message: notUuid('squadId', '9b2c4d6e8f0a4b1c9d3e5f7a9b1c3d5e', 'squad'),
      },
    ],
  },
  {
    name: 'an id the config declares is accepted whatever its form',
    text: withIds(credentialId, 'assistantId: front-desk'),
    config: { assistants: [{ id: 'front-desk' }] },
    expected: [],
  },
  { name: 'a number is left to the schema', text: withIds(credentialId, 'assistantId: 42'), expected: [] },
  { name: 'an empty id is left to the schema', text: withIds('""', 'assistantId: ""'), expected: [] },
]);

describe('id-format hint', () => {
  it('says where the id comes from and offers a placeholder', () => {
    const [finding] = lintText(withIds('main-trunk')).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'id-format');
    expect(finding.hint).toBe("copy the credential's id from the Vapi dashboard, or write a placeholder such as ${CREDENTIAL_ID}");
  });
});
