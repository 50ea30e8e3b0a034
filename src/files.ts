import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import picomatch from 'picomatch';
import { globPath, isOutside, matchesAny } from './config/resolve.js';
import type { Config } from './schema/config-model.js';
import { systemErrorText } from './system-error.js';

export const defaultFileGlobs = [
  '**/*.phone-number.{yaml,yml,json}',
  '**/phone-numbers/**/*.{yaml,yml,json}',
  '**/numbers.{yaml,yml,json}',
];

const skippedDirectories = new Set(['node_modules', '.git']);

/** A problem with the input itself (a missing file, a pattern that matches nothing): exit 2. */
export class InputError extends Error {}

export interface ExpandOptions {
  cwd: string;
  /** Directory the globs are relative to: the config's, else the working directory. */
  baseDir: string;
  files: readonly string[];
  ignores: readonly string[];
  errorOnUnmatchedPattern: boolean;
}

const toPosix = (value: string) => value.split(path.sep).join('/');

/** A path's bytes as text, each byte that is not part of valid UTF-8 written as \xNN (as `ls -b` shows it). */
function showBytes(bytes: Buffer): string {
  let shown = '';
  for (let at = 0; at < bytes.length;) {
    // a character's shorter prefixes are incomplete, so the first valid length is the whole character
    const length = [1, 2, 3, 4].find((n) => at + n <= bytes.length && isUtf8(bytes.subarray(at, at + n)));
    if (length === undefined) shown += `\\x${bytes[at].toString(16).padStart(2, '0')}`;
    else shown += bytes.toString('utf8', at, at + length);
    at += length ?? 1;
  }
  return shown;
}

const separator = Buffer.from(path.sep);

/**
 * Visits the regular files under a directory. Names are listed as bytes: Node decodes a name that
 * is not valid UTF-8 lossily, into a path that names no file, so such a file is visited with
 * `validName` false and the path shown with its bytes escaped.
 */
function walk(directory: string, visit: (file: string, validName: boolean) => void): void {
  const walkBytes = (bytes: Buffer) => {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(bytes, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      throw new InputError(`cannot read directory ${showBytes(bytes)}: ${systemErrorText(error)}`);
    }
    const named = entries.map((entry) => ({ entry, name: entry.name.toString() }));
    named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.entry.name, b.entry.name)));
    for (const { entry, name } of named) {
      const full = Buffer.concat([bytes, separator, entry.name]);
      // symbolic links are not followed: they could leave the tree or loop
      if (entry.isDirectory() && !skippedDirectories.has(name)) walkBytes(full);
      else if (entry.isFile()) {
        const validName = isUtf8(full);
        visit(validName ? full.toString() : showBytes(full), validName);
      }
    }
  };
  walkBytes(Buffer.from(directory));
}

/** A path's stats, or undefined when nothing is there; a path that exists but cannot be read is an error. */
function statIfPresent(absolute: string, shown: string): Stats | undefined {
  try {
    return statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new InputError(`cannot read ${shown}: ${systemErrorText(error)}`);
  }
}

/**
 * The files to lint for the command line's paths: a file named explicitly is always linted; a
 * directory expands to the files matching the configured globs; anything else is read as a glob.
 */
export interface ExpandedPaths {
  files: string[];
  /**
   * Files found by a directory or a glob whose names are not valid UTF-8, with those bytes shown as
   * \xNN: no path string names them, so they cannot be read, yet the run must say they were there.
   */
  misnamed: string[];
}

export function expandPaths(patterns: readonly string[], options: ExpandOptions): ExpandedPaths {
  const found = new Set<string>();
  const misnamed = new Set<string>();
  /**
   * The path the config's globs match: from the config's directory, else from the working
   * directory, else, for a file outside both, from the parent of the directory the walk started
   * at, since no glob's `**` crosses a `..`: a directory named from outside the project
   * (`byo-lint ../other/phone-numbers`) is expanded as it would be inside it, its own name included.
   */
  const globbedPath = (file: string, root: string) => {
    const relative = globPath(file, options.baseDir, options.cwd);
    return isOutside(relative) ? toPosix(path.relative(path.dirname(root), file)) : relative;
  };
  const display = (file: string) => {
    const relative = path.relative(options.cwd, file);
    return isOutside(relative) ? file : relative;
  };
  const take = (file: string, validName: boolean) => (validName ? found : misnamed).add(display(file));
  const isIgnored = ignoreTest(options.ignores);
  /** Files a pattern matched that the config's `ignores` left out, for the message when nothing is left. */
  let ignored = 0;
  const kept = (relative: string) => {
    if (!isIgnored(relative)) return true;
    ignored++;
    return false;
  };
  for (const pattern of patterns) {
    const absolute = path.resolve(options.cwd, pattern);
    const stats = statIfPresent(absolute, pattern);
    let matched = 0;
    ignored = 0;
    if (stats && !stats.isFile() && !stats.isDirectory()) {
      // a FIFO or device would block the read, or never end it
      throw new InputError(`cannot read ${pattern}: not a regular file`);
    }
    if (stats?.isFile()) {
      found.add(display(absolute));
      matched++;
    } else if (stats?.isDirectory()) {
      walk(absolute, (file, validName) => {
        const relative = globbedPath(file, absolute);
        if (matchesAny(options.files, relative) && kept(relative)) {
          take(file, validName);
          matched++;
        }
      });
    } else if (picomatch.scan(pattern).isGlob) {
      const { base, glob } = picomatch.scan(toPosix(pattern));
      const root = path.resolve(options.cwd, base || '.');
      const isMatch = picomatch(glob, { dot: true });
      // a glob whose base directory does not exist matches nothing
      if (statIfPresent(root, base || '.')?.isDirectory()) {
        walk(root, (file, validName) => {
          const relative = globbedPath(file, root);
          if (isMatch(toPosix(path.relative(root, file))) && kept(relative)) {
            take(file, validName);
            matched++;
          }
        });
      }
    } else if (options.errorOnUnmatchedPattern) {
      // a path that does not exist matches nothing, which --no-error-on-unmatched-pattern allows
      throw new InputError(`no such file or directory: ${pattern}`);
    }
    if (matched === 0 && options.errorOnUnmatchedPattern) {
      const what = stats?.isDirectory() ? `phone-number file in ${pattern}` : `file matching the pattern ${pattern}`;
      if (ignored > 0) throw new InputError(`every ${what} is ignored by the config's "ignores"; name a file explicitly to lint it`);
      throw new InputError(
        stats?.isDirectory()
          ? `no phone-number files in ${pattern} (looked for ${options.files.join(', ')}); name files explicitly or set "files" in the config`
          : `no files match the pattern ${pattern}`,
      );
    }
  }
  return { files: [...found], misnamed: [...misnamed] };
}

/**
 * Whether the config's `ignores` leave out a file: by its own path, or by a directory above it
 * written with or without a trailing slash (`legacy`, `legacy/`, `**\/legacy/`), as in ESLint and
 * .gitignore, where naming a directory ignores what it holds. Each directory is judged once, for
 * all the files under it: judging every file's directories again made thousands of ignores over
 * thousands of files several times slower.
 */
function ignoreTest(ignores: readonly string[]): (relative: string) => boolean {
  const directories = new Map<string, boolean>();
  const directoryIgnored = (directory: string): boolean => {
    let ignored = directories.get(directory);
    if (ignored === undefined) {
      const slash = directory.lastIndexOf('/');
      ignored =
        (slash !== -1 && directoryIgnored(directory.slice(0, slash))) ||
        matchesAny(ignores, directory) ||
        matchesAny(ignores, `${directory}/`);
      directories.set(directory, ignored);
    }
    return ignored;
  };
  return (relative) => {
    if (ignores.length === 0) return false;
    if (matchesAny(ignores, relative)) return true;
    const slash = relative.lastIndexOf('/');
    return slash !== -1 && directoryIgnored(relative.slice(0, slash));
  };
}

/** The files a run reads: the patterns, with directories expanded by the config's `files` and `ignores`. */
export function configuredFiles(
  patterns: readonly string[],
  config: Config,
  options: Pick<ExpandOptions, 'cwd' | 'baseDir' | 'errorOnUnmatchedPattern'>,
): ExpandedPaths {
  return expandPaths(patterns, { ...options, files: config.files ?? defaultFileGlobs, ignores: config.ignores ?? [] });
}

/**
 * A file's bytes, read no further than one byte past the size limit: a huge file is never read
 * whole only to be refused for its size. A file that cannot be read is an input error.
 * @internal
 */
export function readInput(filePath: string, cwd: string, maxFileBytes: number): Buffer {
  const unreadable = (error: unknown) => new InputError(`cannot read ${filePath}: ${systemErrorText(error)}`);
  let descriptor: number;
  try {
    descriptor = openSync(path.resolve(cwd, filePath), 'r');
  } catch (error) {
    throw unreadable(error);
  }
  try {
    // a file that grows while it is read is cut at the limit like any other
    const buffer = Buffer.alloc(Math.min(fstatSync(descriptor).size, maxFileBytes + 1));
    let read = 0;
    while (read < buffer.length) {
      const count = readSync(descriptor, buffer, read, buffer.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return buffer.subarray(0, read);
  } catch (error) {
    throw unreadable(error);
  } finally {
    closeSync(descriptor);
  }
}
