import { quote } from '../diagnostic.js';
import { analyseRouting, assistantName, higherUrlKnowable, precedenceOrder } from './routing.js';
import type { EntryContext, Rule } from './types.js';
import { displayUrl, sameUrl } from './url.js';

export const serverUrlPrecedence: Rule = {
  meta: {
    id: 'server-url-precedence',
    description: "the number's serverUrl never takes effect (a known assistant's wins) or changes nothing (same as the org's)",
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale: `Vapi picks the server URL by precedence: ${precedenceOrder}. When the number's assistant has its own serverUrl, the number's is never used for that assistant's calls; when it equals the org's, it changes nothing and drifts the day the org's moves, unless the number sets its own serverUrlSecret, which the URL then pairs with on the number's level (see orphan-server-secret). The rule needs the assistants and the org from the byo-lint configuration.`,
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi/sales\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\nserverUrl: https://hooks.example.com/vapi/sales\n',
      config: {
        org: { serverUrl: 'https://hooks.example.com/vapi' },
        assistants: [{ id: '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e', name: 'support', serverUrl: 'https://hooks.example.com/vapi/support' }],
      },
    },
  },
  needs: 'serverUrl',
  check(context: EntryContext) {
    // only an assistant's URL can shadow the number's, and only the org's can equal it
    if (!higherUrlKnowable(context.entry, context.knowledge)) return;
    const routing = analyseRouting(context.entry, context.knowledge);
    const url = routing.number.url;
    if (url === undefined) return;
    const { assistant, org } = routing;
    const quoted = () => quote(displayUrl(url));
    if (assistant.kind === 'assistant' && assistant.declared && assistant.url.state === 'set') {
      const assistantUrl = `its own serverUrl ${quote(displayUrl(assistant.url.url))} wins (${precedenceOrder})`;
      const { answer } = routing;
      // with a squad set too, either may answer (see explain's 'assistant-or-squad' caveat): the squad's members without their own URL use the number's
      context.report(
        answer.by === 'assistant-and-squad'
          ? {
              path: ['serverUrl'],
              messageId: 'shadowed-unless-squad',
              message: `serverUrl ${quoted()} takes effect only if squad ${answer.squadId} answers, for its members without their own serverUrl: if assistant ${assistantName(routing)} answers instead, ${assistantUrl}`,
              hint: "keep only one of assistantId and squadId; if it is the assistant, remove the number's serverUrl",
            }
          : {
              path: ['serverUrl'],
              messageId: 'shadowed',
              message: `serverUrl ${quoted()} never takes effect: assistant ${assistantName(routing)} answers this number's calls and ${assistantUrl}`,
              hint: "remove the number's serverUrl, or change the assistant's",
            },
      );
    } else if (org.url.state === 'set' && sameUrl(url, org.url.url) && routing.number.secret.kind === 'none') {
      // beside the number's own serverUrlSecret the URL is not redundant: it pairs that secret with a URL on its own level, as
      // orphan-server-secret asks, and removing it would trade this finding for that one
      context.report({
        path: ['serverUrl'],
        messageId: 'same-as-org',
        message: `serverUrl ${quoted()} changes nothing: it is the org's serverUrl, which applies anyway when the number sets none (${precedenceOrder})`,
        hint: "remove it, so the number follows the org's URL when that moves",
      });
    }
  },
};
