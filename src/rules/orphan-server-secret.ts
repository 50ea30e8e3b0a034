import { quote } from '../diagnostic.js';
import {
  analyseRouting,
  assistantName,
  declareOrgHint,
  effectiveServer,
  numberServerUrl,
  precedenceCaveat,
  type Routing,
} from './routing.js';
import type { EntryContext, Knowledge, Rule } from './types.js';
import { displayUrl } from './url.js';

/**
 * Where the number's secret goes, by the precedence: to the URL in effect, whichever level sets
 * it. Where byo-lint does not know a level above (an undeclared assistant, a squad), it says so.
 */
function pairing(routing: Routing, knowledge: Knowledge): { messageId: string; text: string } {
  const effective = effectiveServer(routing);
  const url = effective.url;
  // the reply to the assistant-request may name any assistant: that is no reason to doubt where the request goes
  const hedge = effective.caveat === 'per-call' ? '' : precedenceCaveat(effective, routing);
  if (url?.level === 'assistant') {
    return {
      messageId: 'assistant',
      // with a squad set too, either may answer: the hedge says what happens if the squad does
      text: `: the secret pairs with the serverUrl ${quote(displayUrl(url.value))} of assistant ${assistantName(routing)}, ${hedge ? `if it answers${hedge}` : "which answers the number's calls"}`,
    };
  }
  if (url) return { messageId: 'org-set', text: `: the secret pairs with the org's serverUrl ${quote(displayUrl(url.value))}${hedge}` };
  if (effective.orgUnknown) {
    return {
      messageId: 'org-unknown',
      text: `: the secret pairs with the org's serverUrl, which the config does not declare; ${declareOrgHint(knowledge.configFile)}`,
    };
  }
  return { messageId: 'org-none', text: ` and the org has none (org.serverUrl is null in the config): the secret is sent nowhere${hedge}` };
}

export const orphanServerSecret: Rule = {
  meta: {
    id: 'orphan-server-secret',
    description: "serverUrlSecret without a serverUrl on the number: it pairs with the org's URL, or with none",
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        "serverUrlSecret follows the same precedence as serverUrl, level by level. A secret on a number without its own serverUrl is sent to the URL in effect: the serverUrl of the assistant that answers, if it has one, else the org's. That is rarely what the author meant (and when no level has a URL it is sent nowhere; when the assistant sends its own secret, the number's is never sent). Set the URL next to the secret, or keep the secret where the URL is.",
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi/sales\nserverUrlSecret: ${VAPI_SALES_SECRET}\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrlSecret: ${VAPI_SALES_SECRET}\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      config: { org: { serverUrl: 'https://hooks.example.com/vapi' } },
    },
  },
  needs: 'serverUrlSecret',
  check(context: EntryContext) {
    // the number's own serverUrl pairs with its secret
    if (numberServerUrl(context.entry) !== undefined) return;
    const routing = analyseRouting(context.entry, context.knowledge);
    if (routing.number.secret.kind === 'none' || routing.number.url !== undefined) return;
    if (routing.assistant.kind === 'assistant' && routing.assistant.secret.kind !== 'none') {
      const { answer } = routing;
      // with a squad set too, either may answer (as in server-url-precedence): the squad's members without their own secret send the number's
      context.report(
        answer.by === 'assistant-and-squad'
          ? {
              path: ['serverUrlSecret'],
              target: 'key',
              messageId: 'never-sent-unless-squad',
              message: `serverUrlSecret is sent only if squad ${answer.squadId} answers, with the messages of its members without their own serverUrlSecret: if assistant ${assistantName(routing)} answers instead, its own serverUrlSecret wins`,
              hint: "keep only one of assistantId and squadId; if it is the assistant, remove the number's secret",
            }
          : {
              path: ['serverUrlSecret'],
              target: 'key',
              messageId: 'never-sent',
              // the secret's level is chosen on its own, as the URL's is: a serverUrl on the number would not get the number's secret sent
              message: `serverUrlSecret is never sent: assistant ${assistantName(routing)} answers the number's calls and its own serverUrlSecret wins, whether or not the number sets a serverUrl`,
              hint: "remove the number's secret; to change the secret the assistant's messages carry, change the assistant's serverUrlSecret",
            },
      );
      return;
    }
    const { messageId, text } = pairing(routing, context.knowledge);
    context.report({
      path: ['serverUrlSecret'],
      target: 'key',
      messageId,
      message: `serverUrlSecret is set but the number has no serverUrl${text}`,
      hint: 'set serverUrl next to the secret, or remove the secret and rely on the org settings',
    });
  },
};
