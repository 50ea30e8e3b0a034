import { createRequire } from 'node:module';
import type * as YamlPackage from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { lintText } from '../../src/lint.js';
import { defaultLimits, loadText } from '../../src/load/index.js';

// the yaml module instance the reference reader loads, so that spies on it see what the reader does
const yaml = createRequire(import.meta.url)('yaml') as typeof YamlPackage;

/** The diagnostics of a text, which the fast YAML reader (taking scalar aliases) and the reference reader must agree on. */
function diagnosticsOf(text: string, limits = {}): string[] {
  const result = lintText(text, { filePath: 'a.yaml', config: { limits } });
  expect(result).toEqual(lintText(text, { filePath: 'a.yaml', config: { limits }, reader: 'reference' }));
  return result.diagnostics.map(
    (diagnostic) =>
      `${diagnostic.line}:${diagnostic.column}-${diagnostic.endLine}:${diagnostic.endColumn} ${diagnostic.ruleId} ${diagnostic.message}`,
  );
}

describe('many aliases', () => {
  // 1,000 numbers, each after the first with two aliases; the anchor "name" is redefined halfway
  const count = 1000;
  const redefinedAt = 500;
  const entry = (index: number, credentialId: string, name: string) =>
    `- provider: byo-phone-number\n  number: "+1415555${String(index).padStart(4, '0')}"\n  credentialId: ${credentialId}\n` +
    `  assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n  name: ${name}\n`;
  const entries = Array.from({ length: count }, (_, index) =>
    index === 0
      ? entry(index, '&credential 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23', '&name 42')
      : entry(index, '*credential', index === redefinedAt ? '&name Lobby' : '*name'),
  );
  // anchors do not reach into the next document
  const text = `${entries.join('')}---\nname: *name\n`;
  const nameLine = (index: number) => 5 * index + 5;

  it('lint to the diagnostics of the values each alias stands for, placed at the alias', () => {
    expect(diagnosticsOf(text)).toEqual([
      '5:15-5:17 schema "name" must be a string, but it is the integer 42',
      ...Array.from(
        { length: redefinedAt - 1 },
        (_, index) => `${nameLine(index + 1)}:9-${nameLine(index + 1)}:14 schema "name" must be a string, but it is the integer 42`,
      ),
      // after the anchor is redefined, the aliases stand for its new value
      ...Array.from(
        { length: count - redefinedAt - 1 },
        (_, index) =>
          `${nameLine(redefinedAt + 1 + index)}:9-${nameLine(redefinedAt + 1 + index)}:14 duplicate-name name "Lobby" is already used at a.yaml:${nameLine(redefinedAt)}:15; give each number its own name`,
      ),
      `${5 * count + 2}:7-${5 * count + 2}:12 syntax alias "*name" refers to no anchor before it; define the anchor first, or quote a value that starts with "*"`,
    ]);
  });

  it('stop at the alias that adds the node past maxAliasNodes', () => {
    // each alias adds one scalar; entries 1 to 600 hold 1,199 aliases (entry 500 only one), and
    // entry 601's credentialId is the 1,200th: its name is the first alias past the limit
    expect(diagnosticsOf(text, { maxAliasNodes: 1200 }).filter((diagnostic) => diagnostic.includes('resource-limit'))).toEqual([
      `${nameLine(601)}:9-${nameLine(601)}:14 resource-limit aliases in this file expand to more than 1200 nodes (limits.maxAliasNodes); write the values out instead of nesting or repeating aliases`,
    ]);
  });

  it('within the default budget: a large file whose every number aliases one shared fallback', () => {
    // 10,000 aliases of a two-pair mapping add 30,000 nodes: the old default of 10,000 stopped this file a third of the way in
    const shared = (index: number) =>
      `- provider: byo-phone-number\n  number: "+1415${String(index).padStart(7, '0')}"\n` +
      '  credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n  assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n' +
      (index === 0
        ? '  fallbackDestination: &frontdesk\n    type: number\n    number: "+14155550199"\n'
        : '  fallbackDestination: *frontdesk\n');
    const file = Array.from({ length: 10_001 }, (_, index) => shared(index)).join('');
    // the entries have an assistant, so every alias is an unused fallback, at the alias
    const diagnostics = diagnosticsOf(file);
    expect(diagnostics).toHaveLength(10_001);
    expect(diagnostics.every((diagnostic) => diagnostic.includes(' unused-fallback '))).toBe(true);
    // the first entry takes 7 lines and each later one 5, its alias on the fifth: 8 + 5 · 9,999 + 4
    expect(diagnostics[10_000]).toMatch(/^50007:3-50007:22 unused-fallback /);
  });

  it('share one expansion budget across the documents of a file, so that the diagnostics stay bounded', () => {
    // 200 documents, each an invalid anchored entry and 100 aliases to it: each alias adds a mapping
    // and its 3 values, 400 nodes a document, 80,000 in the file; a budget per document read them all
    const document =
      '---\nphoneNumbers:\n  - &a {provider: byo-phone-number, number: 14155550100, credential_id: x}\n' + '  - *a\n'.repeat(100);
    const { diagnostics } = lintText(document.repeat(200), { filePath: 'a.yaml', config: { limits: { maxAliasNodes: 1000 } } });
    const limitHits = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'resource-limit');
    // documents 0 and 1 take 800 nodes; document 2 gets 50 aliases in (line 210 is its first) before the limit
    expect(limitHits[0]).toMatchObject({ line: 260, column: 5, endLine: 260, endColumn: 7, document: 2, path: '/phoneNumbers/51' });
    expect(limitHits[0].message).toBe(
      'aliases in this file expand to more than 1000 nodes (limits.maxAliasNodes); write the values out instead of nesting or repeating aliases',
    );
    // every later document stops at its first alias, and only documents 0 and 1 are checked
    expect(limitHits.map((diagnostic) => [diagnostic.document, diagnostic.line])).toEqual([
      [2, 260],
      ...Array.from({ length: 197 }, (_, index) => [index + 3, 103 * (index + 3) + 4]),
    ]);
    expect(
      new Set(diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'resource-limit').map((diagnostic) => diagnostic.document)),
    ).toEqual(new Set([0, 1]));
    // 4 findings of the anchored entry and 5 of each copy (placed at its alias), in 2 documents, and document 1's anchored entry repeats document 0's number
    expect(diagnostics.length).toBe(2 * (4 + 100 * 5) + 1 + 198);
  });

  it('are resolved in time linear in their number: each pair of the document is read a fixed number of times', () => {
    // counts the reads of the top-level mapping's pairs, through every walk of the composed document:
    // a walk per alias, as yaml's Alias.resolve() makes, would read each pair once per alias
    let reads = 0;
    function* counted(docs: Generator<YamlPackage.Document.Parsed>) {
      for (const doc of docs) {
        const map = doc.contents as YamlPackage.YAMLMap;
        map.items = new Proxy(map.items, {
          get(items, key, receiver) {
            if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
            return Reflect.get(items, key, receiver) as unknown;
          },
        });
        yield doc;
      }
    }
    const { next, end } = yaml.Composer.prototype;
    const spies = [
      vi.spyOn(yaml.Composer.prototype, 'next').mockImplementation(function (this: YamlPackage.Composer, token) {
        return counted(next.call(this, token));
      }),
      vi.spyOn(yaml.Composer.prototype, 'end').mockImplementation(function (this: YamlPackage.Composer, forceDoc, offset) {
        return counted(end.call(this, forceDoc, offset));
      }),
    ];
    const readsPerPair = (aliases: number) => {
      reads = 0;
      const aliased = `a: &a x\n${Array.from({ length: aliases }, (_, index) => `b${index}: *a\n`).join('')}`;
      // the reference reader's walk: the fast one takes aliases of scalars without composing a document
      expect(loadText(aliased, 'a.yaml', defaultLimits, 'reference').documents[0].findings).toEqual([]);
      return reads / (aliases + 1);
    };
    try {
      const few = readsPerPair(1000);
      expect(few).toBeGreaterThan(0); // the spies saw the reader's document
      expect(readsPerPair(2000)).toBe(few);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('findings through an alias', () => {
  const placed = (text: string) =>
    lintText(text, { filePath: 'a.yaml' }).diagnostics.map(
      (diagnostic) =>
        `${diagnostic.line}:${diagnostic.column}-${diagnostic.endLine}:${diagnostic.endColumn} ${diagnostic.path} ${diagnostic.ruleId}` +
        (diagnostic.related ? ` related ${diagnostic.related.map((related) => `${related.line}:${related.column}`).join(',')}` : '') +
        (diagnostic.fix ? ` fix ${JSON.stringify(diagnostic.fix)}` : ''),
    );
  const ids = 'credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23, assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e';

  it('are placed at the alias, where that copy is written, and name the anchor as the earlier one', () => {
    // the value under /1 is the anchor's text; the second copy of it is the *a
    expect(placed(`- &a {provider: byo-phone-number, number: "+14155550100", ${ids}}\n- *a\n`)).toEqual([
      '2:3-2:5 /1/number duplicate-number related 1:43',
    ]);
    expect(placed(`- &a {provider: byo-phone-number, number: "+14155550100", ${ids}, colour: red}\n- *a\n`)).toEqual([
      '1:162-1:168 /0/colour schema',
      '2:3-2:5 /1/number duplicate-number related 1:43',
      '2:3-2:5 /1/colour schema',
    ]);
  });

  it('include a tag the value does not fit, reported at the alias as well as at the anchor', () => {
    const text = `- {provider: byo-phone-number, number: "+14155550100", ${ids}, name: &x !!int abc}\n- {provider: byo-phone-number, number: "+14155550101", ${ids}, name: *x}\n`;
    expect(placed(text).filter((diagnostic) => diagnostic.includes('/name schema'))).toEqual([
      '1:174-1:177 /0/name schema',
      '2:165-2:167 /1/name schema',
    ]);
  });

  it('are placed at the outermost alias of the path', () => {
    // /2 is *entry, whose anchor holds *desk: /2/fallbackDestination/extension passes through both
    const text =
      '- {provider: byo-phone-number, number: "+14155550101", credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23, ' +
      'fallbackDestination: &desk {type: number, number: "+14155550199", extension: 12}}\n' +
      `- &entry {provider: byo-phone-number, number: "+14155550102", ${ids}, fallbackDestination: *desk}\n` +
      '- *entry\n';
    expect(placed(text).filter((diagnostic) => diagnostic.includes('extension'))).toEqual([
      '1:185-1:187 /0/fallbackDestination/extension quoted-number fix {"range":[184,186],"text":"\\"12\\""}',
      '2:187-2:192 /1/fallbackDestination/extension quoted-number',
      '3:3-3:9 /2/fallbackDestination/extension quoted-number',
    ]);
  });

  it('carry no fix: the fix belongs to the anchor, whose text every copy reads', () => {
    // without provider, the anchor's own finding inserts it; the copy's must not edit the anchor too
    const text = `- &a {number: "+14155550100", ${ids}}\n- *a\n`;
    expect(placed(text)).toEqual([
      `1:6-1:${text.indexOf('}') + 2} /0 schema fix {"range":[6,6],"text":"provider: byo-phone-number, "}`,
      '2:3-2:5 /1/number duplicate-number related 1:15',
      '2:3-2:5 /1 schema',
    ]);
    const { output } = lintText(text, { filePath: 'a.yaml', fix: true });
    expect(output).toBe(text.replace('{number', '{provider: byo-phone-number, number'));
  });
});
