import { quote } from '../diagnostic.js';
import { numberKey } from './numbers.js';
import type { Rule } from './types.js';
import { hasPlaceholder } from './types.js';
import { where } from './unique.js';

export const duplicateNumber: Rule = {
  meta: {
    id: 'duplicate-number',
    description: 'the same number twice across all files of one run',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        'Vapi routes an inbound call by the number it arrives on, so two entries for one number leave it ambiguous which assistant, server URL and fallback take its calls. The rule compares every `number` of every file in one run, ignoring formatting (spaces, dashes, dots, brackets) and a leading `+`, so `+1 (415) 555-0100` and `14155550100` are the same number; an unquoted number counts by the integer YAML reads (`01234` as `1234`), which quoted-number also reports. It reports the later occurrence and names the earlier one. A value holding a `${NAME}` placeholder is not compared: what it becomes is decided at apply time.',
      valid: `phoneNumbers:
  - provider: byo-phone-number
    number: "+14155550100"
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
  - provider: byo-phone-number
    number: "+14155550101"
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
`,
      invalid: `phoneNumbers:
  - provider: byo-phone-number
    number: "+14155550100"
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
  - provider: byo-phone-number
    number: "+14155550100"
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: 4d8e2a6c-1b3f-4e5a-9c7d-2f4b6d8e0a1c
`,
    },
  },
  unique: {
    path: ['number'],
    key(entry) {
      const value = entry.number;
      return typeof value === 'string' && hasPlaceholder(value) ? undefined : numberKey(value);
    },
    message: (entry, first) =>
      `number ${quote(entry.number)} is already defined at ${where(first)}; define each number once, or its inbound routing is ambiguous`,
  },
};
