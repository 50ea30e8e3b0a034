import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.js';
import { schemaLines, yamlEditorLines } from './helpers/agreement.js';
import { runCli } from './helpers/cli.js';
import { toYaml, yamlFile } from './helpers/phone-number-files.js';
import { projectWithByoLint } from './helpers/project.js';
import { YamlLanguageServer } from './helpers/yaml-language-server.js';

/**
 * The editors' schema diagnostics against byo-lint's `schema` findings, line by line, on generated
 * phone-number files full of the mistakes people make (test/helpers/phone-number-files.ts),
 * through the real yaml-language-server, associated with the schema as `byo-lint init` does.
 */

/** Fixed, so that every run checks the same files; a failure names the file to look at. */
const seed = 20_250_611;

/** A project with byo-lint installed and `byo-lint init` run in it, as a user sets one up. */
function initialisedProject(): { dir: string; settings: Record<string, unknown> } {
  const dir = projectWithByoLint();
  expect(runCli(['init'], { cwd: dir }).code).toBe(0);
  return { dir, settings: JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown> };
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
    const globs = [
      (n: number) => `phone-numbers/generated-${n}.yaml`,
      (n: number) => `generated-${n}.phone-number.yml`,
      (n: number) => `team-${n}/numbers.yaml`,
    ];
    await fc.assert(
      // files are opened a batch at a time: the server waits 200 ms after a document opens before it validates
      fc.asyncProperty(fc.array(yamlFile().map(toYaml), { minLength: 1, maxLength: 24, size: 'max' }), async (texts) => {
        const paths = texts.map((text) => {
          // each file is a new document, under one of the globs `byo-lint init` associates
          const filePath = path.join(dir, globs[written.length % globs.length](written.length));
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
