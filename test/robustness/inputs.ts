import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Config } from '../../src/schema/config-model.js';
import { repoRoot } from '../helpers/cli.js';

/** Every YAML and JSON input under test/fixtures and examples, as the mutations' starting points. */
export const seeds: readonly { name: string; bytes: Buffer }[] = (() => {
  const found: { name: string; bytes: Buffer }[] = [];
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.(ya?ml|json)$/.test(entry.name)) found.push({ name: path.relative(repoRoot, full), bytes: readFileSync(full) });
    }
  };
  visit(path.join(repoRoot, 'test/fixtures'));
  visit(path.join(repoRoot, 'examples'));
  return found.sort((a, b) => a.name.localeCompare(b.name));
})();

/** YAML syntax a file may meet: anchors, aliases, tags, flow brackets, merge keys, directives, document markers, tabs. */
const syntax = [
  '&a ',
  '*a',
  '*missing',
  '&b [*a, *a, *a]',
  '<<: *a\n',
  '<<: [*a, *b]\n',
  '!!binary ',
  '!!js/function ',
  '!!set ',
  '!!float ',
  '!!int ',
  '!!str ',
  '!!omap ',
  '!custom ',
  '!<tag:example.com,2000:x> ',
  '!e!x ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  '? ',
  ': ',
  '- ',
  '%YAML 1.2\n',
  '%YAML 1.1\n',
  '%TAG !e! tag:example.com,2000:\n',
  '---\n',
  '--- ',
  '...\n',
  '\t',
  '  ',
  '"',
  "'",
  '|',
  '>-\n',
  '# ',
  '\\',
  '\r\n',
  '\r',
  '\n',
  '\u0000',
  '\u007f',
  '\ufeff',
  '\u2028',
  '${SECRET}',
  '__proto__: ',
  'constructor: ',
  '📞',
  'é',
  '+14155550100',
  'serverUrl: http://localhost\n',
  'serverUrlSecret: hunter2\n',
  'fallbackDestination: {type: number, number: +14155550100}\n',
  '# byo-lint-disable-next-line\n',
  '# byo-lint-disable ',
  '# byo-lint-enable\n',
  '# byo-lint-disable-file\n',
  '"\\u',
  '/*',
  '//',
  '1e999',
  '-0',
  ',}',
].map((text) => Buffer.from(text));

/** Byte sequences that are not UTF-8: a lone continuation byte, a truncated sequence, an encoded surrogate, an overlong form. */
const invalidUtf8 = [[0x80], [0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]].map((bytes) =>
  Buffer.from(bytes),
);

type Mutation = (bytes: Buffer) => Buffer;

const at = (fraction: number, bytes: Buffer) => Math.floor(fraction * (bytes.length + 1)) % (bytes.length + 1);
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const splitLines = (bytes: Buffer): Buffer[] => {
  const lines: Buffer[] = [];
  let start = 0;
  for (let index = bytes.indexOf(0x0a); index !== -1; index = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, index + 1));
    start = index + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map(
    (where): Mutation =>
      (bytes) =>
        bytes.subarray(0, at(where, bytes)),
  ),
  fc.tuple(fraction, fc.integer({ min: 0, max: 255 })).map(([where, byte]): Mutation => (bytes) => {
    const copy = Buffer.from(bytes);
    if (copy.length > 0) copy[at(where, copy) % copy.length] = byte;
    return copy;
  }),
  fc.tuple(fraction, fc.constantFrom(...syntax, ...invalidUtf8)).map(([where, inserted]): Mutation => (bytes) => {
    const split = at(where, bytes);
    return Buffer.concat([bytes.subarray(0, split), inserted, bytes.subarray(split)]);
  }),
  fc.tuple(fraction, fraction).map(([from, to]): Mutation => (bytes) => {
    const [start, end] = [at(from, bytes), at(to, bytes)].sort((a, b) => a - b);
    return Buffer.concat([bytes.subarray(0, start), bytes.subarray(end)]);
  }),
  fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed): Mutation => (bytes) => {
    // a seeded Fisher–Yates shuffle, so that a failing case replays exactly
    const lines = splitLines(bytes);
    let state = seed;
    for (let index = lines.length - 1; index > 0; index--) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const other = state % (index + 1);
      [lines[index], lines[other]] = [lines[other], lines[index]];
    }
    return Buffer.concat(lines);
  }),
  fc.tuple(fraction, fc.integer({ min: 1, max: 12 })).map(([where, times]): Mutation => (bytes) => {
    const lines = splitLines(bytes);
    if (lines.length === 0) return bytes;
    const index = at(where, bytes) % lines.length;
    return Buffer.concat([...lines.slice(0, index), ...Array<Buffer>(times).fill(lines[index]), ...lines.slice(index + 1)]);
  }),
);

/** A fixture or example changed by one to six mutations, with the extension that selects its parser. */
export const mutatedInput: fc.Arbitrary<{ bytes: Buffer; extension: string; from: string }> = fc
  .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('same', 'yaml', 'json'))
  .map(([seed, mutations, parser]) => ({
    bytes: mutations.reduce((bytes, mutate) => mutate(bytes), seed.bytes),
    extension: parser === 'same' ? path.extname(seed.name).slice(1) : parser,
    from: seed.name,
  }));

/** Any bytes at all, biased towards the characters that YAML and JSON give meaning to. */
export const anyBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...syntax, ...invalidUtf8),
        fc.uint8Array({ maxLength: 8 }).map((bytes) => Buffer.from(bytes)),
      ),
      {
        maxLength: 200,
      },
    )
    .map((parts) => Buffer.concat(parts)),
);

/** Any text, including lone surrogates, which only a string (not bytes read from disk) can hold. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 1024 }),
  fc.string({ unit: fc.constantFrom(...'{}[]:,-?&*!|>\'"%@`#\t\r\n \\'.split(''), 'a', '1', '\ud800', '\u0000'), maxLength: 400 }),
);

/** Configs that switch on the knowledge-dependent rules as well as the defaults. */
export const configs: readonly Config[] = [
  {},
  {
    org: { serverUrl: 'https://hooks.example.com/vapi', serverUrlSecret: '${ORG_SECRET}' },
    assistants: [{ id: '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e', name: 'support', serverUrl: 'https://a.example.com/x' }],
    squads: [{ id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' }],
    credentials: [{ id: '2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23', name: 'main-trunk' }],
    rules: { 'prefer-e164': 'error', 'id-format': 'error' },
  },
  { org: { serverUrl: null }, limits: { maxDepth: 4, maxAliasNodes: 5, maxStringLength: 20, maxDocuments: 2, maxFileBytes: 300 } },
];

/**
 * A billion-laughs document written in flow, `levels` deep: each level a list of nine aliases of the
 * one before, nine to the power of `levels` nodes if expanded.
 */
export function flowAliasBomb(levels: number): string {
  const lines = Array.from({ length: levels }, (_, level) =>
    level === 0
      ? 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'
      : `l${level}: &l${level} [${Array(9)
          .fill(`*l${level - 1}`)
          .join(', ')}]`,
  );
  return `${lines.join('\n')}\n`;
}
