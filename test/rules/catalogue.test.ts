import { expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';

/** The semantic rules and their default severities, as the contract's table lists them (product.md, section 3). */
const contract = [
  ['quoted-number', 'error'],
  ['inbound-hangup', 'error'],
  ['fallback-destination', 'warn'],
  ['unused-fallback', 'warn'],
  ['assistant-and-squad', 'error'],
  ['server-url', 'error'],
  ['insecure-server-url', 'warn'],
  ['unreachable-server-url', 'warn'],
  ['server-url-precedence', 'warn'],
  ['orphan-server-secret', 'warn'],
  ['plaintext-secret', 'warn'],
  ['weak-secret', 'warn'],
  ['duplicate-number', 'error'],
  ['duplicate-name', 'warn'],
  ['fallback-loop', 'error'],
  ['e164-number', 'error'],
  ['prefer-e164', 'warn'],
  ['sip-uri', 'error'],
  ['id-format', 'warn'],
  ['unknown-reference', 'error'],
];

it('registers exactly the rules of the contract, in its order and with its default severities', () => {
  expect(rules.map(({ meta }) => [meta.id, meta.defaultSeverity])).toEqual(contract);
});
