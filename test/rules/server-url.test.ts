import { numberFile, ruleTable, type RuleCase } from './rule-table.js';

const at = (message: string, column = 12) => [{ line: 4, column, severity: 'error' as const, path: '/serverUrl', message }];
const url = (value: string) => numberFile(`serverUrl: ${value}`);

const valid: RuleCase[] = [
  'https://hooks.example.com/vapi',
  'http://hooks.example.com:8080/vapi?team=sales',
  'HTTPS://HOOKS.EXAMPLE.COM/',
  'https://[2001:db8::1]/vapi',
  '${ROUTER_URL}',
  'https://${ROUTER_HOST}/vapi#${ANCHOR}',
  '"${BASE} /vapi"',
].map((value) => ({ name: `accepts ${value}`, text: url(value), expected: [] }));

ruleTable('server-url', [
  ...valid,
  { name: 'no serverUrl', text: numberFile(), expected: [] },
  {
    name: 'no scheme',
    text: url('hooks.example.com/vapi'),
    expected: at('serverUrl "hooks.example.com/vapi" is not an absolute URL; expected https://host/path'),
  },
  {
    name: 'host and port without a scheme',
    text: url('localhost:3000/vapi'),
    expected: at('serverUrl "localhost:3000/vapi" is not an absolute URL; expected https://host/path'),
  },
  { name: 'a path only', text: url('/vapi'), expected: at('serverUrl "/vapi" is not an absolute URL; expected https://host/path') },
  {
    name: 'a port past 65535',
    text: url('https://hooks.example.com:99999/vapi'),
    expected: at('serverUrl "https://hooks.example.com:99999/vapi" has an invalid port "99999"; expected 0 to 65535'),
  },
  { name: 'empty', text: url('""'), expected: at('serverUrl "" is not an absolute URL; expected https://host/path') },
  {
    name: 'no slashes after the scheme',
    text: url('https:hooks.example.com'),
    expected: at('serverUrl "https:hooks.example.com" is not an absolute URL; expected https://host/path'),
  },
  {
    name: 'another scheme',
    text: url('ftp://hooks.example.com'),
    expected: at('serverUrl "ftp://hooks.example.com" has scheme "ftp"; expected http or https'),
  },
  {
    name: 'a websocket',
    text: url('wss://hooks.example.com'),
    expected: at('serverUrl "wss://hooks.example.com" has scheme "wss"; expected http or https'),
  },
  {
    name: 'a space inside, shown quoted',
    text: url('"https://hooks.example.com/my hook"'),
    expected: at('serverUrl "https://hooks.example.com/my hook" contains whitespace; expected a URL without spaces or line breaks'),
  },
  {
    name: 'a trailing tab, made visible',
    text: url('"https://hooks.example.com/\\t"'),
    expected: at('serverUrl "https://hooks.example.com/\\t" contains whitespace; expected a URL without spaces or line breaks'),
  },
  {
    name: 'credentials, masked',
    text: url('https://bot:hunter2@hooks.example.com/vapi'),
    expected: at(
      'serverUrl "https://***@hooks.example.com/vapi" embeds credentials (user:password@); they would be logged wherever the URL is',
    ),
  },
  {
    name: 'a user name only',
    text: url('https://token@hooks.example.com/'),
    expected: at(
      'serverUrl "https://***@hooks.example.com/" embeds credentials (user:password@); they would be logged wherever the URL is',
    ),
  },
  {
    name: 'a fragment',
    text: url('https://hooks.example.com/vapi#sales'),
    expected: at('serverUrl "https://hooks.example.com/vapi#sales" has a fragment ("#sales"), which is never sent to the server'),
  },
  {
    name: 'an empty fragment',
    text: url('https://hooks.example.com/vapi#'),
    expected: at('serverUrl "https://hooks.example.com/vapi#" has a fragment ("#"), which is never sent to the server'),
  },
  {
    name: 'in a JSON list',
    filePath: 'numbers.json',
    text: '[\n  {\n    "provider": "byo-phone-number",\n    "number": "+14155550100",\n    "credentialId": "c",\n    "serverUrl": "hooks"\n  }\n]\n',
    expected: [
      {
        line: 6,
        column: 18,
        severity: 'error',
        path: '/0/serverUrl',
        message: 'serverUrl "hooks" is not an absolute URL; expected https://host/path',
      },
    ],
  },
]);
