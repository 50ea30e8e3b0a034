import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const at = (message: string, line = 4) => [{ line, column: 1, severity: 'warning' as const, path: '/serverUrlSecret', message }];

ruleTable('orphan-server-secret', [
  { name: 'no secret', text: numberFile(), expected: [] },
  {
    name: 'a secret next to its URL',
    text: numberFile('serverUrl: https://hooks.example.com/vapi', 'serverUrlSecret: ${S}'),
    expected: [],
  },
  {
    name: "pairs with the org's URL",
    text: numberFile('serverUrlSecret: ${S}'),
    config: { org: { serverUrl: 'https://org.example.com/vapi' } },
    expected: at(
      `serverUrlSecret is set but the number has no serverUrl: the secret pairs with the org's serverUrl "https://org.example.com/vapi"`,
    ),
  },
  {
    name: 'the org has none',
    text: numberFile('serverUrlSecret: ${S}'),
    config: { org: { serverUrl: null } },
    expected: at(
      'serverUrlSecret is set but the number has no serverUrl and the org has none (org.serverUrl is null in the config): the secret is sent nowhere',
    ),
  },
  {
    name: 'the org is unknown',
    text: numberFile('serverUrlSecret: ${S}'),
    expected: at(
      "serverUrlSecret is set but the number has no serverUrl: the secret pairs with the org's serverUrl, which the config does not declare; declare it as org.serverUrl in .byo-lintrc.yaml (org.serverUrl: null if the org has none)",
    ),
  },
  {
    name: "pairs with the answering assistant's own URL, not the org's",
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrlSecret: ${S}'),
    config: {
      org: { serverUrl: 'https://org.example.com/vapi' },
      assistants: [{ id: assistantId, name: 'support', serverUrl: 'https://hooks.example.com/support' }],
    },
    expected: at(
      `serverUrlSecret is set but the number has no serverUrl: the secret pairs with the serverUrl "https://hooks.example.com/support" of assistant "support" (${assistantId}), which answers the number's calls`,
      5,
    ),
  },
  {
    name: 'never sent when the assistant sends its own secret',
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrlSecret: ${S}'),
    config: {
      org: { serverUrl: 'https://org.example.com/vapi' },
      assistants: [{ id: assistantId, serverUrl: 'https://hooks.example.com/support', serverUrlSecret: '${SUPPORT_SECRET}' }],
    },
    expected: at(
      `serverUrlSecret is never sent: assistant ${assistantId} answers the number's calls and its own serverUrlSecret wins, whether or not the number sets a serverUrl`,
      5,
    ),
  },
  {
    name: 'never sent when the assistant sends its own secret to the URL of another level',
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrlSecret: ${S}'),
    config: {
      org: { serverUrl: 'https://org.example.com/vapi' },
      assistants: [{ id: assistantId, serverUrl: null, serverUrlSecret: '${SUPPORT_SECRET}' }],
    },
    expected: at(
      `serverUrlSecret is never sent: assistant ${assistantId} answers the number's calls and its own serverUrlSecret wins, whether or not the number sets a serverUrl`,
      5,
    ),
  },
  {
    name: 'sent nowhere only as far as byo-lint knows, when the assistant is not declared',
    text: numberFile(`assistantId: ${assistantId}`, 'serverUrlSecret: ${S}'),
    config: { org: { serverUrl: null }, assistants: [] },
    expected: at(
      `serverUrlSecret is set but the number has no serverUrl and the org has none (org.serverUrl is null in the config): the secret is sent nowhere; assistant ${assistantId} wins with its own serverUrl if it has one`,
      5,
    ),
  },
  {
    name: 'sent if the squad set beside the assistant answers',
    text: numberFile(`assistantId: ${assistantId}`, `squadId: ${squadId}`, 'serverUrlSecret: ${S}'),
    config: {
      org: { serverUrl: 'https://org.example.com/vapi' },
      assistants: [{ id: assistantId, serverUrl: 'https://hooks.example.com/support', serverUrlSecret: '${SUPPORT_SECRET}' }],
    },
    expected: at(
      `serverUrlSecret is sent only if squad ${squadId} answers, with the messages of its members without their own serverUrlSecret: if assistant ${assistantId} answers instead, its own serverUrlSecret wins`,
      6,
    ),
  },
  {
    name: "pairs with the assistant's own URL only if the assistant, not the squad beside it, answers",
    text: numberFile(`assistantId: ${assistantId}`, `squadId: ${squadId}`, 'serverUrlSecret: ${S}'),
    config: {
      org: { serverUrl: 'https://org.example.com/vapi' },
      assistants: [{ id: assistantId, name: 'support', serverUrl: 'https://hooks.example.com/support' }],
    },
    expected: at(
      `serverUrlSecret is set but the number has no serverUrl: the secret pairs with the serverUrl "https://hooks.example.com/support" of assistant "support" (${assistantId}), if it answers; if squad ${squadId} answers instead, each of its members' own serverUrl, if any, wins for its messages`,
      6,
    ),
  },
  {
    name: 'an undeclared assistant beside a squad may win with its own URL, as may the squad',
    text: numberFile(`assistantId: ${assistantId}`, `squadId: ${squadId}`, 'serverUrlSecret: ${S}'),
    config: { org: { serverUrl: 'https://org.example.com/vapi' }, assistants: [] },
    expected: at(
      `serverUrlSecret is set but the number has no serverUrl: the secret pairs with the org's serverUrl "https://org.example.com/vapi"; assistant ${assistantId} wins with its own serverUrl if it has one, and if squad ${squadId} answers instead, each of its members' own serverUrl, if any, wins for its messages`,
      6,
    ),
  },
  {
    name: 'a literal secret is reported without its value',
    text: numberFile('serverUrlSecret: s3cr3t-value-123456'),
    config: { org: { serverUrl: null } },
    expected: at(
      'serverUrlSecret is set but the number has no serverUrl and the org has none (org.serverUrl is null in the config): the secret is sent nowhere',
    ),
  },
]);

describe('orphan-server-secret hint', () => {
  it("does not offer a serverUrl on the number when the assistant's own secret wins anyway", () => {
    const config = { assistants: [{ id: assistantId, serverUrl: null, serverUrlSecret: '${SUPPORT_SECRET}' }] };
    const [finding] = lintText(numberFile(`assistantId: ${assistantId}`, 'serverUrlSecret: ${S}'), { config }).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'orphan-server-secret',
    );
    expect(finding.hint).toBe(
      "remove the number's secret; to change the secret the assistant's messages carry, change the assistant's serverUrlSecret",
    );
  });
});
