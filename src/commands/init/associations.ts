import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultFileGlobs } from '../../files.js';
import { isOutside } from '../../config/resolve.js';

/** `a.{x,y}` → `a.x`, `a.y`: editors' glob matchers do not all know braces. */
function expandBraces(glob: string): string[] {
  const match = /\{([^{}]*)\}/.exec(glob);
  if (!match) return [glob];
  return match[1]
    .split(',')
    .flatMap((choice) => expandBraces(glob.slice(0, match.index) + choice + glob.slice(match.index + match[0].length)));
}

const globs = defaultFileGlobs.flatMap(expandBraces);

/** The globs of byo-lint's default `files`, split by the editor setting that takes them. */
export const yamlGlobs = globs.filter((glob) => /\.ya?ml$/.test(glob));
export const jsonGlobs = globs.filter((glob) => glob.endsWith('.json'));

/** The directory of the byo-lint package that is running, found upward from this module. */
function runningPackageRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'byo-lint') return directory;
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('cannot find the byo-lint package that is running');
    directory = parent;
  }
}

/**
 * The byo-lint installed for a directory, found as Node finds a package: in `node_modules` of the
 * directory or of the nearest ancestor that has it. A linked package (pnpm, npm workspaces) is
 * named by its link, not its target: pnpm's target is named by version and moves on every upgrade.
 */
function installedPackageRoot(directory: string): string | undefined {
  for (let current = directory; ; current = path.dirname(current)) {
    const candidate = path.join(current, 'node_modules', 'byo-lint');
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}

export interface SchemaLocation {
  /** How the project's files refer to the schemas directory: a relative path (`./…` or `../…`) to the installed package, else a file URL (which VS Code's json.schemas takes where it would not take a bare absolute path). */
  directory: string;
  /** False when the path leads to a byo-lint the project does not install, and so works on this machine only. */
  portable: boolean;
}

/**
 * Where the shipped schemas are, as files in `projectDir` should write it: the installed package
 * is where every clone of the project installs it, so a relative path to it works everywhere.
 */
export function schemaLocation(projectDir: string): SchemaLocation {
  const installed = installedPackageRoot(projectDir);
  const root = installed ?? runningPackageRoot();
  const relative = path.relative(projectDir, path.join(root, 'schemas')).split(path.sep).join('/');
  const outside = isOutside(relative);
  if (installed === undefined && outside) return { directory: pathToFileURL(path.join(root, 'schemas')).href, portable: false };
  return { directory: outside ? relative : `./${relative}`, portable: true };
}
