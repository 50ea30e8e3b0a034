import { numberFile, ruleTable } from './rule-table.js';

const at = (message: string) => [{ line: 4, column: 1, severity: 'warning' as const, path: '/serverUrlSecret', message }];

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
    name: 'a literal secret is reported without its value',
    text: numberFile('serverUrlSecret: s3cr3t-value-123456'),
    config: { org: { serverUrl: null } },
    expected: at(
      'serverUrlSecret is set but the number has no serverUrl and the org has none (org.serverUrl is null in the config): the secret is sent nowhere',
    ),
  },
]);
