import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globPath } from '../src/config/resolve.js';
import { runCli } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

describe('globPath', () => {
  const project = path.resolve('/project');
  const sub = path.join(project, 'sub');

  it('matches a file inside the config directory relative to it, whatever its folder is named', () => {
    expect(globPath('a.yaml', project, sub)).toBe('sub/a.yaml');
    // a folder whose name begins with two dots is inside, not above
    expect(globPath(path.join('..', '..data', 'a.yaml'), project, sub)).toBe('..data/a.yaml');
    expect(globPath(path.join(project, '...', 'a.yaml'), project, sub)).toBe('.../a.yaml');
  });

  it('matches a file outside the config directory relative to the working directory', () => {
    const config = path.join(project, 'config');
    expect(globPath('a.yaml', config, project)).toBe('a.yaml');
    expect(globPath('sub/a.yaml', config, project)).toBe('sub/a.yaml');
    expect(globPath('.', config, sub)).toBe('');
    expect(globPath(project, config, project)).toBe('');
  });
});

describe('a file in a folder whose name begins with two dots', () => {
  it('is shown relative to the working directory, as a file inside it', () => {
    const cwd = tempTree({ '..cache/a.phone-number.yaml': 'provider: byo-phone-number\n' });
    const run = runCli(['-f', 'compact', '--no-config-lookup', '.'], { cwd });
    expect(run.stdout.split('\n')[0]).toMatch(/^\.\.cache\/a\.phone-number\.yaml:1:1: error: /);
  });
});
