import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaLines, yamlEditorLines } from './helpers/agreement.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { projectWithByoLint } from './helpers/project.js';
import { validNumber } from './helpers/tmp.js';
import { YamlLanguageServer } from './helpers/yaml-language-server.js';

/** What an editor user sets: validation on, and no schema catalogue fetched from the web. */
const editorSettings = { validate: true, hover: true, completion: true, schemaStore: { enable: false } };

async function editorLines(server: YamlLanguageServer, filePath: string): Promise<number[]> {
  return yamlEditorLines(await server.diagnostics(filePath));
}

/** The shipped examples that name a phone-number schema in a yaml-language-server modeline. */
function modelineExamples(): string[] {
  const examples = path.join(repoRoot, 'examples');
  return (readdirSync(examples, { recursive: true }) as string[])
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => path.join(examples, file))
    .filter((file) => /^# yaml-language-server: \$schema=\S*byo-phone-numbers?\.schema\.json$/m.test(readFileSync(file, 'utf8')))
    .sort();
}

describe('yaml-language-server and byo-lint agree', () => {
  let server: YamlLanguageServer;
  beforeAll(async () => {
    server = await YamlLanguageServer.start(repoRoot, editorSettings);
  });
  afterAll(async () => {
    await server.stop();
  });

  const examples = modelineExamples();

  it('has broken and valid examples to compare', () => {
    const broken = examples.filter((file) => schemaLines(file).length > 0);
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.length).toBeLessThan(examples.length);
  });

  it.each(examples.map((file) => [path.relative(repoRoot, file), file]))(
    '%s: the editor flags the lines byo-lint flags',
    async (_name, file) => {
      expect(await editorLines(server, file)).toEqual(schemaLines(file));
    },
  );

  it('flags the planted mistakes of the broken example', async () => {
    const file = path.join(repoRoot, 'examples/gitops/phone-numbers/broken-frontdesk.yaml');
    // a missing credentialId (3), the unquoted number (4), credential_id (5), the fallback type "phone" (9)
    expect(await editorLines(server, file)).toEqual([3, 4, 5, 9]);
  });

  it('accepts the example configuration under the config schema', async () => {
    expect(await server.diagnostics(path.join(repoRoot, 'examples/configs/byo-lintrc.yaml'))).toEqual([]);
  });
});

describe('the association `byo-lint init` writes into .vscode/settings.json', () => {
  const broken = readFileSync(path.join(repoRoot, 'examples/gitops/phone-numbers/broken-frontdesk.yaml'), 'utf8').replace(
    /^# yaml-language-server:.*\n/,
    '',
  );
  let dir: string;
  let server: YamlLanguageServer;
  beforeAll(async () => {
    dir = projectWithByoLint({
      'phone-numbers/front-desk.yaml': broken,
      'numbers.yml': `- ${validNumber.trimEnd().replace(/\n/g, '\n  ')}\n- provider: byo-phone-number\n  number: "+1 415"\n`,
      'sales.phone-number.yaml': `${validNumber}---\n${broken}`,
      'other.yaml': broken,
      // placeholders escape the length bounds; the literal name on line 5 does not
      'templated.phone-number.yaml': [
        'provider: byo-phone-number',
        'number: "${SUPPORT_LINE_NUMBER_EU_WEST_PRODUCTION_01}"',
        'credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23',
        'serverUrl: https://hooks.example.com/vapi',
        'name: A name that is far longer than the forty characters Vapi accepts',
        'fallbackDestination:',
        '  type: number',
        '  number: "+14155550199"',
        '  extension: "${FRONT_DESK_EXTENSION}"',
        '',
      ].join('\n'),
    });
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const settings = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8')) as Record<string, unknown>;
    server = await YamlLanguageServer.start(dir, { ...editorSettings, schemas: settings['yaml.schemas'] });
  });
  afterAll(async () => {
    await server.stop();
  });

  it.each(['phone-numbers/front-desk.yaml', 'numbers.yml', 'sales.phone-number.yaml', 'templated.phone-number.yaml'])(
    '%s, without a modeline: the editor flags the lines byo-lint flags',
    async (file) => {
      const lines = schemaLines(path.join(dir, file));
      expect(lines.length).toBeGreaterThan(0);
      expect(await editorLines(server, path.join(dir, file))).toEqual(lines);
    },
  );

  it('lets placeholders escape the length bounds, as byo-lint does', async () => {
    expect(await editorLines(server, path.join(dir, 'templated.phone-number.yaml'))).toEqual([5]);
  });

  it('leaves a file outside the phone-number globs alone', async () => {
    expect(await server.diagnostics(path.join(dir, 'other.yaml'))).toEqual([]);
  });
});
