import fc from 'fast-check';
import { parse } from 'yaml';

/**
 * Phone-number files with the mistakes people make, written out as YAML or JSON, for comparing an
 * editor's schema diagnostics with byo-lint's `schema` findings line by line. A file is built as a
 * tree first, so that the same file can be written in either language.
 */

/** A scalar; `yaml` is its text in YAML when written as is (`+14155550100` unquoted), JSON writing `value`. */
export interface Scalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  yaml?: string;
  /** Written plain in YAML when that reads back as the same string, or as a block scalar (`|-`). */
  plain?: boolean;
  block?: boolean;
  /** YAML: `&name value`, or `*name` in its place. */
  anchor?: string;
  alias?: string;
}
export interface Pair {
  key: string;
  value: Node;
  /** A YAML comment line above the key. */
  comment?: boolean;
}
export interface Mapping {
  kind: 'map';
  pairs: Pair[];
  /** `{a: 1}` on one line rather than a block. */
  flow?: boolean;
}
export interface Sequence {
  kind: 'seq';
  items: Node[];
  flow?: boolean;
}
export type Node = Scalar | Mapping | Sequence;

/** A YAML file's documents, a JSON file's one document. */
export interface GeneratedFile {
  documents: Node[];
  /** A comment line at the top of the file (YAML). */
  leadingComment?: boolean;
  /** Whether the first document opens with `---`. */
  explicitStart?: boolean;
  /** YAML: a list under a key at the key's indentation (`key:\n- item`), CRLF line ends, a byte-order mark. */
  compactLists?: boolean;
  crlf?: boolean;
  bom?: boolean;
}

export type Language = 'yaml' | 'json';

/**
 * How a file is generated: its language, and how careful its author was (a right value is `care`
 * times as likely as each kind of wrong one), so that files with one mistake are as common as files
 * with many, and a mistake is seldom hidden on a line that holds another.
 */
interface Gen {
  language: Language;
  care: number;
}

const str = (value: string, plain = false): Scalar => ({ kind: 'scalar', value, plain });
const raw = (yaml: string, value: string | number | boolean | null): Scalar => ({ kind: 'scalar', value, yaml });
const num = (value: number): Scalar => ({ kind: 'scalar', value });

/** A right value, or now and then one of the wrong ones. */
function mostly<T>(g: Gen, right: fc.Arbitrary<T>, ...wrong: fc.Arbitrary<T>[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: g.care, arbitrary: right }, ...wrong.map((arbitrary) => ({ weight: 1, arbitrary })));
}

/** Values of the wrong type for a string field, as they end up in files. */
function wrongForString(g: Gen): fc.Arbitrary<Node> {
  const yaml = g.language === 'yaml';
  return fc.constantFrom<Node>(
    // an unquoted number: YAML reads +14155550100 as an integer (quoted-number is off in the comparison)
    yaml ? raw('+14155550100', 14155550100) : num(14155550100),
    num(42),
    raw('true', true),
    raw('null', null),
    // YAML 1.2's other spellings of null and numbers, and a key with no value
    ...(yaml ? [raw('~', null), raw('0o17', 15), raw('1e3', 1000), raw('', null)] : []),
    { kind: 'map', pairs: [] },
    { kind: 'seq', items: [] },
    { kind: 'seq', items: [str('a', true), str('b', true)] },
    { kind: 'map', pairs: [{ key: 'value', value: str('x', true) }] },
  );
}

/** Characters of a label. */
function text(g: Gen, minLength: number, maxLength: number): fc.Arbitrary<string> {
  // yaml-language-server counts a string's length in UTF-16 units, so an emoji counts twice against
  // maxLength there and once in byo-lint, as Vapi counts characters (README, "Editors"): YAML files
  // get no astral characters. The JSON language service counts code points, as byo-lint does.
  const astral = g.language === 'json' ? ['📞', '𝔸'] : [];
  const char = fc.constantFrom('a', 'b', 'Z', ' ', '1', '-', 'é', 'ß', '日', ...astral);
  return fc.array(char, { minLength, maxLength }).map((chars) => chars.join(''));
}

const placeholder = fc.constantFrom('${NAME}', '${SUPPORT_LINE}', '${_X1}', '${REGION_EU_WEST_PRODUCTION_NUMBER_01}');
/** Not placeholders: they count as text, for the length bounds and the number pattern. */
const notPlaceholder = fc.constantFrom('$NAME', '${1X}', '${}', '{NAME}', '${NAME');

/** A label around a length bound, sometimes holding a placeholder or a near miss of one. */
function boundedText(g: Gen, bound: number): fc.Arbitrary<string> {
  const around = fc.integer({ min: Math.max(0, bound - 3), max: bound + 3 }).chain((length) => text(g, length, length));
  return fc
    .tuple(fc.oneof(text(g, 0, bound), around), fc.option(fc.oneof(placeholder, notPlaceholder), { freq: 3 }), fc.nat(100))
    .map(([body, inserted, at]) => {
      if (inserted === null) return body;
      // at a character's boundary, never inside an emoji's surrogate pair
      const chars = [...body];
      const cut = at % (chars.length + 1);
      return chars.slice(0, cut).join('') + inserted + chars.slice(cut).join('');
    });
}

/** A phone number's text: digits and letters, formatting, placeholders, around the length bounds. */
function numberText(g: Gen, maxDigits: number): fc.Arbitrary<string> {
  return mostly(
    g,
    fc.constantFrom('+14155550100', '+442071838750', '1234', 'abc', '+1415555010${EXT}', '${SUPPORT_NUMBER}'),
    fc.tuple(fc.boolean(), fc.integer({ min: 0, max: maxDigits + 4 })).map(([plus, n]) => (plus ? '+' : '') + '7'.repeat(n)),
    fc.constantFrom('+1 (415) 555-0100', '415-555-0100', '+', '', ' +14155550100', '+1415${AREA}5550100'),
    fc.tuple(placeholder, fc.integer({ min: 0, max: maxDigits + 4 })).map(([name, n]) => '+' + '1'.repeat(n) + name),
    notPlaceholder.map((name) => '+1' + name),
  );
}

/** A string field's value: mostly a string (`plain` deciding its YAML quoting), now and then another type. */
function stringField(g: Gen, value: fc.Arbitrary<string>): fc.Arbitrary<Node> {
  return mostly(
    g,
    fc.tuple(value, fc.nat(5)).map(([text, style]): Node => ({ ...str(text, style < 3), block: g.language === 'yaml' && style === 5 })),
    wrongForString(g),
  );
}

/** A number written as YAML takes it once quoted or tagged; JSON has only the string. */
function numberField(g: Gen, maxDigits: number): fc.Arbitrary<Node> {
  const tagged = fc.constant<Node>(raw('!!str +14155550100', '+14155550100'));
  return g.language === 'yaml'
    ? fc.oneof({ weight: 12, arbitrary: stringField(g, numberText(g, maxDigits)) }, { weight: 1, arbitrary: tagged })
    : stringField(g, numberText(g, maxDigits));
}

const uuid = fc.constantFrom(
  '2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23',
  '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e',
  '${CREDENTIAL_ID}',
  'main-trunk',
);

/** Keys that are not allowed where they are written, misspelt or out of place. */
const strayEntryKeys = [
  'credential_id',
  'assistantID',
  'servrUrl',
  'Name',
  'fallback_destination',
  'id',
  'orgId',
  'status',
  'createdAt',
  'region',
  'numberE164CheckEnabled',
  'sipUri',
  'type',
];
const strayDestinationKeys = ['sipUri', 'number', 'extension', 'numberE164CheckEnabled', 'Type', 'timeout', 'sip_uri', 'provider'];

/** Pairs, each present with its probability, then shuffled, with the occasional comment above a key. */
function pairs(candidates: [string, fc.Arbitrary<Node>, number][]): fc.Arbitrary<Pair[]> {
  return fc
    .tuple(
      ...candidates.map(([key, value, presence]) =>
        fc
          .tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), value, fc.nat(4))
          .map(([draw, node, comment]): Pair | undefined => (draw < presence ? { key, value: node, comment: comment === 0 } : undefined)),
      ),
    )
    .chain((drawn) => {
      const present = drawn.filter((pair): pair is Pair => pair !== undefined);
      return fc.shuffledSubarray(present, { minLength: present.length, maxLength: present.length });
    });
}

/** A required key: left out now and then. */
const required = (g: Gen) => 1 - 1 / (4 * g.care);

/** Unknown keys added to a mapping, misspelt or misplaced ones, now and then. */
function strayPairs(g: Gen, keys: string[]): fc.Arbitrary<Pair[]> {
  const value = stringField(g, fc.constantFrom('x', 'sip:a@b.example.com', '+14155550100'));
  return mostly<string[]>(g, fc.constant([]), fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 2 })).chain((chosen) =>
    fc.tuple(...chosen.map((key) => value.map((node): Pair => ({ key, value: node })))),
  );
}

/** Mixes the stray pairs in among the others, at any place. */
function withStrays(base: fc.Arbitrary<Pair[]>, strays: fc.Arbitrary<Pair[]>, flow: fc.Arbitrary<boolean>): fc.Arbitrary<Mapping> {
  return fc.tuple(base, strays, flow).chain(([own, extra, isFlow]) => {
    // a key written twice is a duplicate-key error, not a schema one
    const all = [...own, ...extra.filter((stray) => !own.some((pair) => pair.key === stray.key))];
    return fc
      .shuffledSubarray(all, { minLength: all.length, maxLength: all.length })
      .map((shuffled): Mapping => ({ kind: 'map', pairs: shuffled, flow: isFlow }));
  });
}

function fallbackDestination(g: Gen): fc.Arbitrary<Node> {
  const type = mostly<Node>(
    g,
    fc.constantFrom('number', 'sip').map((value) => str(value, true)),
    fc.constantFrom('phone', 'SIP', 'Number', '${DESTINATION_TYPE}', '').map((value) => str(value, true)),
    wrongForString(g),
  );
  const message = stringField(g, fc.constantFrom('Connecting you to our front desk.', '', '${TRANSFER_MESSAGE}'));
  const description = stringField(g, fc.constantFrom('front desk', 'on call'));
  const e164Check = mostly<Node>(
    g,
    fc.boolean().map((value) => raw(String(value), value)),
    fc.constantFrom('yes', 'false').map((value) => str(value, true)),
    wrongForString(g),
  );
  const extension = stringField(g, mostly(g, fc.constantFrom('104', '${EXT}', '1234567890'), fc.constant(''), boundedText(g, 10)));
  const byNumber = pairs([
    ['type', type, required(g)],
    ['number', numberField(g, 40), required(g)],
    ['numberE164CheckEnabled', e164Check, 0.3],
    ['extension', extension, 0.3],
    ['message', message, 0.3],
    ['description', description, 0.2],
  ]);
  const bySip = pairs([
    ['type', type, required(g)],
    ['sipUri', stringField(g, fc.constantFrom('sip:frontdesk@pbx.example.com', '${SIP_URI}', 'frontdesk')), required(g)],
    ['message', message, 0.3],
    ['description', description, 0.2],
  ]);
  // a number destination and a SIP one written in block or flow style
  const destination = withStrays(fc.oneof(byNumber, bySip), strayPairs(g, strayDestinationKeys), fc.boolean());
  return mostly(g, destination, stringField(g, fc.constantFrom('+14155550199', 'sip:a@b.example.com')));
}

/**
 * One BYO phone number, as a mapping, with any of the mistakes. `$schema` is a stray key only in a
 * list item: at the root of a document, editors take its value for the schema to validate with.
 */
function phoneNumber(g: Gen, inList = false): fc.Arbitrary<Mapping> {
  const provider = mostly<Node>(
    g,
    fc.constant(str('byo-phone-number', true)),
    fc.constantFrom('byo', 'twilio', 'BYO-phone-number', '${PROVIDER}').map((value) => str(value, true)),
    wrongForString(g),
  );
  const base = pairs([
    ['provider', provider, required(g)],
    ['number', numberField(g, 40), required(g)],
    ['credentialId', stringField(g, mostly(g, uuid, fc.constant(''))), required(g)],
    ['name', stringField(g, boundedText(g, 40)), 0.5],
    ['assistantId', stringField(g, uuid), 0.3],
    ['squadId', stringField(g, uuid), 0.1],
    ['serverUrl', stringField(g, fc.constantFrom('https://hooks.example.com/vapi', '${SERVER_URL}')), 0.3],
    ['serverUrlSecret', stringField(g, fc.constantFrom('${VAPI_SERVER_SECRET}', 'a-committed-secret-of-some-length')), 0.2],
    ['fallbackDestination', fallbackDestination(g), 0.4],
  ]);
  return withStrays(base, strayPairs(g, inList ? [...strayEntryKeys, '$schema'] : strayEntryKeys), fc.constant(false));
}

/** A list item: a phone number, now and then something else. */
function listItem(g: Gen): fc.Arbitrary<Node> {
  return mostly<Node>(
    g,
    phoneNumber(g, true),
    fc.constantFrom<Node>(str('support-line', true), num(14155550100), { kind: 'seq', items: [str('a', true)], flow: true }),
  );
}

function list(g: Gen): fc.Arbitrary<Sequence> {
  return fc
    .array(listItem(g), { maxLength: 4 })
    .map((items) => ({ kind: 'seq', items: g.language === 'yaml' ? sharedCredential(items) : items }));
}

/**
 * YAML: the credential id written once with an anchor and reused through an alias, as a trunk's
 * numbers share it. Only a valid id is shared: yaml-language-server resolves an alias to the
 * anchored node and marks an error in it there only, where byo-lint marks each use too (README,
 * "Editors").
 */
function sharedCredential(items: Node[]): Node[] {
  const shareable = (pair: Pair): string | undefined =>
    pair.key === 'credentialId' &&
    pair.value.kind === 'scalar' &&
    pair.value.yaml === undefined &&
    typeof pair.value.value === 'string' &&
    pair.value.value !== ''
      ? pair.value.value
      : undefined;
  const ids = items.flatMap((item) => (item.kind === 'map' ? item.pairs.map(shareable).filter((id) => id !== undefined) : []));
  // the first id that is written again; an anchor nothing refers to is a warning of its own in the editor
  const shared = ids.find((id, index) => ids.indexOf(id) !== index);
  let anchored = false;
  return items.map((item) =>
    item.kind !== 'map'
      ? item
      : {
          ...item,
          pairs: item.pairs.map((pair): Pair => {
            if (shared === undefined || shareable(pair) !== shared) return pair;
            const value = anchored ? { ...pair.value, alias: 'trunk' } : { ...pair.value, anchor: 'trunk' };
            anchored = true;
            return { ...pair, value };
          }),
        },
  );
}

/** `phoneNumbers: [...]`, its value now and then not a list, a stray key beside it now and then. */
function wrapper(g: Gen, withSchemaKey: fc.Arbitrary<string | undefined>): fc.Arbitrary<Mapping> {
  const numbers = mostly<Node>(g, list(g), wrongForString(g));
  // a near miss of phoneNumbers is left out: byo-lint reads the list under `phone_numbers:` as the
  // list it was meant to be and checks the numbers in it, while the editor can only take the
  // mapping for a single number (README, "Editors")
  const stray = mostly(g, fc.constant(null), fc.constantFrom('version', 'numbers', 'provider'));
  return fc.tuple(numbers, stray, withSchemaKey, fc.boolean()).map(([value, strayKey, schema, strayFirst]): Mapping => {
    const all: Pair[] = [{ key: 'phoneNumbers', value }];
    if (strayKey !== null) {
      const pair = { key: strayKey, value: str('1', true) };
      if (strayFirst) all.unshift(pair);
      else all.push(pair);
    }
    if (schema !== undefined) all.unshift({ key: '$schema', value: str(schema) });
    return { kind: 'map', pairs: all };
  });
}

export type Shape = 'single' | 'list' | 'wrapper';

/**
 * A document of one of the given shapes, written with care 1 (a mistake in every other value) to
 * 64. `schemaKey`, for JSON, gives the `"$schema"` value to put first in the shapes that take one.
 */
function document(language: Language, shapes: readonly Shape[], schemaKey?: fc.Arbitrary<string>): fc.Arbitrary<Node> {
  const withSchemaKey = schemaKey ?? fc.constant(undefined);
  return fc.constantFrom(1, 4, 16, 64).chain((care) => {
    const g: Gen = { language, care };
    const arbitraries: Record<Shape, fc.Arbitrary<Node>> = {
      single: fc
        .tuple(phoneNumber(g), withSchemaKey)
        .map(([entry, schema]): Node =>
          schema === undefined ? entry : { ...entry, pairs: [{ key: '$schema', value: str(schema) }, ...entry.pairs] },
        ),
      list: list(g),
      wrapper: wrapper(g, withSchemaKey),
    };
    const shaped = fc.oneof(...shapes.map((shape) => arbitraries[shape]));
    // now and then a document that is no phone-number shape at all: the number alone; not where the
    // association is the document's own "$schema" key, which only a mapping can hold
    return schemaKey === undefined ? mostly(g, shaped, fc.constant(str('+14155550100'))) : shaped;
  });
}

/** A YAML file: one to three documents, of any shape each. */
export function yamlFile(): fc.Arbitrary<GeneratedFile> {
  return fc
    .record({
      documents: fc.array(document('yaml', ['single', 'list', 'wrapper']), { minLength: 1, maxLength: 3 }),
      leadingComment: fc.boolean(),
      explicitStart: fc.boolean(),
      compactLists: fc.boolean(),
      crlf: mostly({ language: 'yaml', care: 4 }, fc.constant(false), fc.constant(true)),
      bom: mostly({ language: 'yaml', care: 8 }, fc.constant(false), fc.constant(true)),
    })
    .map((file) => ({
      ...file,
      // yaml-language-server's YAML parser (the yaml package's) reads a byte-order mark directly
      // followed by a list item (`- `) as a syntax error, where YAML allows the mark and byo-lint
      // reads the list (README, "Editors")
      bom: file.bom && !toYaml({ ...file, bom: false }).startsWith('- '),
    }));
}

/** A JSON file of the given shapes, with a `"$schema"` key when `schemaKey` gives one. */
export function jsonFile(shapes: readonly Shape[], schemaKey?: fc.Arbitrary<string>): fc.Arbitrary<GeneratedFile> {
  return document('json', shapes, schemaKey).map((node) => ({ documents: [node] }));
}

// ---------------------------------------------------------------------------------------------
// Writing

function yamlKey(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
}

/** A scalar as YAML: as given, plain when asked and it reads back the same, else double-quoted. */
function yamlScalar(scalar: Scalar): string {
  if (scalar.alias !== undefined) return `*${scalar.alias}`;
  const anchor = scalar.anchor === undefined ? '' : `&${scalar.anchor} `;
  if (scalar.yaml !== undefined) return anchor + scalar.yaml;
  const { value } = scalar;
  if (typeof value !== 'string') return anchor + JSON.stringify(value);
  if (scalar.plain && value !== '' && !/[#:,[\]{}]|^[-?!&*|>'"%@`\s]|\s$/.test(value) && parse(`k: ${value}`)?.k === value)
    return anchor + value;
  return anchor + JSON.stringify(value);
}

/** A one-line string as a literal block scalar, when it can be one. */
const asBlock = (node: Node): node is Scalar & { value: string } =>
  node.kind === 'scalar' &&
  node.block === true &&
  node.alias === undefined &&
  typeof node.value === 'string' &&
  /^\S(.*\S)?$/.test(node.value);

/** Flow collections are written on one line: see `editorLines` in the editor tests for why. */
function yamlFlow(node: Node): string {
  if (node.kind === 'scalar') return node.yaml ?? JSON.stringify(node.value);
  if (node.kind === 'seq') return `[${node.items.map(yamlFlow).join(', ')}]`;
  return `{${node.pairs.map((pair) => `${JSON.stringify(pair.key)}: ${yamlFlow(pair.value)}`).join(', ')}}`;
}

const isEmpty = (node: Node) => (node.kind === 'map' ? node.pairs.length === 0 : node.kind === 'seq' && node.items.length === 0);
const inline = (node: Node) => node.kind === 'scalar' || node.flow === true || isEmpty(node);

/** The text after `key:` or `- ` for a value written on the same line. */
function yamlInline(node: Node): string {
  return node.kind === 'scalar' ? yamlScalar(node) : yamlFlow(node);
}

function yamlBlock(node: Node, indent: number, compactLists: boolean): string[] {
  const pad = ' '.repeat(indent);
  if (inline(node)) return [pad + yamlInline(node)];
  if (node.kind === 'map') {
    return node.pairs.flatMap((pair) => {
      const comment = pair.comment ? [`${pad}# ${pair.key} below`] : [];
      const head = `${pad}${yamlKey(pair.key)}:`;
      const { value } = pair;
      if (asBlock(value))
        return [...comment, `${head} ${value.anchor === undefined ? '' : `&${value.anchor} `}|-`, `${pad}  ${value.value}`];
      if (inline(value)) return [...comment, `${head} ${yamlInline(value)}`.trimEnd()];
      return [...comment, head, ...yamlBlock(value, value.kind === 'seq' && compactLists ? indent : indent + 2, compactLists)];
    });
  }
  return (node as Sequence).items.flatMap((item) => {
    if (inline(item)) return [`${pad}- ${yamlInline(item)}`.trimEnd()];
    if (item.kind === 'seq') return [`${pad}- ${yamlFlow(item)}`];
    // a mapping item: its first pair on the dash line, a comment above that line
    const lines = yamlBlock(item, indent + 2, compactLists);
    const at = lines.findIndex((line) => !line.trimStart().startsWith('#'));
    return [...lines.slice(0, at), `${pad}- ${lines[at].slice(indent + 2)}`, ...lines.slice(at + 1)];
  });
}

export function toYaml(file: GeneratedFile): string {
  const lines: string[] = [];
  if (file.leadingComment) lines.push('# phone numbers of the support team');
  file.documents.forEach((document, index) => {
    if (index > 0 || file.explicitStart) lines.push('---');
    lines.push(...yamlBlock(document, 0, file.compactLists === true));
  });
  return (file.bom ? '\uFEFF' : '') + lines.join(file.crlf ? '\r\n' : '\n') + (file.crlf ? '\r\n' : '\n');
}

function jsonValue(node: Node, indent: number): string {
  if (node.kind === 'scalar') return JSON.stringify(node.value);
  if (node.flow || isEmpty(node)) {
    if (node.kind === 'seq') return `[${node.items.map((item) => jsonValue(item, indent)).join(', ')}]`;
    return `{ ${node.pairs.map((pair) => `${JSON.stringify(pair.key)}: ${jsonValue(pair.value, indent)}`).join(', ')} }`.replace(
      '{  }',
      '{}',
    );
  }
  const pad = ' '.repeat(indent + 2);
  const members =
    node.kind === 'seq'
      ? node.items.map((item) => pad + jsonValue(item, indent + 2))
      : node.pairs.map((pair) => `${pad}${JSON.stringify(pair.key)}: ${jsonValue(pair.value, indent + 2)}`);
  const [open, close] = node.kind === 'seq' ? ['[', ']'] : ['{', '}'];
  return `${open}\n${members.join(',\n')}\n${' '.repeat(indent)}${close}`;
}

export function toJson(file: GeneratedFile): string {
  if (file.documents.length !== 1) throw new Error('a JSON file holds one document');
  return jsonValue(file.documents[0], 0) + '\n';
}
