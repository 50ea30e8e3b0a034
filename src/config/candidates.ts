import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** cosmiconfig's own configuration, which it reads from the process's working directory when it is set up. */
export const metaConfigPlaces = ['package.yaml', '.config'];

/**
 * Whether package.json can matter to cosmiconfig: it has the tool's key or cosmiconfig's own, or
 * it cannot be read as JSON, which cosmiconfig reports. It is read as npm reads it, a byte-order
 * mark allowed: cosmiconfig's own set-up cannot read such a package.json in the working directory,
 * and a project whose package.json says nothing to it then runs without loading it.
 */
function packageJsonMatters(file: string, keys: readonly string[]): boolean {
  let text: string;
  try {
    // a FIFO would block the read: the search that follows reports it
    if (!statSync(file).isFile()) return true;
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
  if (text.trim() === '') return false;
  try {
    const json: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return json === null || (typeof json === 'object' && keys.some((key) => Object.hasOwn(json, key)));
  } catch {
    return true;
  }
}

/** The directories a configuration search visits: `from`, then each parent up to `root` (or the file system's root). */
export function* searchDirectories(from: string, root: string): Generator<string> {
  for (let directory = path.resolve(from); ; directory = path.dirname(directory)) {
    yield directory;
    if (directory === root || path.dirname(directory) === directory) return;
  }
}

/**
 * Whether a configuration search from `cwd` up to `root` could find anything: one of the search
 * places exists in one of those directories, or cosmiconfig's own configuration does. When
 * nothing does, cosmiconfig (a sixth of the start-up of a one-file run) need not be loaded.
 */
export function mayFindConfig(cwd: string, root: string, searchPlaces: readonly string[], processCwd = process.cwd()): boolean {
  if (metaConfigPlaces.some((place) => existsSync(path.join(processCwd, place)))) return true;
  if (packageJsonMatters(path.join(processCwd, 'package.json'), ['cosmiconfig'])) return true;
  for (const directory of searchDirectories(cwd, root)) {
    for (const place of searchPlaces) {
      const file = path.join(directory, place);
      if (place === 'package.json' ? packageJsonMatters(file, ['byo-lint']) : existsSync(file)) return true;
    }
  }
  return false;
}
