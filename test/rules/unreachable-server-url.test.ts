import { numberFile, ruleTable, type RuleCase } from './rule-table.js';

const reachable = [
  'https://hooks.example.com/vapi',
  'https://8.8.8.8/vapi',
  'https://172.32.0.1/',
  'https://172.15.255.255/',
  'https://192.169.0.1/',
  'https://100.63.255.255/',
  'https://100.128.0.1/',
  'https://[2001:db8::1]/',
  'https://[fe00::1]/',
  'https://localhost.example.com/',
  'https://local.example.com/',
  'https://${ROUTER_HOST}/vapi',
  'not a url',
];

const unreachable: [string, string][] = [
  ['http://localhost:3000/vapi', 'localhost'],
  ['https://LOCALHOST./vapi', 'localhost'],
  ['https://127.0.0.1/', 'a loopback address (127.0.0.0/8)'],
  ['https://127.1.2.3/', 'a loopback address (127.0.0.0/8)'],
  ['https://0x7f.1/', 'a loopback address (127.0.0.0/8)'],
  ['https://[::1]:8443/', 'the loopback address ::1'],
  ['https://[::]/', 'the unspecified address ::'],
  ['https://[::ffff:10.1.2.3]/', 'a private address (10.0.0.0/8)'],
  ['https://10.20.30.40/', 'a private address (10.0.0.0/8)'],
  ['https://172.16.0.1/', 'a private address (172.16.0.0/12)'],
  ['https://172.31.255.254/', 'a private address (172.16.0.0/12)'],
  ['https://192.168.1.20/vapi', 'a private address (192.168.0.0/16)'],
  ['https://[fd12:3456::1]/', 'a private address (fc00::/7)'],
  ['https://[fc00::1]/', 'a private address (fc00::/7)'],
  ['https://169.254.169.254/', 'a link-local address (169.254.0.0/16)'],
  ['https://100.64.0.1/', 'a shared address behind carrier-grade NAT (100.64.0.0/10)'],
  ['https://100.127.255.254/vapi', 'a shared address behind carrier-grade NAT (100.64.0.0/10)'],
  ['https://[fe80::1]/', 'a link-local address (fe80::/10)'],
  ['https://[febf::1]/', 'a link-local address (fe80::/10)'],
  ['https://0.0.0.0:8080/', 'the unspecified address 0.0.0.0'],
  ['https://printer.local/vapi', 'a .local name (it resolves only inside a local network)'],
  ['https://api.corp.internal/vapi', 'a .internal name (it resolves only inside a local network)'],
  ['https://app.localhost/', 'a .localhost name (it resolves only on the machine itself)'],
  ['https://${TEAM}.internal/vapi', 'a .internal name (it resolves only inside a local network)'],
];

const cases: RuleCase[] = [
  { name: 'no serverUrl', text: numberFile(), expected: [] },
  ...reachable.map((url) => ({ name: `accepts ${url}`, text: numberFile(`serverUrl: ${url}`), expected: [] })),
  ...unreachable.map(([url, where]) => ({
    name: `reports ${url}`,
    text: numberFile(`serverUrl: ${url}`),
    expected: [
      {
        line: 4,
        column: 12,
        severity: 'warning' as const,
        path: '/serverUrl',
        message: `serverUrl "${url}" points at ${where}, which Vapi's cloud cannot reach`,
      },
    ],
  })),
  {
    name: 'masks credentials',
    text: numberFile('serverUrl: http://u:p@127.0.0.1/'),
    expected: [
      {
        line: 4,
        column: 12,
        severity: 'warning',
        path: '/serverUrl',
        message: `serverUrl "http://***@127.0.0.1/" points at a loopback address (127.0.0.0/8), which Vapi's cloud cannot reach`,
      },
    ],
  },
];

ruleTable('unreachable-server-url', cases);
