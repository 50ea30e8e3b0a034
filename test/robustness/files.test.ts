import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { lintFiles } from '../../src/lint.js';
import { tempTree, validNumber } from '../helpers/tmp.js';
import { asUnprivileged, expectOneLineError, runCliBounded } from './support.js';

const broken = validNumber.replace('"+14155550100"', '+14155550100');

/** Runs unprivileged with a home it can read: the config search also looks in the user's config directory. */
const unprivileged = (cwd: string) => ({ cwd, wrapper: asUnprivileged, env: { HOME: cwd, XDG_CONFIG_HOME: cwd } });

/** A project with one valid and one broken phone-number file, and no config. */
function project(extra: Record<string, string> = {}): string {
  const root = tempTree({
    'package.json': '{}\n',
    // another number than broken.yaml's, which would otherwise be a duplicate-number
    'phone-numbers/good.yaml': validNumber.replace('+14155550100', '+14155550101'),
    'phone-numbers/broken.yaml': broken,
    ...extra,
  });
  // tempTree's directory is private to its owner; the unprivileged runs must be able to enter it
  chmodSync(root, 0o755);
  return root;
}

describe('paths that cannot be read', () => {
  it('a FIFO or a socket named on the command line is refused instead of read', async () => {
    const cwd = project();
    execFileSync('mkfifo', [path.join(cwd, 'phone-numbers/pipe.yaml')]);
    expectOneLineError(runCliBounded(['phone-numbers/pipe.yaml'], { cwd }), 'cannot read phone-numbers/pipe.yaml: not a regular file');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(cwd, 'phone-numbers/socket.yaml'), resolve));
    try {
      expectOneLineError(
        runCliBounded(['phone-numbers/socket.yaml'], { cwd }),
        'cannot read phone-numbers/socket.yaml: not a regular file',
      );
      // met during directory expansion they are skipped, so the run neither blocks nor fails
      const run = runCliBounded(['-f', 'compact', 'phone-numbers'], { cwd });
      expect(run).toEqual({
        code: 1,
        stdout: expect.stringMatching(/^phone-numbers\/broken\.yaml:2:9: error: number \+14155550100 is written without quotes/),
        stderr: '',
      });
    } finally {
      server.close();
    }
  });

  it('a directory named like a phone-number file is walked, not read', () => {
    const cwd = project();
    mkdirSync(path.join(cwd, 'phone-numbers/folder.yaml'));
    mkdirSync(path.join(cwd, 'empty.phone-number.yaml'));
    expectOneLineError(
      runCliBounded(['empty.phone-number.yaml'], { cwd }),
      /^byo-lint: no phone-number files in empty\.phone-number\.yaml \(looked for .*\n$/,
    );
    expect(
      runCliBounded(['-f', 'compact', 'phone-numbers/good.yaml', 'phone-numbers/folder.yaml', '--no-error-on-unmatched-pattern'], { cwd }),
    ).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a file without read permission is exit 2 naming it', () => {
    const cwd = project();
    chmodSync(path.join(cwd, 'phone-numbers/broken.yaml'), 0o000);
    expectOneLineError(
      runCliBounded(['phone-numbers/broken.yaml'], unprivileged(cwd)),
      'cannot read phone-numbers/broken.yaml: permission denied (EACCES)',
    );
    expectOneLineError(
      runCliBounded(['phone-numbers'], unprivileged(cwd)),
      'cannot read phone-numbers/broken.yaml: permission denied (EACCES)',
    );
  });

  it('a directory without read permission met during expansion is exit 2 naming it', () => {
    const cwd = project({ 'phone-numbers/locked/a.yaml': validNumber });
    chmodSync(path.join(cwd, 'phone-numbers/locked'), 0o000);
    expectOneLineError(
      runCliBounded(['phone-numbers'], unprivileged(cwd)),
      `cannot read directory ${path.join(cwd, 'phone-numbers/locked')}: permission denied (EACCES)`,
    );
    // a glob does not swallow it either
    expectOneLineError(
      runCliBounded(['phone-numbers/**/*.yaml'], unprivileged(cwd)),
      `cannot read directory ${path.join(cwd, 'phone-numbers/locked')}: permission denied (EACCES)`,
    );
  });

  it('a file that vanishes between expansion and reading is exit 2 naming it', () => {
    const cwd = project();
    // the race made deterministic: a preload deletes the file as soon as its directory has been listed
    const preload = path.join(cwd, 'vanish.mjs');
    writeFileSync(
      preload,
      `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const listDirectory = fs.readdirSync;
fs.readdirSync = (directory, ...rest) => {
  const entries = listDirectory(directory, ...rest);
  if (String(directory).endsWith('phone-numbers')) fs.rmSync(${JSON.stringify(path.join(cwd, 'phone-numbers/broken.yaml'))});
  return entries;
};
syncBuiltinESMExports();
`,
    );
    const run = runCliBounded(['phone-numbers'], { cwd, nodeArgs: ['--import', pathToFileURL(preload).href] });
    expectOneLineError(run, 'cannot read phone-numbers/broken.yaml: no such file or directory (ENOENT)');
  });
});

describe('file names that are not valid UTF-8', () => {
  /** A path made of text and raw bytes: given as a string, Node would decode the bytes lossily. */
  const bytesPath = (...parts: (string | Buffer)[]) =>
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
  const ff = Buffer.from([0xff]);
  const fe = Buffer.from([0xfe]);
  const misnamed = (shown: string) =>
    `${shown}:1:1: error: the file name is not valid UTF-8, so the file cannot be opened by name; rename it to lint it [syntax]`;

  it('are reported by their bytes, and the files beside them are linted', () => {
    const cwd = project();
    writeFileSync(bytesPath(cwd, '/phone-numbers/bad', ff, 'name.yaml'), broken);
    mkdirSync(bytesPath(cwd, '/phone-numbers/dir', fe));
    writeFileSync(bytesPath(cwd, '/phone-numbers/dir', fe, '/inside.yaml'), broken);
    for (const pattern of ['.', 'phone-numbers', 'phone-numbers/**/*.yaml']) {
      const run = runCliBounded(['-f', 'compact', pattern], { cwd });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^phone-numbers\/broken\.yaml:2:9: error: number \+14155550100 is written without quotes/);
      expect(lines.slice(-2)).toEqual([misnamed('phone-numbers/bad\\xffname.yaml'), misnamed('phone-numbers/dir\\xfe/inside.yaml')]);
    }
    expect(runCliBounded(['explain', 'phone-numbers'], { cwd }).stdout).toContain(
      'phone-numbers/bad\\xffname.yaml:1:1: not explained: the file name is not valid UTF-8',
    );
    // a file named explicitly is read as before
    expect(runCliBounded(['phone-numbers/good.yaml'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reach the library as a finding, with nothing printed', async () => {
    const cwd = project();
    writeFileSync(bytesPath(cwd, '/phone-numbers/bad', ff, 'name.yaml'), broken);
    const written = vi.spyOn(process.stderr, 'write');
    try {
      const results = await lintFiles(['phone-numbers'], { cwd });
      const result = results.find(({ filePath }) => filePath === 'phone-numbers/bad\\xffname.yaml');
      expect(result?.diagnostics.map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }))).toEqual([
        {
          ruleId: 'syntax',
          line: 1,
          column: 1,
          message: 'the file name is not valid UTF-8, so the file cannot be opened by name; rename it to lint it',
        },
      ]);
      expect(written).not.toHaveBeenCalled();
    } finally {
      written.mockRestore();
    }
  });
});

describe('symbolic links', () => {
  it('directory expansion does not follow links, so loops end and the tree is not left', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'byo-lint-outside-'));
    mkdirSync(path.join(outside, 'phone-numbers'));
    writeFileSync(path.join(outside, 'phone-numbers/outside.yaml'), broken);
    const cwd = project();
    symlinkSync('..', path.join(cwd, 'phone-numbers/parent'));
    symlinkSync('self', path.join(cwd, 'phone-numbers/self'));
    symlinkSync(path.join(outside, 'phone-numbers'), path.join(cwd, 'phone-numbers/elsewhere'));
    symlinkSync(path.join(outside, 'phone-numbers/outside.yaml'), path.join(cwd, 'phone-numbers/linked.yaml'));
    const run = runCliBounded(['-f', 'compact', '.'], { cwd });
    expect(run.code).toBe(1);
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[0]),
    ).toEqual(['phone-numbers/broken.yaml']);
    expect(run.stderr).toBe('');
  });

  it('a link named on the command line is followed; a looping one is exit 2', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'byo-lint-outside-'));
    writeFileSync(path.join(outside, 'numbers.yaml'), broken);
    const cwd = project();
    symlinkSync(outside, path.join(cwd, 'shared'));
    symlinkSync('loop', path.join(cwd, 'loop'));
    const run = runCliBounded(['-f', 'compact', 'shared', 'shared/numbers.yaml'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^shared\/numbers\.yaml:2:9: error: /);
    expectOneLineError(runCliBounded(['loop'], { cwd }), 'cannot read loop: too many symbolic links (ELOOP)');
    expectOneLineError(runCliBounded(['loop/*.yaml'], { cwd }), 'cannot read loop/*.yaml: too many symbolic links (ELOOP)');
  });
});

describe('output files', () => {
  it('-o through a file or onto a directory is exit 2 naming it', () => {
    const cwd = project();
    expectOneLineError(
      runCliBounded(['-o', 'phone-numbers/good.yaml/report.txt', 'phone-numbers'], { cwd }),
      'cannot write phone-numbers/good.yaml/report.txt: a part of the path is not a directory (ENOTDIR)',
    );
    expectOneLineError(
      runCliBounded(['-o', 'phone-numbers', 'phone-numbers'], { cwd }),
      'cannot write phone-numbers: it is a directory (EISDIR)',
    );
  });
});

describe('config files that are not files', () => {
  it('a directory named like a config file is not a config; --config naming it is exit 2', () => {
    const cwd = project({ '.byo-lintrc.yml': 'ignores: [phone-numbers/broken.yaml]\n' });
    mkdirSync(path.join(cwd, '.byo-lintrc.yaml'));
    // lookup passes over the directory to the next name in the search order
    expect(runCliBounded(['phone-numbers'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    expectOneLineError(
      runCliBounded(['-c', '.byo-lintrc.yaml', 'phone-numbers'], { cwd }),
      `cannot read configuration ${path.join(cwd, '.byo-lintrc.yaml')}: it is a directory (EISDIR)`,
    );
  });

  it.each(['.byo-lintrc.yml', 'byo-lint.config.mjs', 'package.json'])('a FIFO named %s is refused by lookup, not opened', (name) => {
    const cwd = project();
    rmSync(path.join(cwd, name), { force: true });
    execFileSync('mkfifo', [path.join(cwd, name)]);
    expectOneLineError(runCliBounded(['phone-numbers'], { cwd }), `cannot read configuration ${path.join(cwd, name)}: not a regular file`);
  });

  it('a FIFO named with --config is refused, not opened', () => {
    const cwd = project();
    for (const name of ['f.yaml', 'f.cjs']) {
      execFileSync('mkfifo', [path.join(cwd, name)]);
      expectOneLineError(
        runCliBounded(['-c', name, 'phone-numbers'], { cwd }),
        `cannot read configuration ${path.join(cwd, name)}: not a regular file`,
      );
    }
  });
});
