import { secretSource } from './routing.js';
import type { EntryContext, Rule } from './types.js';

export const plaintextSecret: Rule = {
  meta: {
    id: 'plaintext-secret',
    description: 'serverUrlSecret written as a literal instead of a ${NAME} placeholder',
    defaultSeverity: 'warn',
    fixable: false,
    docs: {
      rationale:
        'A serverUrlSecret committed to a repository is a leaked credential: everyone with read access, every fork and every backup has it, and it stays in the history after it is removed. Commit a `${NAME}` placeholder and let the tooling that applies the file fill it in from a secret store.',
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nserverUrlSecret: ${VAPI_SERVER_SECRET}\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nserverUrlSecret: 9f86d081884c7d659a2feaa0c55ad015\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
    },
  },
  needs: 'serverUrlSecret',
  check(context: EntryContext) {
    const source = secretSource(context.entry.serverUrlSecret);
    if (source.kind !== 'literal' && source.kind !== 'mixed') return;
    // an empty secret leaks nothing; weak-secret reports it
    if (source.kind === 'literal' && source.length === 0) return;
    context.report({
      path: ['serverUrlSecret'],
      messageId: source.kind,
      message:
        source.kind === 'literal'
          ? `serverUrlSecret is a literal of ${source.length} character${source.length === 1 ? '' : 's'} committed in plain text; expected a placeholder such as \${VAPI_SERVER_SECRET}`
          : 'serverUrlSecret mixes literal text with a placeholder: the literal part is committed in plain text; expected only a placeholder such as ${VAPI_SERVER_SECRET}',
      hint: 'move the secret to your secret store, commit ${NAME} in its place, and rotate the leaked one',
    });
  },
};
