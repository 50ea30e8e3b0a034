import { quote } from '../diagnostic.js';
import type { EntryContext, Rule } from './types.js';
import { stringAt } from './types.js';
import { displayUrl, unreachableHost } from './url.js';

export const unreachableServerUrl: Rule = {
  meta: {
    id: 'unreachable-server-url',
    description: "serverUrl points at localhost, a private or link-local address or a local-only name that Vapi's cloud cannot reach",
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        'Vapi sends server messages from its cloud, on the public internet. `localhost`, loopback, private-range (10/8, 172.16/12, 192.168/16, fc00::/7), link-local and carrier-grade NAT (100.64/10) addresses, and `.local`, `.internal` and `.localhost` names, only mean something inside your own network: every request to them fails, and calls routed by the assistant-request fail with them. Expose a development server through a public tunnel instead.',
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://192.168.1.20/vapi\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
    },
  },
  needs: 'serverUrl',
  check(context: EntryContext) {
    const value = stringAt(context.entry, 'serverUrl');
    const where = value === undefined ? undefined : unreachableHost(value);
    if (value === undefined || where === undefined) return;
    context.report({
      path: ['serverUrl'],
      message: `serverUrl ${quote(displayUrl(value))} points at ${where}, which Vapi's cloud cannot reach`,
      hint: 'use a public https URL; for local development, expose the server through a tunnel',
    });
  },
};
