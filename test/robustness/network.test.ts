import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatNames } from '../../src/report/index.js';
import { tempTree, validNumber } from '../helpers/tmp.js';
import { runCliBounded } from './support.js';

const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises', 'undici'];

/**
 * A preload that makes every network module unloadable, through require and import alike, and
 * `fetch` unusable; each attempt is also logged, in case the caller swallows the error.
 */
function networkGuard(directory: string): { nodeArgs: string[]; log: string } {
  const log = path.join(directory, 'network.log');
  const hooks = `
import { appendFileSync } from 'node:fs';
const banned = new Set(${JSON.stringify(networkModules)});
export async function resolve(specifier, context, next) {
  const name = specifier.replace(/^node:/, '');
  if (banned.has(name)) {
    appendFileSync(${JSON.stringify(log)}, 'import ' + name + '\\n');
    throw new Error('byo-lint must not load ' + name);
  }
  return next(specifier, context);
}`;
  const preload = path.join(directory, 'no-network.mjs');
  writeFileSync(
    preload,
    `import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
const banned = new Set(${JSON.stringify(networkModules)});
const load = Module._load;
Module._load = function (request, ...rest) {
  const name = String(request).replace(/^node:/, '');
  if (banned.has(name)) {
    appendFileSync(${JSON.stringify(log)}, 'require ' + name + '\\n');
    throw new Error('byo-lint must not load ' + name);
  }
  return load.call(this, request, ...rest);
};
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));
globalThis.fetch = () => {
  appendFileSync(${JSON.stringify(log)}, 'fetch\\n');
  throw new Error('byo-lint must not fetch');
};
`,
  );
  return { nodeArgs: ['--import', pathToFileURL(preload).href], log };
}

describe('byo-lint never touches the network', () => {
  const cwd = tempTree({
    'package.json': '{}\n',
    // a JS config, so that the module loading path runs too
    '.byo-lintrc.mjs': "export default { org: { serverUrl: 'https://hooks.example.com/vapi' } };\n",
    'phone-numbers/good.yaml': validNumber,
    'phone-numbers/broken.yaml': validNumber.replace('"+14155550100"', '+14155550101'),
    'phone-numbers/numbers.json': JSON.stringify({ provider: 'byo-phone-number', number: '+14155550102', credentialId: 'c' }),
  });
  const guard = networkGuard(cwd);

  it('the guard itself stops a network module, through import and require, and fetch', () => {
    const directory = tempTree({
      'probe.mjs':
        "import { createRequire } from 'node:module';\n" +
        "await import('node:https').catch(() => {});\n" +
        "try { createRequire(import.meta.url)('dns'); } catch {}\n" +
        "try { await fetch('https://example.com'); } catch {}\n",
    });
    const probeGuard = networkGuard(directory);
    const run = spawnSync(process.execPath, [...probeGuard.nodeArgs, path.join(directory, 'probe.mjs')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(probeGuard.log, 'utf8')).toBe('import https\nrequire dns\nfetch\n');
  });

  const runs: [string, string[]][] = [
    ...formatNames.map((format): [string, string[]] => [`lint -f ${format}`, ['-f', format, '.']]),
    ['lint --stdin', ['--stdin', '--stdin-filename', 'phone-numbers/x.yaml']],
    ['--fix-dry-run', ['--fix-dry-run', '.']],
    ['--print-config', ['--print-config', 'phone-numbers/good.yaml']],
    ['explain', ['explain', '.']],
    ['rules', ['rules', '--format', 'json']],
    ['schema', ['schema']],
    // last, as it rewrites the broken file
    ['--fix', ['--fix', '.']],
  ];
  it('init', () => {
    const fresh = tempTree({ 'package.json': '{}\n' });
    const run = runCliBounded(['init'], { cwd: fresh, nodeArgs: guard.nodeArgs });
    expect(run.code).toBe(0);
    expect(existsSync(path.join(fresh, '.byo-lintrc.yaml'))).toBe(true);
    expect(existsSync(guard.log) ? readFileSync(guard.log, 'utf8') : '').toBe('');
  });

  for (const [name, args] of runs) {
    it(name, () => {
      const run = runCliBounded(args, { cwd, nodeArgs: guard.nodeArgs, input: validNumber });
      expect(run.stderr).not.toMatch(/must not|internal error/);
      expect([0, 1]).toContain(run.code);
      expect(existsSync(guard.log) ? readFileSync(guard.log, 'utf8') : '').toBe('');
    });
  }
});
