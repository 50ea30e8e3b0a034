import { quote } from '../diagnostic.js';
import { analyseRouting, effectiveServer, levelOwners, numberMessagesSecret } from './routing.js';
import type { EntryContext, Rule } from './types.js';
import { stringAt } from './types.js';
import { displayUrl, isPlainHttp, urlProblem } from './url.js';

export const insecureServerUrl: Rule = {
  meta: {
    id: 'insecure-server-url',
    description: 'serverUrl uses plain http (an error when a serverUrlSecret would be sent to it)',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        "Server messages carry call data, and the serverUrlSecret travels with each of them in the x-vapi-secret header. Over plain http anyone on the path can read both. The rule reports an error instead of a warning when a secret would be sent to it: when the URL is the one in effect (no known assistant's own serverUrl takes the messages, or a squad set beside that assistant may answer instead) and a level sets a serverUrlSecret, the assistant's, the number's or the org's, by the same precedence.",
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nserverUrlSecret: ${VAPI_SERVER_SECRET}\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: http://hooks.example.com/vapi\nserverUrlSecret: ${VAPI_SERVER_SECRET}\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
    },
  },
  needs: 'serverUrl',
  check(context: EntryContext) {
    const value = stringAt(context.entry, 'serverUrl');
    if (value === undefined || !isPlainHttp(value)) return;
    const routing = analyseRouting(context.entry, context.knowledge);
    const effective = effectiveServer(routing);
    // beside a squad, the assistant's own URL wins only if the assistant answers: if the squad does, its members without their own take this one
    const ifSquad =
      effective.url?.level === 'assistant' && routing.answer.by === 'assistant-and-squad' ? routing.answer.squadId : undefined;
    // the URL gets the call's messages, and the secret that goes with them, only where it is the one in effect
    const secret = effective.url?.level === 'phone-number' ? effective.secret : ifSquad ? numberMessagesSecret(routing) : undefined;
    const quoted = quote(displayUrl(value));
    context.report({
      path: ['serverUrl'],
      messageId: secret ? 'secret-in-clear' : 'plain-http',
      escalate: secret !== undefined,
      message: secret
        ? `serverUrl ${quoted} uses plain http, and ${levelOwners[secret.level]} serverUrlSecret would be sent to it in clear text${ifSquad ? ` if squad ${ifSquad} answers` : ''}; expected https`
        : `serverUrl ${quoted} uses plain http: server messages travel unencrypted; expected https`,
      hint: 'use https://',
      // a suggestion only: whether the host serves https is for a person to check; a URL with
      // embedded credentials gets none, since the replacement text would carry them
      suggestions:
        urlProblem(value) === undefined
          ? [{ desc: 'use https://', fix: { target: 'value', text: JSON.stringify(value.replace(/^http:/i, 'https:')) } }]
          : undefined,
    });
  },
};
