import { quote } from '../diagnostic.js';
import { declared, findById, referenceFields, uuidPattern } from './references.js';
import type { Rule } from './types.js';
import { hasPlaceholder, stringAt } from './types.js';

export const idFormat: Rule = {
  meta: {
    id: 'id-format',
    description: 'credentialId, assistantId or squadId that is neither a UUID nor a placeholder',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        'Vapi gives every credential, assistant and squad a UUID, and these fields take that id, not a name. The API description sets no format, so the rule only warns, but a value such as `front-desk` or `main-trunk` is almost always a name written where the id belongs. A `${NAME}` placeholder is accepted, and so is an id the config declares under `assistants`, `squads` or `credentials`.',
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: ${SUPPORT_ASSISTANT_ID}\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: main-trunk\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n',
    },
  },
  check({ entry, knowledge, report }) {
    for (const reference of referenceFields) {
      const id = stringAt(entry, reference.field);
      // an empty id is missing rather than malformed, which the schema's min-length reports for credentialId
      if (!id || uuidPattern.test(id) || hasPlaceholder(id)) continue;
      const items = declared(knowledge, reference);
      if (items && findById(items, id)) continue;
      report({
        path: [reference.field],
        message: `${reference.field} ${quote(id)} is not a UUID; Vapi ${reference.noun} ids look like "9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e"`,
        hint: `copy the ${reference.noun}'s id from the Vapi dashboard, or write a placeholder such as \${${reference.field.replace(/Id$/, '').toUpperCase()}_ID}`,
      });
    }
  },
};
