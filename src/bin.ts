#!/usr/bin/env node
/**
 * The byo-lint command. The CLI itself is one CommonJS bundle, dist/cli.cjs, run through V8's
 * code cache (dist/cli.cache, written by the build) whenever the cache fits this Node.js: parsing
 * and compiling half a megabyte of JavaScript would otherwise be a third of a one-file run. This
 * file is built as CommonJS too, since an ES module entry alone costs a tenth of the start-up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { runtimeImportKey } from './runtime-import.js';

const cliPath = fileURLToPath(new URL('./cli.cjs', import.meta.url));
const cachePath = path.join(path.dirname(cliPath), 'cli.cache');

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cachePath);
  } catch {
    return undefined;
  }
}

// code compiled by vm has no import() in Node 20, so the bundle uses this module's (runtime-import.ts)
Object.assign(globalThis, { [runtimeImportKey]: (specifier: string) => import(specifier) });

// the wrapper Node itself puts around a CommonJS module; the bundle is ASCII (test/bundle.test.ts), which
// Latin-1 reads as a copy, where UTF-8 checks every byte: a millisecond or two of a one-file run
const source = readFileSync(cliPath, 'latin1');
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: cliPath,
  cachedData: readCache(),
});
const module = { exports: {} };
const run = script.runInThisContext() as (...args: unknown[]) => void;
run(module.exports, createRequire(cliPath), module, cliPath, path.dirname(cliPath));

// the build runs the command once with this set, so that the cache holds what a run compiles
const cacheOutput = process.env.BYO_LINT_WRITE_CODE_CACHE;
if (cacheOutput) process.once('exit', () => writeFileSync(cacheOutput, script.createCachedData()));
