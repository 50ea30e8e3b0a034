import path from 'node:path';

/** A result's file as a path relative to the working directory, with `/` separators on every platform. */
export function relativePath(cwd: string, filePath: string): string {
  return path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join('/');
}
