import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

/**
 * The built command and library hold every library they use but cosmiconfig: yaml, loaded only
 * for files the fast reader leaves to it, is a dev dependency and so absent from an installation.
 * Here dist/ runs from a directory with no node_modules at all.
 */
describe('dist/ without node_modules', () => {
  // an anchor on a flow collection, and a tag: only yaml's own reader takes them
  const referenceOnly =
    'provider: byo-phone-number\nnumber: &n "+14155550100"\ncredentialId: {id: x}\nname: !!str Front desk\nfallbackDestination: &f [x]\n';
  const root = tempTree({ 'package.json': '{ "name": "byo-lint", "type": "module" }\n', 'work/a.yaml': referenceOnly });
  cpSync(path.join(repoRoot, 'dist'), path.join(root, 'dist'), { recursive: true });
  const run = (command: string[]) => spawnSync(process.execPath, command, { cwd: path.join(root, 'work'), encoding: 'utf8' });

  it('lints a file that needs the reference YAML reader from the command', () => {
    const result = run([path.join(root, 'dist/cli.js'), '-f', 'compact', '--no-config-lookup', 'a.yaml']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('a.yaml:3:15: error: "credentialId" must be a string, but it is a mapping [schema]');
  });

  it('lints it from the library', () => {
    writeFileSync(
      path.join(root, 'work/use.mjs'),
      "import { readFileSync } from 'node:fs';\n" +
        "import { lintText } from '../dist/index.mjs';\n" +
        "const result = lintText(readFileSync('a.yaml', 'utf8'), { filePath: 'a.yaml' });\n" +
        "process.stdout.write(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`).join('\\n'));\n",
    );
    const result = run(['use.mjs']);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toContain('3:15 schema');
  });
});

describe('the CommonJS bundles', () => {
  // a banner line before esbuild's "use strict" would make it an ordinary expression, and the CLI sloppy-mode code
  it.each(['dist/cli.cjs', 'dist/cli.js'])('%s opens with the "use strict" directive', (file) => {
    expect(readFileSync(path.join(repoRoot, file), 'utf8')).toMatch(/^(#!.*\n)?"use strict";/);
  });

  // bin.ts reads the bundle as Latin-1, one byte a character, which is right only for ASCII: esbuild
  // escapes every other character in code, but keeps some comments as they are written
  it('dist/cli.cjs is ASCII text', () => {
    const text = readFileSync(path.join(repoRoot, 'dist/cli.cjs'), 'utf8');
    const wide = /[^\0-\x7f]/.exec(text);
    expect(wide && text.slice(Math.max(0, wide.index - 60), wide.index + 20)).toBeNull();
  });
});
