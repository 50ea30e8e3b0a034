import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { tempTree, validNumber } from '../helpers/tmp.js';
import { expectOneLineError, runCliBounded } from './support.js';

/** A project whose config is the given file; its one phone-number file is valid. */
function projectWith(configName: string, content: string): string {
  return tempTree({ 'package.json': '{}\n', 'phone-numbers/a.yaml': validNumber, [configName]: content });
}

describe('YAML and JSON configs are data, read with the loader and its limits', () => {
  it('an alias bomb in a config is exit 2 with its position, not a hang', () => {
    const bomb = readFileSync(path.join(repoRoot, 'test/fixtures/load/alias-bomb.yaml'), 'utf8');
    const cwd = projectWith('.byo-lintrc.yaml', bomb);
    expectOneLineError(
      runCliBounded(['phone-numbers'], { cwd }),
      `invalid configuration ${path.join(cwd, '.byo-lintrc.yaml')}:7:8: aliases in this file expand to more than 1000000 nodes (limits.maxAliasNodes); write the values out instead of nesting or repeating aliases`,
    );
  });

  it('50,000 nested brackets in a config are exit 2 with a position, in YAML, JSON and package.json', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const message = 'nesting deeper than 100 levels; a phone-number file needs five';
    for (const [name, content, column] of [
      ['.byo-lintrc.yml', deep, 101],
      ['.byo-lintrc.json', deep, 101],
      ['.byo-lintrc', `rules: ${deep}`, 107],
    ] as const) {
      const cwd = projectWith(name, content);
      expectOneLineError(
        runCliBounded(['phone-numbers'], { cwd }),
        `invalid configuration ${path.join(cwd, name)}:1:${column}: ${message}`,
      );
    }
    const cwd = tempTree({ 'package.json': `{"byo-lint": ${deep}}`, 'phone-numbers/a.yaml': validNumber });
    expectOneLineError(
      runCliBounded(['phone-numbers'], { cwd }),
      `invalid configuration ${path.join(cwd, 'package.json')}:1:113: ${message}`,
    );
  });

  it('a tag in a config is named, and a config with NUL is a syntax error', () => {
    const tagged = projectWith('.byo-lintrc.yaml', 'rules: !!js/function "function () {}"\n');
    expectOneLineError(
      runCliBounded(['phone-numbers'], { cwd: tagged }),
      `invalid configuration ${path.join(tagged, '.byo-lintrc.yaml')}:1:22: tag "!!js/function" is not supported; write the value as a plain string, number or mapping`,
    );
    const nul = projectWith('.byo-lintrc.yaml', 'rules:\n  prefer-e164: off\u0000\n');
    expectOneLineError(
      runCliBounded(['phone-numbers'], { cwd: nul }),
      `invalid configuration ${path.join(nul, '.byo-lintrc.yaml')}:2:19: non-printable character U+0000 is not allowed in YAML; remove it`,
    );
  });
});

describe('a JS config is code, and its failures are exit 2 naming the file', () => {
  for (const [name, source, reason] of [
    ['.byo-lintrc.mjs', "throw new Error('no config for you');\n", 'no config for you'],
    ['.byo-lintrc.cjs', "throw new TypeError('broken require');\n", 'broken require'],
    ['byo-lint.config.mjs', 'export default {\n', 'Unexpected end of input'],
    ['byo-lint.config.mjs', "throw 'a thrown string';\n", 'a thrown string'],
  ] as const) {
    it(`${name}: ${reason}`, () => {
      const cwd = projectWith(name, source);
      expectOneLineError(runCliBounded(['phone-numbers'], { cwd }), `cannot load configuration ${path.join(cwd, name)}: ${reason}`);
      expectOneLineError(
        runCliBounded(['-c', name, 'phone-numbers'], { cwd }),
        `cannot load configuration ${path.join(cwd, name)}: ${reason}`,
      );
    });
  }

  it('a JS config that exports something other than a mapping is exit 2', () => {
    const cwd = projectWith('byo-lint.config.mjs', 'export default 42;\n');
    expectOneLineError(
      runCliBounded(['phone-numbers'], { cwd }),
      `invalid configuration ${path.join(cwd, 'byo-lint.config.mjs')}: it must export a mapping (an object), but it exports the integer 42`,
    );
  });

  it('a JS config that never settles, or exits, fails the run instead of passing it', () => {
    const message = 'the run stopped before it finished; does a JS config exit, or wait for something that never happens?';
    const waiting = projectWith('.byo-lintrc.mjs', 'await new Promise(() => {});\nexport default {};\n');
    expectOneLineError(runCliBounded(['phone-numbers'], { cwd: waiting }), message);
    const exiting = projectWith('.byo-lintrc.mjs', 'process.exit(0);\n');
    expect(runCliBounded(['phone-numbers'], { cwd: exiting })).toEqual({ code: 2, stdout: '', stderr: `byo-lint: ${message}\n` });
  });
});
