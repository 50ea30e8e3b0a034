import { quote } from '../diagnostic.js';
import { numberWithFallback } from './doc-examples.js';
import type { Rule } from './types.js';
import { hasPlaceholder, mappingAt } from './types.js';
import { ipv4Octets } from './url.js';

const label = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
// RFC 3261 makes the last label start with a letter: that is what tells a host name from a phone number or a mistyped IPv4 address
const hostName = `(?:${label}\\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?`;
const hostNamePattern = new RegExp(`^${hostName}\\.?$`);

/**
 * A SIP URI of the usual form, `sip:user@pbx.example.com`: a user without whitespace, "@" or "?"
 * that does not start with "/", and a host name without port, parameters or headers. None of
 * the checks below can fail for it, so it is judged in one step: most fallbacks of a large file
 * are written this way.
 */
export const usualSipUri = new RegExp(`^sips?:(?:[^\\s@?/][^\\s@?]*@)?${hostName}$`, 'i');

/** A phone number or an extension where the host should be, as in `sip:1001`: the author left out "@" and the host. */
const numberOnly = /^\+?\d+$/;

/**
 * Whether the text is an IPv6 address. The URL parser judges it: node:net would load networking
 * code, which byo-lint never does. A zone such as "%eth0" fails the character check, since it only
 * means something on the machine that wrote it.
 */
function isIPv6(address: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(address)) return false;
  try {
    new URL(`http://[${address}]/`);
    return true;
  } catch {
    return false;
  }
}

function hostProblem(host: string, hasUser: boolean): string | undefined {
  if (hostNamePattern.test(host)) return undefined;
  const octets = ipv4Octets(host);
  if (octets)
    return octets.every((octet) => octet <= 255) ? undefined : `has an invalid IPv4 address ${quote(host)}, whose numbers must be 0 to 255`;
  const bracketed = /^\[(.*)\]$/.exec(host)?.[1];
  if (bracketed !== undefined) return isIPv6(bracketed) ? undefined : `has an invalid IPv6 address ${quote(host)}`;
  if (!hasUser && numberOnly.test(host)) return `has no host: ${quote(host)} is a number, not a host name or an IP address`;
  return `has an invalid host ${quote(host)}`;
}

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
  const problem = hostProblem(host, at > 0);
  if (problem) return problem;
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
        'A SIP fallback destination is dialled as a SIP URI: `sip:` (or `sips:` for TLS), an optional user and `@`, a host, then an optional port and parameters, such as `sip:frontdesk@pbx.example.com` or `sips:pbx.example.com:5061;transport=tls`. The host is a host name, an IPv4 address or a bracketed IPv6 address; a number in its place, as in `sip:1001`, names no machine to call. The API does not check any of this, so a bare host name, a `tel:` number, a number without a host or a typo is accepted and only fails when a call needs the fallback. Values with a `${NAME}` placeholder are not checked.',
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
    report({
      path: ['fallbackDestination', 'sipUri'],
      message: `sipUri ${quote(uri)} ${problem}; expected a SIP URI such as "sip:frontdesk@pbx.example.com"`,
      hint: hintFor(uri),
    });
  },
};

/** A concrete URI only when the rule would accept it, since following a hint must end the report. */
function hintFor(uri: string): string {
  const withScheme = schemePattern.test(uri) ? uri : `sip:${uri.trim()}`;
  if (withScheme !== uri && !sipUriProblem(withScheme)) return `write ${quote(withScheme)}`;
  // only the author knows the host, so the hint shows where it goes rather than inventing one
  if (numberOnly.test(withScheme.slice(withScheme.indexOf(':') + 1))) {
    return `write ${quote(`${withScheme}@`)} followed by your PBX's host name or IP address, such as ${quote(`${withScheme}@pbx.example.com`)}`;
  }
  return 'write sip: or sips:, an optional user and "@", then the host';
}
