import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { usualUrlHost } from '../../src/rules/url.js';

/** Characters that URLs, and mistakes in them, are made of: letters, digits and every delimiter. */
const urlChars = fc.constantFrom(..."aAzZxn09-._~:/?#[]@!$&'()*+,;=%\\ {}é".split(''));
const hostLabel = fc.oneof(fc.stringMatching(/^[a-zA-Z0-9-]{1,12}$/), fc.constantFrom('xn--a', 'XN--ls8h', '0x1', '999', 'localhost'));
const pathChars = fc.constantFrom(..."aZ09-._~:/?@!$&'()*+,;=%\\{}é".split(''));
const likelyUrl = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', 'http:/', ''),
    fc.array(hostLabel, { minLength: 1, maxLength: 4 }),
    fc.oneof({ weight: 4, arbitrary: fc.constant('') }, fc.constantFrom('.', ':8080', ':99999', '@x', '#')),
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom('/', '?'), fc.string({ unit: pathChars, maxLength: 20 })).map(([a, b]) => a + b) },
      fc.string({ unit: urlChars, maxLength: 20 }),
    ),
  )
  .map(([scheme, labels, after, rest]) => `${scheme}${labels.join('.')}${after}${rest}`);

describe('the usual-URL shortcut', () => {
  it('answers only for URLs that the URL parser takes as they are written', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof(likelyUrl, fc.string({ unit: urlChars, maxLength: 40 })), (value) => {
        const host = usualUrlHost(value);
        if (host === undefined) return;
        answered++;
        const url = new URL(value);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect([url.hostname, url.port, url.username, url.password, url.hash]).toEqual([host, '', '', '', '']);
      }),
      { numRuns: 5000 },
    );
    // the generator must reach the shortcut often, or the property proves nothing
    expect(answered).toBeGreaterThan(100);
  });

  it.each([
    ['https://hooks.example.com/vapi?x=1', 'hooks.example.com'],
    ['HTTP://Hooks.Example.COM', 'hooks.example.com'],
    ['https://a-b.c9/${PATH}', 'a-b.c9'],
  ])('takes %s', (value, host) => expect(usualUrlHost(value)).toBe(host));

  it.each([
    'https://xn--a.com/',
    'https://a.0x1/',
    'https://10.0.0.1/',
    'https://host:8080/',
    'https://u@host/',
    'https://host/#x',
    'https://host./',
  ])('leaves %s to the URL parser', (value) => expect(usualUrlHost(value)).toBeUndefined());
});
