import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { numberFile, ruleTable } from './rule-table.js';

const withSipUri = (uri: string) =>
  numberFile('serverUrl: https://hooks.example.com/vapi', 'fallbackDestination:', '  type: sip', `  sipUri: ${JSON.stringify(uri)}`);
const invalid = (uri: string, problem: string) => ({
  line: 7,
  column: 11,
  severity: 'error' as const,
  path: '/fallbackDestination/sipUri',
  message: `sipUri "${uri}" ${problem}; expected a SIP URI such as "sip:frontdesk@pbx.example.com"`,
});

const valid = [
  'sip:frontdesk@pbx.example.com',
  'sips:pbx.example.com:5061;transport=tls',
  'SIP:frontdesk@PBX.example.com',
  'sip:+14155550100@203.0.113.10:5060',
  'sip:alice:secret@pbx.example.com?subject=fallback',
  'sip:frontdesk@[2001:db8::10]:5060',
  'sip:frontdesk@255.255.255.255',
  'sip:pbx.example.com.',
  'sip:1001@pbx',
  'sip:frontdesk;phone-context=example.com@pbx.example.com',
  'sip:${PBX_USER}@pbx.example.com',
];

ruleTable('sip-uri', [
  ...valid.map((uri) => ({ name: uri, text: withSipUri(uri), expected: [] })),
  {
    name: 'a host without a scheme',
    text: withSipUri('frontdesk@pbx.example.com'),
    expected: [invalid('frontdesk@pbx.example.com', 'does not start with "sip:" or "sips:"')],
  },
  {
    name: 'a tel: URI',
    text: withSipUri('tel:+14155550100'),
    expected: [invalid('tel:+14155550100', 'does not start with "sip:" or "sips:"')],
  },
  { name: 'no host', text: withSipUri('sip:frontdesk@'), expected: [invalid('sip:frontdesk@', 'has no host')] },
  { name: 'only the scheme', text: withSipUri('sips:'), expected: [invalid('sips:', 'has no host')] },
  {
    name: 'an empty user',
    text: withSipUri('sip:@pbx.example.com'),
    expected: [invalid('sip:@pbx.example.com', 'has "@" without a user before it')],
  },
  {
    name: 'slashes after the scheme',
    text: withSipUri('sip://pbx.example.com'),
    expected: [invalid('sip://pbx.example.com', 'has "//" after the scheme, which a SIP URI does not have')],
  },
  {
    name: 'slashes after the scheme, before a user',
    text: withSipUri('sip://frontdesk@pbx.example.com'),
    expected: [invalid('sip://frontdesk@pbx.example.com', 'has "//" after the scheme, which a SIP URI does not have')],
  },
  {
    name: 'a host label ending in a dash',
    text: withSipUri('sip:pbx-.example.com'),
    expected: [invalid('sip:pbx-.example.com', 'has an invalid host "pbx-.example.com"')],
  },
  {
    name: 'a number without "@" and a host',
    text: withSipUri('sip:14155550199'),
    expected: [invalid('sip:14155550199', 'has no host: "14155550199" is a number, not a host name or an IP address')],
  },
  {
    name: 'an extension without "@" and a host',
    text: withSipUri('sips:1001'),
    expected: [invalid('sips:1001', 'has no host: "1001" is a number, not a host name or an IP address')],
  },
  {
    name: 'an IPv4 address with a number over 255',
    text: withSipUri('sip:desk@999.999.999.999'),
    expected: [invalid('sip:desk@999.999.999.999', 'has an invalid IPv4 address "999.999.999.999", whose numbers must be 0 to 255')],
  },
  {
    name: 'a host whose last label is a number',
    text: withSipUri('sip:desk@pbx.1001'),
    expected: [invalid('sip:desk@pbx.1001', 'has an invalid host "pbx.1001"')],
  },
  {
    name: 'a number as the host after a user',
    text: withSipUri('sip:desk@1001'),
    expected: [invalid('sip:desk@1001', 'has an invalid host "1001"')],
  },
  {
    name: 'an IPv6 reference that is not an address',
    text: withSipUri('sip:desk@[2001:db8::10::1]'),
    expected: [invalid('sip:desk@[2001:db8::10::1]', 'has an invalid IPv6 address "[2001:db8::10::1]"')],
  },
  {
    name: 'an IPv6 reference with a zone',
    text: withSipUri('sip:desk@[fe80::1%eth0]'),
    expected: [invalid('sip:desk@[fe80::1%eth0]', 'has an invalid IPv6 address "[fe80::1%eth0]"')],
  },
  {
    name: 'port 0',
    text: withSipUri('sip:pbx.example.com:0'),
    expected: [invalid('sip:pbx.example.com:0', 'has an invalid port "0", which must be 1 to 65535')],
  },
  {
    name: 'a port too large',
    text: withSipUri('sip:pbx.example.com:65536'),
    expected: [invalid('sip:pbx.example.com:65536', 'has an invalid port "65536", which must be 1 to 65535')],
  },
  {
    name: 'whitespace',
    text: withSipUri('sip:front desk@pbx.example.com'),
    expected: [invalid('sip:front desk@pbx.example.com', 'contains whitespace')],
  },
]);

describe('sip-uri hints', () => {
  const hintFor = (uri: string) => lintText(withSipUri(uri)).diagnostics.find((diagnostic) => diagnostic.ruleId === 'sip-uri')?.hint;

  it('offers the URI with "sip:" in front when that makes it valid', () => {
    expect(hintFor('frontdesk@pbx.example.com')).toBe('write "sip:frontdesk@pbx.example.com"');
  });

  it('explains the form otherwise', () => {
    expect(hintFor('tel:+14155550100')).toBe('write sip: or sips:, an optional user and "@", then the host');
  });

  it('shows where the host goes after a number, without inventing one', () => {
    expect(hintFor('4155550199')).toBe(
      'write "sip:4155550199@" followed by your PBX\'s host name or IP address, such as "sip:4155550199@pbx.example.com"',
    );
    expect(hintFor('sip:1001')).toBe(
      'write "sip:1001@" followed by your PBX\'s host name or IP address, such as "sip:1001@pbx.example.com"',
    );
  });

  it('never offers a URI that the rule reports', () => {
    const uris = ['4155550199', '+14155550199', 'sip:1001', 'frontdesk@pbx.example.com', 'desk@999.999.999.999', 'pbx.1001', ' 1001 '];
    for (const uri of uris) {
      for (const [, offered] of (hintFor(uri) ?? '').matchAll(/"(sips?:[^"]*)"/g)) {
        if (offered.endsWith('@')) continue;
        expect(
          lintText(withSipUri(offered)).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'sip-uri'),
          offered,
        ).toEqual([]);
      }
    }
  });

  it('never puts a second scheme in front of one', () => {
    for (const uri of ['sip:@pbx.example.com', 'sips:@pbx.example.com']) {
      expect(hintFor(uri)).toBe('write sip: or sips:, an optional user and "@", then the host');
    }
  });
});
