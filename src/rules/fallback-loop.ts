import { quote } from '../diagnostic.js';
import { numberWithFallback } from './doc-examples.js';
import { numberKey } from './numbers.js';
import type { Rule } from './types.js';
import { mappingAt } from './types.js';

export const fallbackLoop: Rule = {
  meta: {
    id: 'fallback-loop',
    description: 'the fallback number is the number itself',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        'The fallback destination takes the inbound calls the assistant-request could not route. A fallback to the number itself sends the caller back into the same routing, which fails the same way: the call loops instead of reaching a person. The numbers are compared ignoring formatting (spaces, dashes, dots, brackets) and a leading `+`.',
      valid: numberWithFallback(['type: number', 'number: "+14155550199"']),
      invalid: numberWithFallback(['type: number', 'number: "+14155550100"']),
    },
  },
  needs: 'fallbackDestination',
  check({ entry, report }) {
    const destination = mappingAt(entry, 'fallbackDestination');
    // a SIP destination dials its sipUri: a number key beside it is never dialled (the schema reports it as unknown)
    const fallback = destination?.type === 'sip' ? undefined : destination?.number;
    const own = fallback === undefined ? undefined : numberKey(entry.number);
    if (own === undefined || numberKey(fallback) !== own) return;
    const ownNumber = String(entry.number);
    const fallbackNumber = String(fallback);
    report({
      path: ['fallbackDestination', 'number'],
      message: `fallback number ${quote(fallbackNumber)} is the entry's own number${fallbackNumber === ownNumber ? '' : ` ${quote(ownNumber)}`}; a call whose routing failed would be transferred back into the same routing`,
      hint: 'transfer to another number, such as a front desk or a voicemail line',
    });
  },
};
