import { quote } from '../diagnostic.js';
import type { Rule } from './types.js';
import { hasPlaceholder, stringAt } from './types.js';
import { where } from './unique.js';

export const duplicateName: Rule = {
  meta: {
    id: 'duplicate-name',
    description: 'the same name twice across all files of one run',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        'The name is how people find a number in the dashboard, in logs and in call reports. Two numbers called the same are easily confused, and a copied file that kept its name is often a sign of a number configured twice. The rule compares every `name` of every file in one run, ignoring case and surrounding spaces, and names the earlier place. A name holding a `${NAME}` placeholder is not compared.',
      valid: `phoneNumbers:
  - provider: byo-phone-number
    number: "+14155550100"
    name: Support (US)
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
  - provider: byo-phone-number
    number: "+442071838750"
    name: Support (UK)
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
`,
      invalid: `phoneNumbers:
  - provider: byo-phone-number
    number: "+14155550100"
    name: Support
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
  - provider: byo-phone-number
    number: "+442071838750"
    name: support
    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
    assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
`,
    },
  },
  unique: {
    path: ['name'],
    key(entry) {
      const name = stringAt(entry, 'name');
      const key = name?.trim().toLowerCase();
      return name === undefined || !key || hasPlaceholder(name) ? undefined : key;
    },
    message: (entry, first) => `name ${quote(entry.name)} is already used at ${where(first)}; give each number its own name`,
  },
};
