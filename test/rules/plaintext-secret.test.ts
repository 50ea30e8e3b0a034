import { numberFile, ruleTable } from './rule-table.js';

const at = (message: string, column = 18) => [{ line: 5, column, severity: 'warning' as const, path: '/serverUrlSecret', message }];
const secret = (value: string) => numberFile('serverUrl: https://hooks.example.com/vapi', `serverUrlSecret: ${value}`);

ruleTable('plaintext-secret', [
  { name: 'no secret', text: numberFile('serverUrl: https://hooks.example.com/vapi'), expected: [] },
  { name: 'a placeholder', text: secret('${VAPI_SERVER_SECRET}'), expected: [] },
  { name: 'a quoted placeholder', text: secret('"${VAPI_SERVER_SECRET}"'), expected: [] },
  { name: 'two placeholders', text: secret('${PREFIX}${SUFFIX}'), expected: [] },
  {
    name: 'a literal',
    text: secret('9f86d081884c7d659a2feaa0c55ad015'),
    expected: at(
      'serverUrlSecret is a literal of 32 characters committed in plain text; expected a placeholder such as ${VAPI_SERVER_SECRET}',
    ),
  },
  {
    name: 'a quoted literal',
    text: secret("'correct horse battery staple'"),
    expected: at(
      'serverUrlSecret is a literal of 28 characters committed in plain text; expected a placeholder such as ${VAPI_SERVER_SECRET}',
    ),
  },
  {
    name: 'an unquoted number is a literal too',
    text: secret('123456789012345678901'),
    expected: at(
      'serverUrlSecret is a literal of 21 characters committed in plain text; expected a placeholder such as ${VAPI_SERVER_SECRET}',
    ),
  },
  // weak-secret reports it; an empty secret leaks nothing
  { name: 'an empty secret', text: secret('""'), expected: [] },
  {
    name: 'a one-character literal',
    text: secret("'x'"),
    expected: at(
      'serverUrlSecret is a literal of 1 character committed in plain text; expected a placeholder such as ${VAPI_SERVER_SECRET}',
    ),
  },
  {
    name: 'a $NAME without braces is a literal',
    text: secret('$VAPI_SERVER_SECRET'),
    expected: at(
      'serverUrlSecret is a literal of 19 characters committed in plain text; expected a placeholder such as ${VAPI_SERVER_SECRET}',
    ),
  },
  {
    name: 'literal text around a placeholder',
    text: secret('prod-${VAPI_SERVER_SECRET}'),
    expected: at(
      'serverUrlSecret mixes literal text with a placeholder: the literal part is committed in plain text; expected only a placeholder such as ${VAPI_SERVER_SECRET}',
    ),
  },
]);
