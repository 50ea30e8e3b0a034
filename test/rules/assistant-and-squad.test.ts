import { assistantId, numberFile, ruleTable, squadId } from './rule-table.js';

const message = 'both assistantId and squadId are set; the API documents no rule for which one answers, so inbound routing is ambiguous';

ruleTable('assistant-and-squad', [
  { name: 'an assistant only', text: numberFile(`assistantId: ${assistantId}`), expected: [] },
  { name: 'a squad only', text: numberFile(`squadId: ${squadId}`), expected: [] },
  { name: 'an empty squadId sets nothing', text: numberFile(`assistantId: ${assistantId}`, 'squadId: ""'), expected: [] },
  {
    name: 'both: points at squadId',
    text: numberFile(`assistantId: ${assistantId}`, `squadId: ${squadId}`),
    expected: [{ line: 5, column: 1, severity: 'error', path: '/squadId', message }],
  },
  {
    name: 'both, squadId first',
    text: numberFile(`squadId: ${squadId}`, `assistantId: ${assistantId}`),
    expected: [{ line: 4, column: 1, severity: 'error', path: '/squadId', message }],
  },
  {
    name: 'placeholders count as set',
    text: numberFile('assistantId: ${SUPPORT_ASSISTANT}', '  # the squad takes over at night', 'squadId: ${NIGHT_SQUAD}'),
    expected: [{ line: 6, column: 1, severity: 'error', path: '/squadId', message }],
  },
]);
