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

  it('never puts a second scheme in front of one', () => {
    for (const uri of ['sip:@pbx.example.com', 'sips:@pbx.example.com']) {
      expect(hintFor(uri)).toBe('write sip: or sips:, an optional user and "@", then the host');
    }
  });
});
