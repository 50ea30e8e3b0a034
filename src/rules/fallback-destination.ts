import { quote } from '../diagnostic.js';
import { analyseRouting, answeredDirectly, assistantRequestTimeout, fallbackNotADestination, levelNames } from './routing.js';
import { mappingAt, type EntryContext, type Rule } from './types.js';
import { displayUrl } from './url.js';

export const fallbackDestination: Rule = {
  meta: {
    id: 'fallback-destination',
    description: 'routed by the assistant-request with no fallbackDestination: a failed request hangs up the call',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale: `A number without assistantId or squadId is routed call by call: Vapi sends an assistant-request to the server URL (the number's, else the org's) and waits ${assistantRequestTimeout} for an assistant, a squad or a destination. When the server is down, slow or answers with an error, the call goes to the fallbackDestination, and without one it is hung up. Give such numbers a fallback: a human line or a voicemail.`,
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\n',
    },
  },
  check(context: EntryContext) {
    // with an assistant, a squad or a fallback there is nothing to report, which most entries settle without the analysis
    if (answeredDirectly(context.entry) || mappingAt(context.entry, 'fallbackDestination')) return;
    const routing = analyseRouting(context.entry, context.knowledge);
    if (routing.answer.by !== 'assistant-request' || routing.fallback) return;
    // a fallbackDestination written as null or a string is there, just unusable: saying "no fallbackDestination" would contradict the file
    const unusable = routing.fallbackUnusable;
    context.report({
      path: [],
      target: 'first-line',
      message: `${unusable ? fallbackNotADestination : 'no fallbackDestination'}: with no assistantId or squadId, inbound calls are routed by an assistant-request to ${quote(displayUrl(routing.answer.url))} (${levelNames[routing.answer.level]}), and a call is hung up when that request fails or gets no reply within ${assistantRequestTimeout}`,
      hint: unusable
        ? 'write fallbackDestination as a mapping: type number with a number, or type sip with a sipUri'
        : 'add a fallbackDestination (a number or a SIP URI) to take the call when the server cannot',
    });
  },
};
