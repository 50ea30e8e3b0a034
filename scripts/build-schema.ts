/**
 * Writes the shipped JSON Schemas and the precompiled validators from the TypeScript model.
 * `--check` writes nothing and fails when a committed file differs (CI's drift check).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './schema-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const stale: string[] = [];

for (const { path, content } of generatedFiles()) {
  const target = root + path;
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) stale.push(path);
  else {
    writeFileSync(target, content);
    console.log(`wrote ${path}`);
  }
}

if (stale.length > 0) {
  console.error(`generated files differ from the model; run npm run build:schema and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
