import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchDirectories } from '../config/candidates.js';
import { projectRoot, searchPlaces } from '../config/load.js';
import { isMapping } from '../diagnostic.js';
import { InputError } from '../files.js';
import { jsonGlobs, schemaLocation, yamlGlobs } from './init/associations.js';
import { githubActionsSnippet, preCommitSnippet, starterConfig } from './init/templates.js';
import { mergeVscodeSettings } from './init/vscode-settings.js';
import { systemErrorText } from '../system-error.js';

const configName = '.byo-lintrc.yaml';
const settingsName = path.join('.vscode', 'settings.json');

export interface InitOptions {
  cwd: string;
  force: boolean;
}

export interface InitReport {
  /** What was written, and the snippets to copy. */
  stdout: string;
  /** Warnings about what was written. */
  stderr: string;
}

/** The configuration sources cosmiconfig would find in the directory itself. */
function existingConfigs(cwd: string): string[] {
  return searchPlaces.filter((name) => {
    const file = path.join(cwd, name);
    if (!existsSync(file)) return false;
    if (name !== 'package.json') return true;
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new InputError(`cannot read package.json: ${error instanceof Error ? error.message : String(error)}`);
    }
    return isMapping(manifest) && Object.hasOwn(manifest, 'byo-lint');
  });
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`cannot read ${file}: ${systemErrorText(error)}`);
  }
}

/**
 * The config a run in `cwd` finds in a directory above it, up to the project root, relative to
 * `cwd`: a starter written in `cwd` would take its place for runs there, dropping what it declares.
 */
function configAbove(cwd: string): string | undefined {
  const [, ...above] = searchDirectories(cwd, projectRoot(cwd));
  for (const directory of above) {
    const [found] = existingConfigs(directory);
    if (found) return path.relative(cwd, path.join(directory, found));
  }
  return undefined;
}

/**
 * `byo-lint init`: a starter config and the editor association for the project in `cwd`. A project
 * that is configured already keeps its config (`--force` replaces a .byo-lintrc.yaml with the
 * starter; a config above `cwd`, up to the project root, is kept even then) and still gets the
 * association, which is what such a project most often lacks. Every check runs before anything
 * is written, so a refusal leaves the project as it was.
 */
export function runInit({ cwd, force }: InitOptions): InitReport {
  const here = existingConfigs(cwd);
  const others = here.filter((name) => name !== configName);
  const above = here.length > 0 ? undefined : configAbove(cwd);
  const keptConfig =
    others.length > 0
      ? `kept ${others[0]}, which configures byo-lint: a ${configName} would not be used`
      : above
        ? `kept ${above}, which configures byo-lint here: a ${configName} here would hide it`
        : here.includes(configName) && !force
          ? `kept ${configName}; \`byo-lint init --force\` replaces it with the starter`
          : undefined;

  const schemas = schemaLocation(cwd);
  const settingsFile = path.join(cwd, settingsName);
  const settings = mergeVscodeSettings(
    read(settingsFile),
    { schema: `${schemas.directory}/byo-phone-numbers.schema.json`, yamlGlobs, jsonGlobs },
    settingsName,
  );

  if (!keptConfig) writeFileSync(path.join(cwd, configName), starterConfig(`${schemas.directory}/byo-lint-config.schema.json`));
  mkdirSync(path.dirname(settingsFile), { recursive: true });
  writeFileSync(settingsFile, settings);

  const stdout = [
    keptConfig ?? `wrote ${configName}`,
    `wrote ${settingsName}: yaml.schemas and json.schemas associate the phone-number files with ${schemas.directory}/byo-phone-numbers.schema.json`,
    '',
    'To run byo-lint before each commit, add to .pre-commit-config.yaml:',
    '',
    preCommitSnippet,
    'To annotate pull requests on GitHub, add a workflow:',
    '',
    githubActionsSnippet,
  ].join('\n');
  const stderr = schemas.portable
    ? ''
    : `byo-lint: note: byo-lint is not installed in this project, so the schema paths are absolute and work on this machine only; \`npm install --save-dev byo-lint\` and run \`byo-lint init --force\` for paths that work everywhere\n`;
  return { stdout, stderr };
}
