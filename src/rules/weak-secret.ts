import { secretSource } from './routing.js';
import type { EntryContext, Rule } from './types.js';

const minimumLength = 16;

export const weakSecret: Rule = {
  meta: {
    id: 'weak-secret',
    description: `a literal serverUrlSecret shorter than ${minimumLength} characters or one character repeated`,
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale: `The serverUrlSecret is how your server tells Vapi's requests from anyone else's. A short secret or one character repeated (a leftover \`xxxxxxxx\`) can be guessed. Use at least ${minimumLength} random characters; 32 or more from a generator is better. Placeholders are not checked: their value is not in the file.`,
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nserverUrlSecret: ${VAPI_SERVER_SECRET}\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nserverUrlSecret: changeme\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
    },
  },
  needs: 'serverUrlSecret',
  check(context: EntryContext) {
    const source = secretSource(context.entry.serverUrlSecret);
    if (source.kind !== 'literal') return;
    const weakness = source.repeated
      ? `one character repeated ${source.length} times; expected random characters`
      : source.length < minimumLength
        ? `${source.length} character${source.length === 1 ? '' : 's'} long; expected at least ${minimumLength}`
        : undefined;
    if (!weakness) return;
    context.report({
      path: ['serverUrlSecret'],
      messageId: source.repeated ? 'repeated' : 'short',
      message: `serverUrlSecret is weak: ${weakness}`,
      hint: 'generate a random secret of 32 or more characters, e.g. `openssl rand -hex 32`',
    });
  },
};
