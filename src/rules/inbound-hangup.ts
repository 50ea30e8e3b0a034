import { analyseRouting, answeredDirectly, declareOrgHint, numberServerUrl, fallbackNotADestination, type Routing } from './routing.js';
import type { EntryContext, Rule } from './types.js';

const cause = (routing: Routing) =>
  routing.fallbackUnusable
    ? `every inbound call is hung up: the number has no assistantId, squadId or serverUrl, and its ${fallbackNotADestination}`
    : 'every inbound call is hung up: the number has no assistantId, squadId, serverUrl or fallbackDestination';

export const inboundHangup: Rule = {
  meta: {
    id: 'inbound-hangup',
    description: 'no assistant, squad, server URL or fallback: every inbound call is hung up',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        "Vapi answers an inbound call with the number's assistantId or squadId; without either it sends an assistant-request to the server URL (the number's, else the org's) and, when that fails, transfers to the fallbackDestination. A number with none of these, in an org without a server URL, hangs up on every caller. The org's settings are not in the phone-number file: declare `org.serverUrl` in the byo-lint configuration (`null` when the org has none) so the rule knows.",
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n',
      invalid: 'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n',
      config: { org: { serverUrl: null } },
    },
  },
  check(context: EntryContext) {
    // an assistant, a squad or the number's own URL answers its calls
    if (answeredDirectly(context.entry) || numberServerUrl(context.entry) !== undefined) return;
    const routing = analyseRouting(context.entry, context.knowledge);
    if (routing.answer.by !== 'nobody' || routing.fallback) return;
    const unknownOrg = routing.answer.org === 'unknown';
    context.report({
      path: [],
      target: 'first-line',
      messageId: unknownOrg ? 'org-unknown' : 'org-none',
      message: unknownOrg
        ? `${cause(routing)}, and the config does not declare the org's server URL; if the org has one, ${declareOrgHint(context.knowledge.configFile)}`
        : `${cause(routing)}, and the org has no server URL (org.serverUrl is null in the config)`,
      hint: 'set assistantId or squadId, or a serverUrl that answers the assistant-request, and a fallbackDestination',
    });
  },
};
