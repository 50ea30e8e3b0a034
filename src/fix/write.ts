import { randomBytes } from 'node:crypto';
import { chmodSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Replaces a file's content all at once: a temporary file in the same directory (so the rename
 * stays on one file system) takes the original's mode and is renamed over it. A reader sees the
 * old file or the new one, never half of one; a symbolic link stays a link to the fixed file.
 */
export function writeFileAtomic(filePath: string, text: string): void {
  const target = realpathSync(filePath);
  const { mode } = statSync(target);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.byo-lint.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode: mode & 0o7777 });
    // the umask narrowed the mode given at creation
    chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // it was never created, or the rename already moved it
    }
    throw error;
  }
}
