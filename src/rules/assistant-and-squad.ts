import type { EntryContext, Rule } from './types.js';
import { answeredByBoth } from './routing.js';

export const assistantAndSquad: Rule = {
  meta: {
    id: 'assistant-and-squad',
    description: 'both assistantId and squadId set: which one answers is undefined',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        'An inbound call is answered by the assistant of assistantId or by the squad of squadId. The API documents no rule for a number that sets both, so which one answers may differ between API versions or change without notice. Keep one.',
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nsquadId: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\nsquadId: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f\n',
    },
  },
  needs: 'squadId',
  check(context: EntryContext) {
    if (!answeredByBoth(context.entry)) return;
    context.report({
      path: ['squadId'],
      target: 'key',
      message: 'both assistantId and squadId are set; the API documents no rule for which one answers, so inbound routing is ambiguous',
      hint: 'keep assistantId or squadId, not both',
    });
  },
};
