import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The package as npm users get it: packed, installed into a fresh project, used by bin and by import. */
describe('the npm package', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'byo-lint-package-'));
  // packs the dist/ that `npm test` built: without --ignore-scripts, `prepare` would rebuild it
  // (removing dist/ first) while other test files run dist/cli.js
  npm(['pack', '--ignore-scripts', '--pack-destination', project], repoRoot);
  const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'))!;

  it('holds only what runs, the schemas and the readme', () => {
    const files = execFileSync('tar', ['tzf', path.join(project, tarball)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ''));
    const tops = [...new Set(files.map((file) => file.split('/')[0]))].sort();
    expect(tops).toEqual(['README.md', 'dist', 'package.json', 'schemas']);
    expect(files).toContain('dist/types/index.d.ts');
    expect(files.filter((file) => file.startsWith('schemas/')).sort()).toEqual([
      'schemas/byo-lint-config.schema.json',
      'schemas/byo-phone-number.schema.json',
      'schemas/byo-phone-numbers.schema.json',
    ]);
  });

  it('installs with its runtime dependencies and works as a command and a library', () => {
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'numbers', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`], project);
    writeFileSync(path.join(project, 'a.phone-number.yaml'), 'provider: byo-phone-number\nnumber: +14155550100\n');
    const bin = spawnSync(path.join(project, 'node_modules/.bin/byo-lint'), ['-f', 'compact', '--rule', 'inbound-hangup: off'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(bin.status).toBe(1);
    expect(bin.stdout).toBe(
      'a.phone-number.yaml:1:1: error: missing required key "credentialId"; add the id of the byo-sip-trunk credential that carries this number [schema]\n' +
        'a.phone-number.yaml:2:9: error: number +14155550100 is written without quotes and became the integer 14155550100; quote it: "+14155550100" [quoted-number]\n',
    );
    writeFileSync(
      path.join(project, 'use.mjs'),
      "import { lintText, getFormatter } from 'byo-lint';\n" +
        "const result = lintText('provider: byo-phone-number\\n', { filePath: 'a.yaml' });\n" +
        "const format = await getFormatter('compact');\n" +
        "process.stdout.write(format([result], { cwd: '.', color: false }).split('\\n')[0]);\n",
    );
    expect(execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' })).toBe(
      "a.yaml:1:1: error: every inbound call is hung up: the number has no assistantId, squadId, serverUrl or fallbackDestination, and the config does not declare the org's server URL; if the org has one, declare it as org.serverUrl in .byo-lintrc.yaml (org.serverUrl: null if the org has none); set assistantId or squadId, or a serverUrl that answers the assistant-request, and a fallbackDestination [inbound-hangup]",
    );
  });

  it('gives TypeScript users the types of the config and the results, with nothing else to install', () => {
    // after the install above: the declarations must resolve from the package's own dependencies
    const tsc = (file: string) =>
      spawnSync(
        process.execPath,
        [
          path.join(repoRoot, 'node_modules/typescript/bin/tsc'),
          '--noEmit',
          '--strict',
          '--module',
          'NodeNext',
          '--moduleResolution',
          'NodeNext',
          // no Node types (type roots in an empty directory): a project that only calls the API
          // need not install @types/node, and every declaration the package ships is checked
          '--typeRoots',
          mkdtempSync(path.join(project, 'no-types-')),
          '--skipLibCheck',
          'false',
          file,
        ],
        { cwd: project, encoding: 'utf8' },
      );
    writeFileSync(
      path.join(project, 'good.ts'),
      "import { lintText, type Config, type LintResult } from 'byo-lint';\n" +
        "const config: Config = { rules: { 'prefer-e164': 'off' }, org: { serverUrl: null } };\n" +
        "const result: LintResult = lintText('provider: byo-phone-number\\n', { filePath: 'a.yaml', config });\n" +
        'export const count: number = result.errorCount;\n',
    );
    expect(tsc('good.ts').stdout).toBe('');
    writeFileSync(path.join(project, 'bad.ts'), "import type { Config } from 'byo-lint';\nexport const config: Config = { rules: 5 };\n");
    expect(tsc('bad.ts').stdout).toContain('bad.ts(2,33): error TS2322');
  });
});
