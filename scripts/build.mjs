// Bundles the CLI and the library into dist/ and writes their type declarations.
// One bundled entry keeps start-up to a few module loads; formats and subcommands stay in
// chunks loaded on demand.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['cosmiconfig'],
  define: { BYO_LINT_VERSION: JSON.stringify(version) },
  // bundled CommonJS dependencies call require() for Node's built-ins
  banner: { js: "import { createRequire as __byoCreateRequire } from 'node:module'; const require = __byoCreateRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
