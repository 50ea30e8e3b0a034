/**
 * The write-or-check step shared by the generators: writes files whose content changed, or with
 * `--check` writes nothing and returns what differs (CI's drift checks).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const check = process.argv.includes('--check');

interface GeneratedFile {
  path: string;
  content: string;
}

/** The repository paths that differ from what the generator writes (none are left after a write). */
export function writeGenerated(files: readonly GeneratedFile[]): string[] {
  const stale: string[] = [];
  for (const { path, content } of files) {
    let current: string | undefined;
    try {
      current = readFileSync(root + path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (check) stale.push(path);
    else {
      writeFileSync(root + path, content);
      console.log(`wrote ${path}`);
    }
  }
  return stale;
}

/** Fails the run, naming the stale files and the command that regenerates them. */
export function failIfStale(stale: readonly string[], what: string, command: string): void {
  if (stale.length === 0) return;
  console.error(`${what}; run ${command} and commit:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
