/** What the usual system errors mean, as `ls` or `cp` would say it. */
const meanings: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EEXIST: 'it already exists',
};

/**
 * A file operation's failure in words, with the code that scripts and searches know it by:
 * `no such file or directory (ENOENT)`. Anything without a code is said as it is.
 */
export function systemErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  const meaning = meanings[code];
  return meaning ? `${meaning} (${code})` : code;
}
