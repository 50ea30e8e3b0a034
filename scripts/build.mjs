// Bundles the library and the CLI into dist/ and writes their type declarations.
// The library is ES modules (.mjs), with formats and subcommands in chunks loaded on demand. The
// CLI is CommonJS, which Node starts faster than an ES module, and can so run from a V8 code
// cache: dist/cli.js (src/bin.ts) runs dist/cli.cjs through dist/cli.cache, made here by one run.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['cosmiconfig'],
  define: { BYO_LINT_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
};

/** CommonJS output of sources written as ES modules: import.meta.url becomes the file's URL. */
const commonJs = {
  ...common,
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__byoImportMetaUrl' },
  // esbuild's own "use strict" comes after the banner, where it is no directive: the banner opens with it
  banner: { js: '"use strict"; const __byoImportMetaUrl = require(\'node:url\').pathToFileURL(__filename).href;' },
};

/**
 * commander requires child_process for executable subcommands, which byo-lint has none of;
 * loading it (with net and stream) would cost every run a few milliseconds, so it is loaded on use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  format: 'esm',
  // bundled CommonJS dependencies call require() for Node's built-ins
  banner: { js: "import { createRequire as __byoCreateRequire } from 'node:module'; const require = __byoCreateRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
});
await build({ ...commonJs, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.cjs', plugins: [lazyChildProcess] });
// vm-compiled code has no import() in Node 20: the bundle's one must be importAtRuntime's fallback
const imports = readFileSync('dist/cli.cjs', 'utf8').match(/\bimport\(/g) ?? [];
if (imports.length !== 1)
  throw new Error(`dist/cli.cjs calls import() ${imports.length} times; use importAtRuntime (src/runtime-import.ts)`);
await build({ ...commonJs, entryPoints: ['src/bin.ts'], outfile: 'dist/cli.js' });
// .js files in dist/ are CommonJS: the command is dist/cli.js, as package.json's bin says
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');

// one run over the examples compiles what a lint compiles; its cache is what later runs start from
const warmUp = spawnSync(process.execPath, ['dist/cli.js', '--no-color', 'examples'], {
  env: { ...process.env, BYO_LINT_WRITE_CODE_CACHE: 'dist/cli.cache' },
  stdio: 'ignore',
});
if (warmUp.status !== 0 && warmUp.status !== 1) throw new Error(`the code-cache run of dist/cli.js exited with ${warmUp.status}`);

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
// the declarations describe the ES module library
writeFileSync('dist/types/package.json', '{ "type": "module" }\n');
