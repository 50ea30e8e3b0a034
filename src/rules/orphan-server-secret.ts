import { analyseRouting, declareOrgHint, type LevelUrl } from './routing.js';
import type { EntryContext, Rule } from './types.js';
import { displayUrl } from './url.js';

function pairing(org: LevelUrl): string {
  switch (org.state) {
    case 'set':
      return `: the secret pairs with the org's serverUrl ${JSON.stringify(displayUrl(org.url))}`;
    case 'none':
      return ' and the org has none (org.serverUrl is null in the config): the secret is sent nowhere';
    case 'unknown':
      return `: the secret pairs with the org's serverUrl, which the config does not declare; ${declareOrgHint}`;
  }
}

export const orphanServerSecret: Rule = {
  meta: {
    id: 'orphan-server-secret',
    description: "serverUrlSecret without a serverUrl on the number: it pairs with the org's URL, or with none",
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        "serverUrlSecret follows the same precedence as serverUrl, level by level. A secret on a number without its own serverUrl is sent to the org's server URL, which is rarely what the author meant (and when the org has no URL it is sent nowhere). Set the URL next to the secret, or keep the secret where the URL is.",
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi/sales\nserverUrlSecret: ${VAPI_SALES_SECRET}\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrlSecret: ${VAPI_SALES_SECRET}\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      config: { org: { serverUrl: 'https://hooks.example.com/vapi' } },
    },
  },
  needs: 'serverUrlSecret',
  check(context: EntryContext) {
    const routing = analyseRouting(context.entry, context.knowledge);
    if (routing.number.secret.kind === 'none' || routing.number.url !== undefined) return;
    const org = routing.org.url;
    context.report({
      path: ['serverUrlSecret'],
      target: 'key',
      messageId: `org-${org.state}`,
      message: `serverUrlSecret is set but the number has no serverUrl${pairing(org)}`,
      hint: 'set serverUrl next to the secret, or remove the secret and rely on the org settings',
    });
  },
};
