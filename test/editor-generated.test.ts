import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { jsonEditorLines, schemaLines, yamlEditorLines } from './helpers/agreement.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { JsonLanguageService, type JsonSchemaSetting } from './helpers/json-language-service.js';
import { jsonFile, toJson, toYaml, yamlFile } from './helpers/phone-number-files.js';
import { projectWithByoLint } from './helpers/project.js';
import { YamlLanguageServer } from './helpers/yaml-language-server.js';

/**
 * The editors' schema diagnostics against byo-lint's `schema` findings, line by line, on generated
 * phone-number files full of the mistakes people make (test/helpers/phone-number-files.ts), in
 * YAML through the real yaml-language-server and in JSON through the real language service of VS
 * Code's JSON support, each associated with the schema as `byo-lint init` or the README says.
 */

/** Fixed, so that every run checks the same files; a failure names the file to look at. */
const seed = 20_250_611;

/** A project with byo-lint installed and `byo-lint init` run in it, as a user sets one up. */
function initialisedProject(): { dir: string; settings: Record<string, unknown> } {
  const dir = projectWithByoLint();
  expect(runCli(['init'], { cwd: dir }).code).toBe(0);
  return { dir, settings: JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown> };
}

/** The n-th generated file's path, in turn under each kind of glob `byo-lint init` associates: a folder, a suffix, a name. */
function underInitGlobs(n: number, extension: 'yaml' | 'json'): string {
  const paths = [
    `phone-numbers/generated-${n}.${extension}`,
    `generated-${n}.phone-number.${extension === 'yaml' ? 'yml' : 'json'}`,
    `team-${n}/numbers.${extension}`,
  ];
  return paths[n % paths.length];
}

/** The kinds of `schema` findings a batch of files held, to show the generator still makes each mistake. */
function messageIds(files: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const filePath of files) {
    for (const diagnostic of lintText(readFileSync(filePath, 'utf8'), { filePath, config: { rules: { 'quoted-number': 'off' } } })
      .diagnostics)
      if (diagnostic.ruleId === 'schema' && diagnostic.messageId) seen.add(diagnostic.messageId);
  }
  return seen;
}

const allMessageIds = ['required', 'unknown-property', 'type', 'enum', 'const', 'pattern', 'min-length', 'max-length'];

/** Expects the editor's lines to be byo-lint's, with the file in the message when they are not. */
function expectAgreement(filePath: string, editor: number[]): void {
  expect(editor, `${path.basename(filePath)}:\n${readFileSync(filePath, 'utf8')}`).toEqual(schemaLines(filePath));
}

describe('yaml-language-server and byo-lint agree on generated YAML files', () => {
  let dir: string;
  let server: YamlLanguageServer;
  beforeAll(async () => {
    const project = initialisedProject();
    dir = project.dir;
    server = await YamlLanguageServer.start(dir, {
      validate: true,
      schemaStore: { enable: false },
      schemas: project.settings['yaml.schemas'],
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('flags the same lines, file by file', async () => {
    const written: string[] = [];
    await fc.assert(
      // files are opened a batch at a time: the server waits 200 ms after a document opens before it validates
      fc.asyncProperty(fc.array(yamlFile().map(toYaml), { minLength: 1, maxLength: 24, size: 'max' }), async (texts) => {
        const paths = texts.map((text) => {
          // each file is a new document, under one of the globs `byo-lint init` associates
          const filePath = path.join(dir, underInitGlobs(written.length, 'yaml'));
          mkdirSync(path.dirname(filePath), { recursive: true });
          writeFileSync(filePath, text);
          written.push(filePath);
          return filePath;
        });
        const diagnostics = await Promise.all(paths.map((filePath) => server.diagnostics(filePath)));
        paths.forEach((filePath, index) => expectAgreement(filePath, yamlEditorLines(diagnostics[index])));
      }),
      // no shrinking: each step would reopen a batch, 200 ms apiece; the failure shows the file as written
      { seed, numRuns: 60, endOnFailure: true },
    );
    expect([...messageIds(written)].sort()).toEqual([...allMessageIds].sort());
  });
});

describe('the JSON language service of VS Code and byo-lint agree', () => {
  let dir: string;
  let jsonSchemas: JsonSchemaSetting[];
  beforeAll(() => {
    const project = initialisedProject();
    dir = project.dir;
    jsonSchemas = project.settings['json.schemas'] as JsonSchemaSetting[];
  });

  const jsonExamples = (readdirSync(path.join(repoRoot, 'examples'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.json'))
    .map((file) => path.join(repoRoot, 'examples', file))
    .sort();

  it.each(jsonExamples.map((file) => [path.relative(repoRoot, file), file]))(
    '%s, through its "$schema" key: the editor flags the lines byo-lint flags',
    async (_name, file) => {
      expect(readFileSync(file, 'utf8')).toMatch(/"\$schema": "[^"]*byo-phone-numbers?\.schema\.json"/);
      expect(jsonEditorLines(await JsonLanguageService.create().diagnostics(file))).toEqual(schemaLines(file));
    },
  );

  it('finds the schema through the "$schema" key alone, and the key is no finding', async () => {
    const service = JsonLanguageService.create();
    const file = path.join(dir, 'drafts/misspelt.json');
    mkdirSync(path.dirname(file), { recursive: true });
    const schema = '../node_modules/byo-lint/schemas/byo-phone-number.schema.json';
    writeFileSync(
      file,
      `{\n  "$schema": "${schema}",\n  "provider": "byo-phone-number",\n  "number": "+14155550100",\n  "credential_id": "x"\n}\n`,
    );
    // the missing credentialId at the mapping (1), the misspelt key (5)
    expect(jsonEditorLines(await service.diagnostics(file))).toEqual([1, 5]);
    expect(schemaLines(file)).toEqual([1, 5]);
  });

  it('flags the same lines in generated files associated through their "$schema" key', async () => {
    const service = JsonLanguageService.create();
    const written: string[] = [];
    // a list has no place for the key; the single-number schema for a single number, now and then
    const keyed = fc.oneof(
      fc.constant('../node_modules/byo-lint/schemas/byo-phone-numbers.schema.json'),
      fc.constant('./node_modules/byo-lint/schemas/byo-phone-numbers.schema.json'),
    );
    const single = jsonFile(['single'], fc.constant('../node_modules/byo-lint/schemas/byo-phone-number.schema.json'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonFile(['single', 'wrapper'], keyed), single).map(toJson), async (text) => {
        // outside the globs of json.schemas, and the service has none: the key is the only association
        const filePath = path.join(dir, text.includes('"./node_modules') ? '' : 'drafts', `draft-${written.length}.json`);
        writeFileSync(filePath, text);
        written.push(filePath);
        expectAgreement(filePath, jsonEditorLines(await service.diagnostics(filePath)));
      }),
      { seed, numRuns: 1000 },
    );
    expect([...messageIds(written)].sort()).toEqual([...allMessageIds].sort());
  });

  it('flags the same lines in generated files associated through the json.schemas that `byo-lint init` writes', async () => {
    const service = JsonLanguageService.create(dir, jsonSchemas);
    const written: string[] = [];
    await fc.assert(
      fc.asyncProperty(jsonFile(['single', 'list', 'wrapper']).map(toJson), async (text) => {
        const filePath = path.join(dir, underInitGlobs(written.length, 'json'));
        mkdirSync(path.dirname(filePath), { recursive: true });
        writeFileSync(filePath, text);
        written.push(filePath);
        expectAgreement(filePath, jsonEditorLines(await service.diagnostics(filePath)));
      }),
      { seed, numRuns: 1000 },
    );
    expect([...messageIds(written)].sort()).toEqual([...allMessageIds].sort());
  });

  it('leaves a JSON file outside the globs and without a "$schema" key alone', async () => {
    const file = path.join(dir, 'other.json');
    writeFileSync(file, '{ "provider": "twilio" }\n');
    expect(schemaLines(file)).toEqual([1]);
    expect(await JsonLanguageService.create(dir, jsonSchemas).diagnostics(file)).toEqual([]);
  });
});
