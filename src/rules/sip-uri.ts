import { quote } from '../diagnostic.js';
import { numberWithFallback } from './doc-examples.js';
import type { Rule } from './types.js';
import { hasPlaceholder, mappingAt } from './types.js';

const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
/** A domain name, an IPv4 address (a name of digit labels) or a bracketed IPv6 address. */
const hostPattern = new RegExp(`^(?:${label}(?:\\.${label})*\\.?|\\[[0-9A-Fa-f:.]+\\])$`);

/**
 * A SIP URI of the usual form, `sip:user@pbx.example.com`: a user without whitespace, "@" or "?"
 * that does not start with "/", and a domain name without port, parameters or headers. None of
 * the checks below can fail for it, so it is judged in one step: most fallbacks of a large file
 * are written this way.
 */
export const usualSipUri = new RegExp(`^sips?:(?:[^\\s@?/][^\\s@?]*@)?${label}(?:\\.${label})*$`, 'i');

const schemePattern = /^sips?:/i;

function sipUriProblem(uri: string): string | undefined {
  return usualSipUri.test(uri) ? undefined : checkedSipUriProblem(uri);
}

/** What is wrong with a SIP URI (RFC 3261 `sip:[user[:password]@]host[:port][;params][?headers]`), if anything. */
export function checkedSipUriProblem(uri: string): string | undefined {
  if (/\s/.test(uri)) return 'contains whitespace';
  const scheme = schemePattern.exec(uri);
  if (!scheme) return 'does not start with "sip:" or "sips:"';
  const address = uri.slice(scheme[0].length).split('?')[0];
  // written as a web address, the slashes land in the user or the host, where each can pass unseen
  if (address.startsWith('//')) return 'has "//" after the scheme, which a SIP URI does not have';
  const at = address.lastIndexOf('@');
  if (at === 0) return 'has "@" without a user before it';
  const [hostPort] = address.slice(at + 1).split(';');
  const [, host, port] = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort) ?? [];
  if (!host) return 'has no host';
  if (!hostPattern.test(host)) return `has an invalid host ${quote(host)}`;
  if (port !== undefined && !(/^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) {
    return `has an invalid port ${quote(port)}, which must be 1 to 65535`;
  }
  return undefined;
}

export const sipUri: Rule = {
  meta: {
    id: 'sip-uri',
    description: 'a sipUri that is not "sip:" or "sips:" with a host',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        'A SIP fallback destination is dialled as a SIP URI: `sip:` (or `sips:` for TLS), an optional user and `@`, a host, then an optional port and parameters, such as `sip:frontdesk@pbx.example.com` or `sips:pbx.example.com:5061;transport=tls`. The API does not check it, so a bare host name, a `tel:` number or a typo is accepted and only fails when a call needs the fallback. Values with a `${NAME}` placeholder are not checked.',
      valid: numberWithFallback(['type: sip', 'sipUri: sip:frontdesk@pbx.example.com']),
      invalid: numberWithFallback(['type: sip', 'sipUri: frontdesk@pbx.example.com']),
    },
  },
  needs: 'fallbackDestination',
  check({ entry, report }) {
    const uri = mappingAt(entry, 'fallbackDestination')?.sipUri;
    if (typeof uri !== 'string' || hasPlaceholder(uri)) return;
    const problem = sipUriProblem(uri);
    if (!problem) return;
    // "sip:" in front is offered only to a URI that lacks a scheme and is valid with it
    const withScheme = schemePattern.test(uri) ? undefined : `sip:${uri.trim()}`;
    report({
      path: ['fallbackDestination', 'sipUri'],
      message: `sipUri ${quote(uri)} ${problem}; expected a SIP URI such as "sip:frontdesk@pbx.example.com"`,
      hint:
        withScheme === undefined || sipUriProblem(withScheme)
          ? 'write sip: or sips:, an optional user and "@", then the host'
          : `write ${quote(withScheme)}`,
    });
  },
};
