import { numberFile, ruleTable } from './rule-table.js';

const at = (message: string) => [{ line: 5, column: 18, severity: 'warning' as const, path: '/serverUrlSecret', message }];
const secret = (value: string) => numberFile('serverUrl: https://hooks.example.com/vapi', `serverUrlSecret: ${value}`);

ruleTable('weak-secret', [
  { name: 'a placeholder', text: secret('${S}'), expected: [] },
  { name: 'mixed text is not judged', text: secret('a${S}'), expected: [] },
  { name: 'sixteen characters', text: secret('k3J9x2Lq8Zp4Wm7T'), expected: [] },
  { name: 'sixteen characters of which two repeat', text: secret('abababababababab'), expected: [] },
  { name: 'short', text: secret('changeme'), expected: at('serverUrlSecret is weak: 8 characters long; expected at least 16') },
  { name: 'fifteen', text: secret('k3J9x2Lq8Zp4Wm7'), expected: at('serverUrlSecret is weak: 15 characters long; expected at least 16') },
  { name: 'empty', text: secret('""'), expected: at('serverUrlSecret is weak: 0 characters long; expected at least 16') },
  { name: 'one character', text: secret('x'), expected: at('serverUrlSecret is weak: 1 character long; expected at least 16') },
  {
    name: 'one character repeated',
    text: secret('xxxxxxxxxxxxxxxxxxxxxxxx'),
    expected: at('serverUrlSecret is weak: one character repeated 24 times; expected random characters'),
  },
  {
    name: 'counts characters, not UTF-16 units',
    text: secret('"🔑🔑🔑"'),
    expected: at('serverUrlSecret is weak: one character repeated 3 times; expected random characters'),
  },
]);
