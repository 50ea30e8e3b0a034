import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './cli.js';
import { tempTree } from './tmp.js';

/** A project with byo-lint installed in its node_modules, as `npm install --save-dev byo-lint` leaves it. */
export function projectWithByoLint(files: Record<string, string> = {}): string {
  const dir = tempTree({ 'package.json': '{ "name": "phones", "private": true }\n', ...files });
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(repoRoot, path.join(dir, 'node_modules', 'byo-lint'), 'dir');
  // what tools that run `byo-lint` by name (npx, lint-staged) find
  symlinkSync('../byo-lint/dist/cli.js', path.join(dir, 'node_modules', '.bin', 'byo-lint'));
  return dir;
}
