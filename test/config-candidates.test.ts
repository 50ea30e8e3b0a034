import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayFindConfig } from '../src/config/candidates.js';
import { searchPlaces } from '../src/config/load.js';
import { runCli } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

/**
 * The check that lets a run skip loading cosmiconfig: it may say yes when cosmiconfig would find
 * nothing, but never no when cosmiconfig could find something.
 */
describe('whether a config search could find anything', () => {
  const check = (files: Record<string, string>, from = 'sub') => {
    const root = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'sub/a.yaml': '', ...files });
    return mayFindConfig(path.join(root, from), root, searchPlaces, path.join(root, from));
  };

  it('says no in a project without config files, nor for a package.json without the key', () => {
    expect(check({})).toBe(false);
    expect(check({ 'package.json': '{"name": "byo-lint", "bin": {"byo-lint": "x"}}' })).toBe(false);
    expect(check({ 'sub/package.json': '  \n' })).toBe(false);
    expect(check({ 'sub/package.json': '\uFEFF{"name": "numbers"}' })).toBe(false);
  });

  it('says yes for every search place, here or in a directory up to the project root', () => {
    for (const place of searchPlaces.filter((name) => name !== 'package.json')) {
      expect(check({ [place]: 'rules: {}\n' }), place).toBe(true);
      expect(check({ [`sub/${place}`]: '' }), place).toBe(true);
    }
  });

  it('says yes for a package.json with a "byo-lint" key, or one that is not JSON', () => {
    expect(check({ 'package.json': '{"byo-lint": {"rules": {}}}' })).toBe(true);
    expect(check({ 'package.json': '\uFEFF{"byo-lint": {"rules": {}}}' })).toBe(true);
    expect(check({ 'sub/package.json': '{"name": "x",' })).toBe(true);
    expect(check({ 'sub/package.json': 'null' })).toBe(true);
  });

  it("says yes when cosmiconfig's own configuration is in the working directory", () => {
    expect(check({ 'sub/package.json': '{"cosmiconfig": {"searchPlaces": []}}' })).toBe(true);
    expect(check({ 'sub/package.yaml': 'name: x\n' })).toBe(true);
    expect(check({ 'sub/.config/config.yaml': 'cosmiconfig: {}\n' })).toBe(true);
  });

  it('stops at the project root', () => {
    const outside = tempTree({ '.byo-lintrc.yaml': 'rules: {}\n', 'project/package.json': '{}', 'project/a.yaml': '' });
    const project = path.join(outside, 'project');
    expect(mayFindConfig(project, project, searchPlaces, project)).toBe(false);
  });

  it('leaves a run without config files with the defaults, and one with a package.json key with its config', () => {
    const unquoted = 'provider: byo-phone-number\nnumber: +14155550100\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n';
    const bare = tempTree({ 'package.json': '{"name": "numbers"}', 'a.yaml': unquoted });
    expect(runCli(['-f', 'compact', 'a.yaml'], { cwd: bare }).stdout).toContain('[quoted-number]');
    const keyed = tempTree({ 'package.json': '{"byo-lint": {"rules": {"quoted-number": "off"}}}', 'a.yaml': unquoted });
    expect(runCli(['-f', 'compact', 'a.yaml'], { cwd: keyed }).stdout).not.toContain('[quoted-number]');
  });
});
