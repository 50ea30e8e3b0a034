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

  it('the error an unknown format throws', async () => {
    const error: unknown = await api.getFormatter('xml').catch((caught: unknown) => caught);
    expect(api.UnknownFormatError).toBeTypeOf('function');
    expect(error).toBeInstanceOf(api.UnknownFormatError);
  });

  it('the unused-directive rule beside the structural checks and the rules', () => {
    expect(api.unusedDirectiveRule).toEqual({ id: 'unused-directive', description: expect.any(String), fixable: false });
  });
});
