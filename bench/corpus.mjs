// Deterministic phone-number corpora for the benchmark and the differential test: realistic
// entries in varied YAML styles (quoting, comments, non-ASCII names), with about 1% invalid
// entries of several kinds that every tool must find.

/** Every 100th entry, from the 37th on, is invalid. */
const invalidEvery = 100;
const invalidOffset = 37;

/** Kinds of mistakes, cycled through by the invalid entries; each is a schema violation. */
export const invalidKinds = [
  'unknown-key',
  'unquoted-number',
  'missing-credential',
  'bad-fallback-type',
  'long-name',
  'bad-provider',
  'bad-number',
];

/** The mistake entry `index` carries, or undefined for a valid entry. */
function invalidKindOf(index) {
  if (index % invalidEvery !== invalidOffset) return undefined;
  return invalidKinds[Math.floor(index / invalidEvery) % invalidKinds.length];
}

/** mulberry32, seeded per entry so that a corpus is a prefix of every larger one. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(next) {
  const hex = () =>
    Math.floor(next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  const [a, b, c, d] = [hex(), hex(), hex(), hex()];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${'89ab'[Math.floor(next() * 4)]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

const pick = (next, items) => items[Math.floor(next() * items.length)];

const teams = ['Support', 'Sales', 'Billing', 'Returns', 'Front desk', 'Zürich desk', 'São Paulo line', 'Night shift'];

/** A scalar with the way the YAML writer should spell it. */
const scalar = (value, style = 'plain') => ({ scalar: true, value, style });

/**
 * One entry as ordered [key, value] pairs; values are scalars or nested pairs. An unquoted
 * number is kept as the text YAML sees and the integer JSON holds.
 */
function makeEntry(index) {
  const next = random(index * 2654435761 + 1);
  const kind = invalidKindOf(index);
  const number = `+1415${String(5_000_000 + index).padStart(7, '0')}`;
  const quote = () => (next() < 0.8 ? 'double' : 'single');
  const pairs = [
    ['provider', scalar(kind === 'bad-provider' ? 'twilio' : 'byo-phone-number')],
    [
      'number',
      kind === 'unquoted-number'
        ? scalar(Number(number.slice(1)), 'raw-plus')
        : scalar(kind === 'bad-number' ? `+1 (415) ${String(index).padStart(7, '0')}` : number, quote()),
    ],
  ];
  if (kind !== 'missing-credential') pairs.push(['credentialId', scalar(uuid(next))]);
  const name =
    kind === 'long-name' ? `${pick(next, teams)} line ${index} for every customer in every region` : `${pick(next, teams)} line ${index}`;
  pairs.push(['name', scalar(name, next() < 0.7 ? 'plain' : 'double')]);
  const variant = kind === 'bad-fallback-type' ? 0.7 : kind === 'unknown-key' ? 0 : next();
  if (variant < 0.4) {
    pairs.push([kind === 'unknown-key' ? 'assistantID' : 'assistantId', scalar(uuid(next))]);
  } else if (variant < 0.6) {
    pairs.push(['squadId', scalar(uuid(next))]);
  } else {
    pairs.push(['serverUrl', scalar(`https://hooks.example.com/vapi/numbers/${index}`)]);
    pairs.push(['serverUrlSecret', scalar('${VAPI_SERVER_SECRET}', next() < 0.5 ? 'plain' : 'double')]);
    const message =
      next() < 0.5 ? scalar('Connecting you to our front desk.', 'plain') : scalar("Connecting you to our team's desk.", 'single');
    const destination =
      variant < 0.85
        ? [
            ['type', scalar(kind === 'bad-fallback-type' ? 'phone' : 'number')],
            ['number', scalar(`+1646${String(5_000_000 + index).padStart(7, '0')}`, quote())],
            ['message', message],
          ]
        : [
            ['type', scalar('sip')],
            ['sipUri', scalar(`sip:desk-${index}@pbx.example.com`)],
            ['message', message],
          ];
    pairs.push(['fallbackDestination', destination]);
  }
  return { pairs, comment: next() < 0.02 ? `${pick(next, teams)} team, ticket ${index}` : undefined };
}

function yamlScalar({ value, style }) {
  if (style === 'double') return JSON.stringify(value);
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'raw-plus') return `+${value}`;
  return String(value);
}

/** YAML lines of pairs at `indent`; `first` replaces the indent of the first line (a "- "). */
function yamlPairs(pairs, indent, first = indent) {
  return pairs.map(([key, value], position) => {
    const lead = position === 0 ? first : indent;
    if (value.scalar) return `${lead}${key}: ${yamlScalar(value)}\n`;
    return `${lead}${key}:\n${yamlPairs(value, `${indent}  `).join('')}`;
  });
}

function jsonValue(pairs) {
  return Object.fromEntries(pairs.map(([key, value]) => [key, value.scalar ? value.value : jsonValue(value)]));
}

const modeline = '# yaml-language-server: $schema=https://byo-lint.dev/schemas/byo-phone-numbers.schema.json\n';

/** `count` entries under `phoneNumbers:`, with the indices of the invalid ones. */
export function numbersFile(count, format) {
  const entries = Array.from({ length: count }, (_, index) => makeEntry(index));
  const invalid = entries.flatMap((_, index) => (invalidKindOf(index) ? [index] : []));
  if (format === 'json') {
    const text = JSON.stringify({ phoneNumbers: entries.map((entry) => jsonValue(entry.pairs)) }, null, 2) + '\n';
    return { text, invalid };
  }
  const parts = [modeline, 'phoneNumbers:\n'];
  entries.forEach((entry, index) => {
    if (index > 0 && index % 1000 === 0) parts.push('\n');
    if (entry.comment) parts.push(`  # ${entry.comment}\n`);
    parts.push(...yamlPairs(entry.pairs, '    ', '  - '));
  });
  return { text: parts.join(''), invalid };
}

/** One number per file, GitOps style. */
export function numberFile(index) {
  const entry = makeEntry(index);
  return {
    text: modeline.replace('numbers.schema', 'number.schema') + yamlPairs(entry.pairs, '').join(''),
    invalid: Boolean(invalidKindOf(index)),
  };
}
