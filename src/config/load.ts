import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorObject } from 'ajv';
import { isMapping, quote, toJsonPointer, valueAt, type DataPath, type Finding } from '../diagnostic.js';
import { loadText, locate, type LoadedFile } from '../load/index.js';
import type { Config } from '../schema/config-model.js';
import { validateConfig } from '../schema/generated/validators.js';
import { describeValue, fieldName, parsePointer, typeNames } from '../schema/validate.js';
import { importAtRuntime } from '../runtime-import.js';
import { mayFindConfig, metaConfigPlaces, searchDirectories } from './candidates.js';
import { notConfigurable, unknownRuleHint } from './resolve.js';
import { systemErrorText } from '../system-error.js';

/** A configuration that cannot be used: exit 2, with the file, the position and the reason. */
export class ConfigError extends Error {}

export interface LoadedConfig {
  config: Config;
  /** The file it came from; undefined when no config was found or lookup was off. */
  filePath?: string;
  /** Globs in the config are relative to this directory. */
  directory: string;
}

export const searchPlaces = [
  'package.json',
  '.byo-lintrc',
  '.byo-lintrc.json',
  '.byo-lintrc.yaml',
  '.byo-lintrc.yml',
  '.byo-lintrc.js',
  '.byo-lintrc.cjs',
  '.byo-lintrc.mjs',
  'byo-lint.config.js',
  'byo-lint.config.cjs',
  'byo-lint.config.mjs',
];

/** The project root: the nearest directory upward with a package.json or a .git. */
export function projectRoot(from: string): string {
  for (let directory = path.resolve(from); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json')) || existsSync(path.join(directory, '.git'))) return directory;
    if (path.dirname(directory) === directory) return path.resolve(from);
  }
}

/** Where a config problem is: the file, and the line and column when the file was read as YAML or JSON (else the JSON pointer). */
function where(loaded: LoadedFile | undefined, filePath: string, at: DataPath, target: 'key' | 'value', prefix: DataPath) {
  if (!loaded) return { offset: 0, text: `${filePath}${at.length ? ` (${toJsonPointer(at)})` : ''}` };
  const offset = locate(loaded.documents[0]?.source, [...prefix, ...at], target).start;
  const { line, column } = loaded.lines.position(offset);
  return { offset, text: `${filePath}:${line}:${column}` };
}

function reason(error: ErrorObject, value: unknown, at: DataPath): string {
  const params = error.params as Record<string, unknown>;
  const field = fieldName(at, 'the configuration');
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key ${quote(params.additionalProperty)}`;
    case 'propertyNames':
      return (
        notConfigurable(String(params.propertyName)) ??
        `unknown rule ${quote(params.propertyName)}; ${unknownRuleHint(String(params.propertyName))}`
      );
    case 'required':
      return `missing required key "${String(params.missingProperty)}"`;
    case 'enum':
      return `${field} is ${describeValue(value, at)}; expected one of ${(params.allowedValues as unknown[]).map((item) => JSON.stringify(item)).join(', ')}`;
    case 'type': {
      const expected = ([] as string[]).concat(params.type as string).map((name) => typeNames[name] ?? name);
      return `${field} must be ${expected.join(' or ')}, but it is ${describeValue(value, at)}`;
    }
    case 'minimum':
    case 'maximum':
      return `${field} is ${String(value)}; expected at ${error.keyword === 'minimum' ? 'least' : 'most'} ${String(params.limit)}`;
    case 'minLength': {
      const limit = Number(params.limit);
      const length = typeof value === 'string' ? [...value].length : 0;
      return `${field} is ${length === 0 ? 'empty' : `${length} characters long`}; expected at least ${limit} character${limit === 1 ? '' : 's'}`;
    }
    default:
      return `${field} is invalid (${error.keyword})`;
  }
}

/**
 * Validates a loaded configuration against the shipped config schema. Every problem is reported,
 * in the order of the file, as actionlint reports a workflow's: a config with three typos is
 * mended in one run, not three.
 */
export function checkConfig(value: unknown, filePath: string, loaded?: LoadedFile, prefix: DataPath = []): Config {
  if (validateConfig(value)) return value as Config;
  const problems = (validateConfig.errors ?? [])
    // propertyNames reports a name once under its own keyword and once as the enum it failed
    .filter((error) => !error.schemaPath.endsWith('/propertyNames/enum'))
    .map((error) => {
      const at = parsePointer(error.instancePath, value);
      // an unknown key or rule name is pointed at where the key is written; anything else at its value
      const params = error.params as { additionalProperty?: string; propertyName?: string };
      const key = error.keyword === 'additionalProperties' ? params.additionalProperty : params.propertyName;
      const location =
        key !== undefined ? where(loaded, filePath, [...at, key], 'key', prefix) : where(loaded, filePath, at, 'value', prefix);
      return { offset: location.offset, line: `invalid configuration ${location.text}: ${reason(error, valueAt(value, at), at)}` };
    })
    .sort((a, b) => a.offset - b.offset);
  throw new ConfigError(problems.map((problem) => problem.line).join('\n'));
}

/** The finding that stops a config file from being read; `within` keeps only that key's duplicates. */
function syntaxProblem(loaded: LoadedFile, within?: string): Finding | undefined {
  const findings = loaded.documents
    .flatMap((document) => document.findings)
    .filter((finding) => finding.ruleId !== 'duplicate-key' || within === undefined || finding.path[0] === within);
  return findings.find((finding) => finding.ruleId !== 'duplicate-key') ?? findings[0];
}

/** Reads a YAML or JSON file with byo-lint's own loader, so errors keep their positions. */
function loadConfigText(filePath: string, text: string, within?: string): LoadedFile {
  const loaded = loadText(text, filePath);
  const problem = syntaxProblem(loaded, within);
  if (problem) {
    const { line, column } = loaded.lines.position(problem.span?.start ?? 0);
    throw new ConfigError(`invalid configuration ${filePath}:${line}:${column}: ${problem.message}`);
  }
  if (loaded.documents.length > 1) throw new ConfigError(`invalid configuration ${filePath}: a config file holds one YAML document`);
  return loaded;
}

/** Reads a YAML or JSON config file. */
function readDataConfig(filePath: string, text: string): Config {
  const loaded = loadConfigText(filePath, text);
  return checkConfig(loaded.documents[0]?.value ?? {}, filePath, loaded);
}

const packageKey = 'byo-lint';

/**
 * Reads a package.json in one pass: the whole file must be JSON (a byte-order mark is allowed, as
 * npm allows it), but only its `byo-lint` key is byo-lint's to check. Returns the root, from
 * which cosmiconfig takes the key itself, and the checked config.
 */
function readPackageJson(filePath: string, text: string): { root: Record<string, unknown>; config: Config } {
  const loaded = loadConfigText(filePath, text, packageKey);
  const root = loaded.documents[0]?.value;
  const config = checkConfig(valueAt(root, [packageKey]) ?? {}, filePath, loaded, [packageKey]);
  return { root: isMapping(root) ? root : {}, config };
}

/** The first line of what the user's own code threw: its stack is theirs to see with BYO_LINT_DEBUG=1. */
function thrownMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/**
 * A plain copy of what a JavaScript config exports, read once: a getter that throws is the
 * config's own error, and what is validated is then what is used, whatever a getter or proxy
 * would return the next time it is asked.
 */
function plainCopy(value: unknown, ancestors: readonly object[] = []): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.includes(value)) throw new Error('the configuration contains itself');
  const within = [...ancestors, value];
  if (Array.isArray(value)) return Array.from(value, (item: unknown) => plainCopy(item, within));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainCopy(item, within)]));
}

/**
 * Imports a JavaScript config with Node's warning that a CommonJS file holds ES module syntax held
 * back: it is two lines on stderr before the SyntaxError that follows, which is reported instead
 * in one line with the same advice. Any other warning goes where it would have gone.
 */
async function importConfig(filePath: string): Promise<Record<string, unknown>> {
  const listeners = process.listeners('warning');
  let esModuleSyntax = false;
  const filter = (warning: Error) => {
    if (warning.message.startsWith('To load an ES module')) esModuleSyntax = true;
    else for (const listener of listeners) listener(warning);
  };
  process.removeAllListeners('warning');
  process.on('warning', filter);
  try {
    return (await importAtRuntime(pathToFileURL(filePath).href)) as Record<string, unknown>;
  } catch (error) {
    if (!esModuleSyntax) throw error;
    const kind = filePath.endsWith('.cjs')
      ? 'a .cjs file is CommonJS'
      : 'a .js file is CommonJS unless its package.json sets "type": "module"';
    throw new ConfigError(`cannot load configuration ${filePath}: ${thrownMessage(error)}; ${kind}: use module.exports, or name it .mjs`, {
      cause: error,
    });
  } finally {
    process.off('warning', filter);
    for (const listener of listeners) process.on('warning', listener);
  }
}

async function readModuleConfig(filePath: string): Promise<Config> {
  let exported: unknown;
  try {
    const module = await importConfig(filePath);
    // a config that must look something up first exports a promise, which cosmiconfig awaits too
    exported = plainCopy(await ('default' in module ? module.default : module));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`cannot load configuration ${filePath}: ${thrownMessage(error)}`, { cause: error });
  }
  if (!isMapping(exported)) {
    throw new ConfigError(
      `invalid configuration ${filePath}: it must export a mapping (an object), but it exports ${describeValue(exported, [])}`,
    );
  }
  return checkConfig(exported, filePath);
}

/**
 * A config file that is a FIFO or a device would block the read, or never end it, as it would for
 * a file to lint; cosmiconfig opens every search place that exists, and passes over a directory.
 */
function refuseSpecialFiles(files: readonly string[]): void {
  for (const file of files) {
    let stats;
    try {
      stats = statSync(file, { throwIfNoEntry: false });
    } catch {
      continue; // what cannot be looked at, cosmiconfig reports when it reads it
    }
    if (stats && !stats.isFile() && !stats.isDirectory()) throw new ConfigError(`cannot read configuration ${file}: not a regular file`);
  }
}

/** Loads one named config file (`--config`). */
export async function readConfigFile(filePath: string): Promise<Config> {
  refuseSpecialFiles([filePath]);
  if (/\.(c|m)?js$/.test(filePath)) return readModuleConfig(filePath);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read configuration ${filePath}: ${systemErrorText(error)}`);
  }
  if (path.basename(filePath) === 'package.json') return readPackageJson(filePath, text).config;
  return readDataConfig(filePath, text);
}

/**
 * cosmiconfig reads its own configuration from the working directory's package.json with its own
 * JSON parser when it is set up, before byo-lint's loaders run. What it cannot parse is read again
 * with byo-lint's loader, so that a syntax error has its position.
 */
function setupProblem(error: unknown): ConfigError {
  const message = error instanceof Error ? error.message : String(error);
  const filePath = (error as { filepath?: unknown } | undefined)?.filepath;
  if (typeof filePath !== 'string') return new ConfigError(`cannot load configuration: ${thrownMessage(error)}`, { cause: error });
  let text = '';
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    // reported below as cosmiconfig saw it
  }
  if (path.basename(filePath) === 'package.json') loadConfigText(filePath, text, packageKey);
  const reason =
    text.charCodeAt(0) === 0xfeff
      ? 'cosmiconfig, which looks for the configuration, cannot read it with its byte-order mark; save it without one'
      : (message.split('\n').find((line) => line.trim() !== '' && !line.startsWith('JSON Error in')) ?? message);
  return new ConfigError(`cannot load configuration ${filePath}: ${reason}`, { cause: error });
}

export interface ConfigOptions {
  cwd: string;
  /** `--config`: this file only. */
  configFile?: string;
  /** `--no-config-lookup` sets this false. */
  lookup?: boolean;
}

/** Finds and loads the run's configuration once: `--config`, else a search upward to the project root. */
export async function loadConfig(options: ConfigOptions): Promise<LoadedConfig> {
  if (options.configFile) {
    const filePath = path.resolve(options.cwd, options.configFile);
    return { config: await readConfigFile(filePath), filePath, directory: path.dirname(filePath) };
  }
  if (options.lookup === false) return { config: {}, directory: options.cwd };
  const root = projectRoot(options.cwd);
  if (!mayFindConfig(options.cwd, root, searchPlaces)) return { config: {}, directory: options.cwd };
  refuseSpecialFiles(['package.json', ...metaConfigPlaces].map((place) => path.join(process.cwd(), place)));
  const { cosmiconfig } = (await importAtRuntime('cosmiconfig')) as typeof import('cosmiconfig');
  const dataLoader = (filePath: string, content: string) => readDataConfig(filePath, content);
  let explorer;
  try {
    explorer = cosmiconfig('byo-lint', {
      searchPlaces,
      // one directory per search: cosmiconfig's own strategies stop only at a package.json, or go
      // on to the user's global config directory, and the project root may be a .git directory
      searchStrategy: 'none',
      cache: false,
      loaders: {
        // cosmiconfig takes the `byo-lint` key of package.json itself; only that key is checked
        '.json': (filePath, content) =>
          path.basename(filePath) === 'package.json' ? readPackageJson(filePath, content).root : dataLoader(filePath, content),
        '.yaml': dataLoader,
        '.yml': dataLoader,
        noExt: dataLoader,
        '.js': (filePath) => readModuleConfig(filePath),
        '.cjs': (filePath) => readModuleConfig(filePath),
        '.mjs': (filePath) => readModuleConfig(filePath),
      },
    });
  } catch (error) {
    throw setupProblem(error);
  }
  for (const directory of searchDirectories(options.cwd, root)) {
    refuseSpecialFiles(searchPlaces.map((place) => path.join(directory, place)));
    let found;
    try {
      found = await explorer.search(directory);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError(`cannot load configuration: ${thrownMessage(error)}`);
    }
    if (found) return { config: (found.config ?? {}) as Config, filePath: found.filepath, directory: path.dirname(found.filepath) };
  }
  return { config: {}, directory: options.cwd };
}
