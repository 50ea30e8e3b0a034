import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { tempTree } from './helpers/tmp.js';

/** What the library throws or lists, a caller can name: every error class and the whole catalogue. */
describe('the library exports', () => {
  it('the error a missing file throws', async () => {
    const cwd = tempTree({});
    const error: unknown = await api.lintFiles(['missing.yaml'], { cwd, config: {} }).catch((caught: unknown) => caught);
    expect(api.InputError).toBeTypeOf('function');
    expect(error).toBeInstanceOf(api.InputError);
    expect((error as Error).message).toBe('no such file or directory: missing.yaml');
  });

  it('lintFiles takes one path as a string, as ESLint does, not as a list of its characters', async () => {
    const cwd = tempTree({ 'phone-numbers/a.yaml': 'provider: byo-phone-number\nnumber: +14155550100\n' });
    const [result] = await api.lintFiles('phone-numbers/a.yaml', { cwd, config: {} });
    expect(result.filePath).toBe(path.join('phone-numbers', 'a.yaml'));
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('quoted-number');
    expect(await api.lintFiles('phone-numbers', { cwd, config: {} })).toHaveLength(1);
  });

  it('the error an unknown format throws', async () => {
    const error: unknown = await api.getFormatter('xml').catch((caught: unknown) => caught);
    expect(api.UnknownFormatError).toBeTypeOf('function');
    expect(error).toBeInstanceOf(api.UnknownFormatError);
  });

  it('the error a config passed as a value throws when a config file would be refused', async () => {
    const text = 'provider: byo-phone-number\n';
    const thrown = (run: () => unknown): unknown => {
      try {
        return run();
      } catch (error) {
        return error;
      }
    };
    // a misspelt severity used to act as error, and a list where a mapping belongs to throw a TypeError
    const badSeverity = thrown(() => api.lintText(text, { filePath: 'a.yaml', config: { rules: { 'prefer-e164': 'bogus' as 'off' } } }));
    expect(badSeverity).toBeInstanceOf(api.ConfigError);
    expect((badSeverity as Error).message).toMatch(/^invalid configuration options\.config \(\/rules\/prefer-e164\): "prefer-e164" is /);
    const badShape = thrown(() => api.lintText(text, { filePath: 'a.yaml', config: { assistants: 'x' as unknown as [] } }));
    expect(badShape).toBeInstanceOf(api.ConfigError);
    const badOverride = await api
      .lintFiles(['a.yaml'], { cwd: tempTree({ 'a.yaml': text }), ruleOverrides: { nope: 'off' } as never })
      .catch((caught: unknown) => caught);
    expect(badOverride).toBeInstanceOf(api.ConfigError);
    expect((badOverride as Error).message).toBe(
      'invalid configuration options.ruleOverrides (/rules/nope): unknown rule "nope"; run `byo-lint rules` for the list',
    );
  });

  it('the unused-directive rule beside the structural checks and the rules', () => {
    expect(api.unusedDirectiveRule).toEqual({ id: 'unused-directive', description: expect.any(String), fixable: false });
  });
});
