import { hasPlaceholder, placeholderPattern } from './types.js';

/** Why a server URL is not one Vapi can send messages to; undefined when it is well formed. */
export type UrlProblem =
  | { kind: 'whitespace' }
  | { kind: 'not-absolute' }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'credentials' }
  | { kind: 'fragment'; fragment: string }
  | { kind: 'port'; port: string };

const schemePattern = /^([A-Za-z][A-Za-z0-9+.-]*):/;

const usualUrl = /^https?:\/\/((?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*)(?:[/?][^\s#]*)?$/i;

/**
 * The host of a URL of the usual form, lowercase: http or https, a host name of ASCII letters,
 * digits, dots and hyphens whose last label starts with a letter (so never an IP address) and that
 * has no punycode label, and no port, user or fragment. The URL parser takes every such URL as
 * written, so the rules judge it without parsing it, which was most of their time on a large file.
 * Undefined for any other URL.
 */
export function usualUrlHost(value: string): string | undefined {
  if (value !== lastHostText) {
    lastHostText = value;
    lastHost = usualUrl.exec(value)?.[1].toLowerCase();
  }
  return lastHost;
}

/** The last text usualUrlHost judged and its answer: the URL rules ask about the same serverUrl in turn. */
let lastHostText: string | undefined;
let lastHost: string | undefined;

/** The last text parsed and its URL: the URL rules judge the same serverUrl in turn. Callers only read the URL. */
let lastText: string | undefined;
let lastUrl: URL | undefined;

function parse(value: string): URL | undefined {
  if (value === lastText) return lastUrl;
  lastText = value;
  try {
    lastUrl = new URL(value);
  } catch {
    lastUrl = undefined;
  }
  return lastUrl;
}

/** The first problem of a server URL as written, in the order a reader would fix them. */
export function urlProblem(value: string): UrlProblem | undefined {
  if (usualUrlHost(value) !== undefined) return undefined;
  // the URL parser silently drops tabs and newlines and trims spaces, so look at the text first
  if (/\s/.test(value)) return { kind: 'whitespace' };
  const scheme = schemePattern.exec(value)?.[1];
  const url = parse(value);
  // the parser refuses a port past 65535, which is a wrong port rather than a missing host
  const port = /^https?:\/\/(?:[^/?#@]*@)?(?:\[[^\]]*\]|[^/?#:]*):([^/?#]*)/i.exec(value)?.[1];
  if (!url && port !== undefined && port !== '' && !(/^\d+$/.test(port) && Number(port) <= 65535)) return { kind: 'port', port };
  // `host:8080/path` parses as the scheme `host`: it is a URL without its scheme
  if (!scheme || !url || /^\d/.test(value.slice(scheme.length + 1))) return { kind: 'not-absolute' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'scheme', scheme };
  if (!value.slice(scheme.length + 1).startsWith('//')) return { kind: 'not-absolute' };
  if (url.username !== '' || url.password !== '' || /^[^/?#]*@/.test(value.slice(scheme.length + 3))) return { kind: 'credentials' };
  const hash = value.indexOf('#');
  if (hash >= 0) return { kind: 'fragment', fragment: value.slice(hash) };
  return undefined;
}

/**
 * A URL for a message: embedded credentials are secrets too, so they are masked. Everything up to
 * the authority's last "@" goes, whatever the slashes after the scheme: the URL parser reads
 * `https:user:pw@host` and `https:///user:pw@host` as credentials too, and a password may hold "@".
 */
export function displayUrl(value: string): string {
  return value.replace(/^([A-Za-z][A-Za-z0-9+.-]*:[/\\]*)[^/\\?#]*@/, '$1***@');
}

const everyPlaceholder = new RegExp(placeholderPattern.source, 'g');

/**
 * The URL with each `${NAME}` placeholder replaced by a neutral word, so that the literal parts
 * (the scheme, a fixed host) can still be judged; undefined when it does not parse.
 */
function parseLiteralParts(value: string): URL | undefined {
  if (/\s/.test(value)) return undefined;
  return parse(hasPlaceholder(value) ? value.replace(everyPlaceholder, 'placeholder') : value);
}

/** Whether the URL as written sends messages over plain http. */
export function isPlainHttp(value: string): boolean {
  return /^http:\/\//i.test(value);
}

/** Two URLs that Vapi would treat as the same address (scheme and host case, default port). */
export function sameUrl(a: string, b: string): boolean {
  if (a === b) return true;
  // what a placeholder becomes is decided at apply time
  if (hasPlaceholder(a) || hasPlaceholder(b)) return false;
  const left = parseLiteralParts(a);
  const right = parseLiteralParts(b);
  return left !== undefined && right !== undefined && left.href === right.href;
}

/** The four numbers of a dotted IPv4 address as written, each of one to three digits and not yet checked against 255. */
export function ipv4Octets(host: string): number[] | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return match ? match.slice(1).map(Number) : undefined;
}

function ipv4Range(octets: number[]): string | undefined {
  const [a, b] = octets;
  if (octets.every((octet) => octet === 0)) return 'the unspecified address 0.0.0.0';
  if (a === 127) return 'a loopback address (127.0.0.0/8)';
  if (a === 10) return 'a private address (10.0.0.0/8)';
  if (a === 172 && b >= 16 && b <= 31) return 'a private address (172.16.0.0/12)';
  if (a === 192 && b === 168) return 'a private address (192.168.0.0/16)';
  if (a === 169 && b === 254) return 'a link-local address (169.254.0.0/16)';
  // a carrier's NAT (RFC 6598): the address of a machine behind it, which the internet cannot dial
  if (a === 100 && b >= 64 && b <= 127) return 'a shared address behind carrier-grade NAT (100.64.0.0/10)';
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, lowercase). */
function ipv6Groups(host: string): number[] | undefined {
  if (!host.startsWith('[') || !host.endsWith(']')) return undefined;
  const [head, tail] = host.slice(1, -1).split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = groups(head);
  const right = groups(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function ipv6Range(groups: number[]): string | undefined {
  const zeroUpTo = (end: number) => groups.slice(0, end).every((group) => group === 0);
  if (zeroUpTo(8)) return 'the unspecified address ::';
  if (zeroUpTo(7) && groups[7] === 1) return 'the loopback address ::1';
  if (zeroUpTo(5) && groups[5] === 0xffff) {
    return ipv4Range([groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff]);
  }
  if ((groups[0] & 0xfe00) === 0xfc00) return 'a private address (fc00::/7)';
  if ((groups[0] & 0xffc0) === 0xfe80) return 'a link-local address (fe80::/10)';
  return undefined;
}

/** Host names that resolve only on the machine itself (`.localhost`, RFC 6761) or inside a local network. */
const localName = /\.(?:localhost|local|internal)$/;

/** The host of an http(s) URL that is not of the usual form, by the URL parser; undefined when it does not parse. */
function parsedHost(value: string): string | undefined {
  const url = parseLiteralParts(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  // a fully qualified name may end with a dot; it names the same host
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

/**
 * Why Vapi's cloud cannot reach the URL's host (localhost, loopback, private and link-local
 * ranges, local-only names); undefined when it may be public or the host is a placeholder.
 */
export function unreachableHost(value: string): string | undefined {
  const usualHost = usualUrlHost(value);
  const host = usualHost ?? parsedHost(value);
  if (host === undefined) return undefined;
  if (host === 'localhost') return 'localhost';
  const suffix = localName.exec(host)?.[0];
  if (suffix) return `a ${suffix} name (it resolves only ${suffix === '.localhost' ? 'on the machine itself' : 'inside a local network'})`;
  // a usual host's last label starts with a letter: it is a name, never an IP address
  if (usualHost !== undefined) return undefined;
  const octets = ipv4Octets(host);
  if (octets) return ipv4Range(octets);
  const groups = ipv6Groups(host);
  return groups ? ipv6Range(groups) : undefined;
}
