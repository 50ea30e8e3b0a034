import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { cliPath, repoRoot, type CliRun } from '../helpers/cli.js';

export interface BoundedRunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Node options placed before the CLI, such as `--import <module>`. */
  nodeArgs?: readonly string[];
  /** A command and its arguments that the run is started through, such as `setpriv ...`. */
  wrapper?: readonly string[];
}

/**
 * Runs the built CLI with a deadline, so that a hang fails the test instead of stalling the
 * suite; a run killed at the deadline has `code: null`.
 */
export function runCliBounded(args: readonly string[], options: BoundedRunOptions = {}): CliRun {
  const command = [...(options.wrapper ?? []), process.execPath, ...(options.nodeArgs ?? []), cliPath, ...args];
  const result = spawnSync(command[0], command.slice(1), {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 45_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, BYO_LINT_DEBUG: undefined, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An exit 2 as the contract wants it: one line on stderr, naming the problem, no stack trace. */
export function expectOneLineError(run: CliRun, message: string | RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n') && run.stderr.indexOf('\n') === run.stderr.length - 1).toBe(true);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  if (typeof message === 'string') expect(run.stderr).toBe(`byo-lint: ${message}\n`);
  else expect(run.stderr).toMatch(message);
}

/** The length in characters (code points) of each line; lines end at an LF, a CRLF or a CR alone, as in editors. */
function lineLengths(text: string): number[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((line) => [...line].length);
}

/**
 * Every diagnostic lies inside the file: its line exists, its column is at most one past the
 * line's end, and it ends no earlier than it starts.
 */
export function expectInsideFile(
  text: string,
  diagnostics: readonly Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>[],
): void {
  const lengths = lineLengths(text);
  for (const diagnostic of diagnostics) {
    const where = JSON.stringify(diagnostic);
    expect(diagnostic.line, where).toBeGreaterThanOrEqual(1);
    expect(diagnostic.line, where).toBeLessThanOrEqual(lengths.length);
    expect(diagnostic.column, where).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column, where).toBeLessThanOrEqual(lengths[diagnostic.line - 1] + 1);
    expect(diagnostic.endLine, where).toBeLessThanOrEqual(lengths.length);
    expect(diagnostic.endColumn, where).toBeLessThanOrEqual(lengths[diagnostic.endLine - 1] + 1);
    const ordered =
      diagnostic.endLine > diagnostic.line || (diagnostic.endLine === diagnostic.line && diagnostic.endColumn >= diagnostic.column);
    expect(ordered, where).toBe(true);
  }
}

/** Runs a command as the unprivileged user `nobody` when the tests run as root, where file modes do not bind. */
export const asUnprivileged: readonly string[] =
  process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
