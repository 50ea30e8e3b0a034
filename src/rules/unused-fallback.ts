import type { EntryContext, Rule } from './types.js';
import { analyseRouting, answeredDirectly } from './routing.js';

const handlers = {
  assistant: 'assistantId is set, so the assistant',
  squad: 'squadId is set, so the squad',
  'assistant-and-squad': 'assistantId and squadId are set, so the assistant or the squad',
};

export const unusedFallback: Rule = {
  meta: {
    id: 'unused-fallback',
    description: 'fallbackDestination set together with assistantId or squadId: it is never used',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        'Vapi uses the fallbackDestination only when the number has neither assistantId nor squadId and the assistant-request to the server URL fails. Next to an assistant or a squad it is dead configuration that suggests a safety net which does not exist.',
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
    },
  },
  needs: 'fallbackDestination',
  check(context: EntryContext) {
    // only an assistant or a squad leaves the fallback unused
    if (!answeredDirectly(context.entry)) return;
    const routing = analyseRouting(context.entry, context.knowledge);
    if (!routing.fallback || routing.onRequestFailure !== 'not-applicable') return;
    const handler = handlers[routing.answer.by as keyof typeof handlers];
    context.report({
      path: ['fallbackDestination'],
      target: 'key',
      message: `fallbackDestination is never used: ${handler} answers every inbound call; the fallback only takes calls when neither assistantId nor squadId is set and the assistant-request fails`,
      hint: 'remove fallbackDestination, or remove assistantId/squadId to route calls through the server URL',
    });
  },
};
