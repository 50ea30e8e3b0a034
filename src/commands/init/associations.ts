import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultFileGlobs } from '../../files.js';

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

export interface SchemaLocation {
  /** How the project's files refer to the schemas directory: `./…` inside the project, else a file URL (which VS Code's json.schemas takes where it would not take a bare absolute path). */
  directory: string;
  /** False when the path leads out of the project and so works on this machine only. */
  portable: boolean;
}

/** Where the shipped schemas are, as the project should write it: its own node_modules first. */
export function schemaLocation(projectDir: string): SchemaLocation {
  const local = path.join(projectDir, 'node_modules', 'byo-lint');
  const root = existsSync(path.join(local, 'package.json')) ? local : runningPackageRoot();
  const relative = path.relative(projectDir, path.join(root, 'schemas'));
  if (relative.startsWith('..') || path.isAbsolute(relative))
    return { directory: pathToFileURL(path.join(root, 'schemas')).href, portable: false };
  return { directory: `./${relative.split(path.sep).join('/')}`, portable: true };
}
