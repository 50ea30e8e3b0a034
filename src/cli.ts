import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, loadConfig } from './config/load.js';
import { notConfigurable, unknownRuleHint } from './config/resolve.js';
import { stdinName } from './diagnostic.js';
import { InputError } from './files.js';
import { resolveLimits } from './load/limits.js';
import { lintPaths, lintSource, Run, type LintResult } from './lint.js';
import { formatNames, formatReport, ReportTooLargeError, UnknownFormatError } from './report/index.js';
import type { Config, RuleSetting } from './schema/config-model.js';
import { semanticRuleIds } from './schema/config-model.js';
import { version } from './version.js';
import { systemErrorText } from './system-error.js';

/** A mistake on the command line: exit 2 with one line. */
class UsageError extends Error {}

interface LintCommandOptions {
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  rule: string[];
  config?: string;
  configLookup: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  color?: boolean;
  errorOnUnmatchedPattern: boolean;
  reportUnusedDirectives?: boolean;
  printConfig?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

const severities = new Set(['off', 'warn', 'error', '0', '1', '2']);

/** `--rule 'id: severity'`, repeatable; the last one for an id wins. */
function parseRuleOptions(values: readonly string[]): Config['rules'] {
  const rules: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^\s*([a-z0-9-]+)\s*:\s*(\S+)\s*$/.exec(value);
    if (!match) throw new UsageError(`--rule "${value}" is not "<rule-id>: <off|warn|error>"`);
    const [, id, severity] = match;
    if (!(semanticRuleIds as readonly string[]).includes(id)) {
      const why = notConfigurable(id);
      throw new UsageError(why ? `--rule "${value}": ${why}` : `--rule names unknown rule "${id}"; ${unknownRuleHint(id)}`);
    }
    if (!severities.has(severity)) throw new UsageError(`--rule "${value}": severity must be off, warn or error`);
    rules[id] = /^\d$/.test(severity) ? (Number(severity) as RuleSetting) : (severity as RuleSetting);
  }
  return rules;
}

/**
 * Standard input, up to one byte past the size limit: that is enough to report the limit, and an
 * endless stream (`< /dev/zero`) must not exhaust memory.
 */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, maxBytes + 1);
}

function useColor(option: boolean | undefined, stream: NodeJS.WriteStream, toFile: boolean): boolean {
  if (option !== undefined) return option;
  if (toFile || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '')) return false;
  return stream.isTTY === true;
}

/**
 * Makes the directories of `directory` that do not exist, outermost first. Only a missing one is
 * made, so that a file in its place fails the write as ENOTDIR, not mkdir as EEXIST. Not Node's
 * `mkdirSync(…, { recursive: true })`: where mkdir says ENOENT under a parent that exists, as
 * under /proc, it retries the parent forever at full CPU, and `-o /proc/x/report.txt` never ends.
 */
function makeMissingDirectories(directory: string): void {
  if (lstatSync(directory, { throwIfNoEntry: false })) return;
  makeMissingDirectories(path.dirname(directory));
  mkdirSync(directory);
}

function applyQuiet(results: LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    diagnostics: result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
    warningCount: 0,
    fixableWarningCount: 0,
  }));
}

async function runLint(patterns: string[], options: LintCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const ruleOverrides = parseRuleOptions(options.rule);
  const useStdin = options.stdin === true || patterns.includes('-');
  if (useStdin && patterns.some((pattern) => pattern !== '-')) throw new UsageError('give either --stdin (or -) or paths, not both');
  if (options.fix && options.fixDryRun) throw new UsageError('give either --fix or --fix-dry-run, not both');
  const fixMode = options.fix ? 'fix' : options.fixDryRun ? 'dry-run' : undefined;
  const {
    config,
    directory: configDir,
    filePath: configPath,
  } = await loadConfig({ cwd, configFile: options.config, lookup: options.configLookup });
  if (options.printConfig !== undefined) {
    const conflicting = [
      patterns.length > 0 && 'the other paths',
      useStdin && '--stdin',
      fixMode && (options.fix ? '--fix' : '--fix-dry-run'),
      options.outputFile !== undefined && '--output-file',
    ].find(Boolean);
    if (conflicting) throw new UsageError(`--print-config prints the configuration for one file and lints nothing; drop ${conflicting}`);
    const { formatEffectiveConfig } = await import('./commands/print-config.js');
    process.stdout.write(formatEffectiveConfig(config, { cwd, configDir, configPath, target: options.printConfig, ruleOverrides }));
    return 0;
  }
  const reportUnusedDirectives = options.reportUnusedDirectives === true;
  const fix = fixMode !== undefined;
  let results: LintResult[];
  let stdin: Buffer | undefined;
  if (useStdin) {
    const filePath = options.stdinFilename ?? stdinName;
    const maxBytes = resolveLimits(config).maxFileBytes;
    stdin = await readStdin(maxBytes);
    // the report can say the input is too large, but --fix must print all of it back or nothing
    if (fixMode === 'fix' && stdin.length > maxBytes)
      throw new InputError(
        `standard input is larger than the limit of ${maxBytes} bytes (limits.maxFileBytes); --fix cannot print it back`,
      );
    results = [
      lintSource(
        stdin,
        { filePath, config, configDir, configFile: configPath, cwd, ruleOverrides, reportUnusedDirectives, fix },
        new Run(),
      ),
    ];
  } else {
    results = lintPaths(patterns, {
      cwd,
      config,
      configDir,
      configFile: configPath,
      ruleOverrides,
      reportUnusedDirectives,
      fix,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    });
  }
  // the fixed text or the diff takes standard output; the report then goes to standard error
  const fixOutput = fixMode && (await import('./fix/output.js')).deliverFixes(results, fixMode, cwd, stdin);
  const reportStream = fixOutput === undefined ? process.stdout : process.stderr;
  if (fixOutput !== undefined) process.stdout.write(fixOutput);
  if (options.quiet) results = applyQuiet(results);
  const output = await formatReport(options.format, results, {
    cwd,
    color: useColor(options.color, reportStream, options.outputFile !== undefined),
  });
  if (options.outputFile) {
    const outputPath = path.resolve(cwd, options.outputFile);
    try {
      // as ESLint does: CI can name a report directory that no earlier step created
      makeMissingDirectories(path.dirname(outputPath));
      writeFileSync(outputPath, output);
    } catch (error) {
      throw new InputError(`cannot write ${options.outputFile}: ${systemErrorText(error)}`);
    }
  } else if (output) reportStream.write(output);
  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    const counted = warnings === 1 ? '1 warning exceeds' : `${warnings} warnings exceed`;
    process.stderr.write(`byo-lint: ${counted} --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/**
 * commander's usage errors in byo-lint's manner, as its own are written: one lowercase line that
 * quotes the bad value and says what was expected.
 */
function usageMessage(text: string): string {
  const message = text
    .replace(/^error: /, '')
    .trimEnd()
    .replace(
      /^option '(?:-\w, )?(--[\w-]+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s,
      (_, flag: string, value: string, choices: string) => `${flag} takes one of ${choices}, not ${JSON.stringify(value)}`,
    )
    .replace(/^unknown option '(.*)'\n\(Did you mean (.*)\?\)$/, 'unknown option "$1"; did you mean $2?')
    .replace(/^unknown option '(.*)'$/, (_, option: string) =>
      // a file whose name starts with a dash reads as an option, as in every command
      existsSync(option)
        ? `unknown option "${option}"; to lint the file of that name, write ./${option} or put -- before it`
        : `unknown option "${option}"`,
    )
    // only the subcommands that take no arguments have a fixed count
    .replace(
      /^too many arguments for '(.*)'\. Expected 0 arguments but got (\d+)\.$/,
      (_, name: string, got: string) => `"${name}" takes no arguments, but ${got} ${got === '1' ? 'was' : 'were'} given`,
    )
    .replace(/^option '(?:-\w, )?(--[\w-]+) (<[\w-]+>)' argument missing$/, '$1 needs a value: $1 $2')
    .replace(/^missing required argument '(.*)'$/, 'missing required argument <$1>');
  return `byo-lint: ${message}\n`;
}

/** `--max-warnings`: a whole number, or -1 for no limit as in ESLint (so a script can pass it through). */
function maxWarnings(value: string): number {
  if (!/^(?:\d+|-1)$/.test(value)) throw new UsageError(`--max-warnings takes a whole number or -1 (no limit), not "${value}"`);
  return Number(value);
}

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command('byo-lint')
    .description('Validate and lint Vapi bring-your-own phone-number files (YAML and JSON).')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, directories or globs (default: the current directory)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatNames).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit)', maxWarnings)
    .option('--quiet', 'report errors only')
    .option(
      '--rule <setting>',
      "set a rule's severity, such as 'prefer-e164: off' (repeatable)",
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option('-c, --config <path>', 'use this configuration file only')
    .option('--no-config-lookup', 'use no configuration file')
    .option('--stdin', 'lint standard input')
    .option('--stdin-filename <name>', 'name standard input in messages and config matching')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or glob matches nothing')
    .option('--report-unused-directives', 'report inline directives that suppress nothing')
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option('--fix', 'repair what can be repaired safely, then report what is left (with --stdin: print the fixed text)')
    .option('--fix-dry-run', 'print the fixes as a unified diff and write nothing')
    .enablePositionalOptions()
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text.startsWith('error: ') ? usageMessage(text) : text),
    })
    .action(async (patterns: string[], options: LintCommandOptions) => setExitCode(await runLint(patterns, options)));

  // an option before a subcommand's name is the lint's, which the subcommand never reads: say so rather than drop it
  program.hook('preAction', (_program, actionCommand) => {
    if (actionCommand === program) return;
    const misplaced = program.options.find((option) => program.getOptionValueSource(option.attributeName()) === 'cli');
    if (!misplaced) return;
    const flag = misplaced.long ?? misplaced.short ?? misplaced.flags;
    const name = actionCommand.name();
    const takesIt = actionCommand.options.some((option) => option.attributeName() === misplaced.attributeName());
    throw new UsageError(
      takesIt
        ? `${flag} before "${name}" is not read by it; write it after the subcommand: byo-lint ${name} ${flag} …`
        : `"${name}" takes no ${flag}`,
    );
  });

  // subcommands load their modules only when used, so that linting starts no slower
  program
    .command('rules')
    .description('list the rule catalogue')
    // -f as for linting: the usage error for `byo-lint -f json rules` says to write it after `rules`
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action(async (options: { format: 'text' | 'json' | 'markdown' }) => {
      const { formatRules } = await import('./commands/rules.js');
      process.stdout.write(formatRules(options.format));
    });
  program
    .command('schema')
    .description('print the phone-number JSON Schema (or, with --config, the config schema)')
    .option('--config', 'print the configuration schema')
    .action(async (options: { config?: boolean }) => {
      const { formatSchema } = await import('./commands/schema.js');
      process.stdout.write(formatSchema(options.config ? 'config' : 'phone-numbers'));
    });
  program
    .command('init')
    .description('write a starter .byo-lintrc.yaml and the VS Code schema association; print pre-commit and GitHub Actions snippets')
    .option('--force', 'overwrite an existing .byo-lintrc.yaml')
    .action(async (options: { force?: boolean }) => {
      const { runInit } = await import('./commands/init.js');
      const report = runInit({ cwd: process.cwd(), force: options.force === true });
      process.stdout.write(report.stdout);
      process.stderr.write(report.stderr);
    });
  program
    .command('explain')
    .description(
      'show who answers each number, its server URL and secret at each precedence level, and what a failed assistant-request does',
    )
    .argument('<paths...>', 'files, directories or globs')
    .option('-c, --config <path>', 'use this configuration file only')
    .option('--no-config-lookup', 'use no configuration file')
    .action(async (patterns: string[], options: { config?: string; configLookup: boolean }) => {
      const { explain } = await import('./commands/explain.js');
      process.stdout.write(await explain(patterns, { cwd: process.cwd(), ...options }));
    });
  return program;
}

async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((value) => {
    code = value;
  });
  try {
    await program.parseAsync(argv as string[]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; commander has already printed its one line for the rest
      return error.exitCode === 0 ? 0 : 2;
    }
    if (
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof ConfigError ||
      error instanceof UnknownFormatError ||
      error instanceof ReportTooLargeError
    ) {
      if (process.env.BYO_LINT_DEBUG === '1' && error.cause instanceof Error) process.stderr.write(`${error.cause.stack}\n`);
      // a message of several problems has one on each line, each marked as byo-lint's
      process.stderr.write(error.message.replace(/^/gm, 'byo-lint: ') + '\n');
      return 2;
    }
    if (process.env.BYO_LINT_DEBUG === '1') process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.stderr.write(
      `byo-lint: internal error: ${error instanceof Error ? error.message : String(error)}; run with BYO_LINT_DEBUG=1 for details\n`,
    );
    return 2;
  }
}

/** Set when the output could not be written (a full disk): the run failed, whatever it found. */
let outputFailed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // a reader that stops early (`byo-lint | head -1`) closes the pipe: the rest of the output has
    // nowhere to go, which is no failure of the run, whose exit code stands
    if (error.code === 'EPIPE') return;
    outputFailed = true;
    // the error can come after the run has set its exit code
    process.exitCode = 2;
    if (stream === process.stdout) process.stderr.write(`byo-lint: cannot write the output: ${systemErrorText(error)}\n`);
  });
}

// a run that ends before it settles (a JS config that awaits forever or exits) must fail, not pass
let settled = false;
process.on('exit', () => {
  if (settled) return;
  process.exitCode = 2;
  process.stderr.write('byo-lint: the run stopped before it finished; does a JS config exit, or wait for something that never happens?\n');
});
/**
 * Ends the process as soon as its output is written. Left to wind down, Node waits for V8 to finish
 * optimising code that the run no longer needs: with every rule on that was a twentieth of a
 * 10,000-number run. Output still queued (a slow pipe) is left to the natural exit, which writes it,
 * and so is a write that failed, whose error is reported on a later tick (a full disk is exit 2).
 */
function exitOnceWritten(): void {
  if ([process.stdout, process.stderr].every((stream) => stream.writableLength === 0 && !stream.errored)) process.exit();
}

main(process.argv).then(
  (code) => {
    settled = true;
    process.exitCode = outputFailed ? 2 : code;
    exitOnceWritten();
  },
  () => {
    settled = true;
    process.exitCode = 2;
  },
);
