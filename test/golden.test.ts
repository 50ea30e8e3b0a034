import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from '../src/config/load.js';
import { lintFiles } from '../src/lint.js';
import compact from '../src/report/compact.js';
import { repoRoot } from './helpers/cli.js';

/**
 * Golden tests in actionlint's manner: each `test/fixtures/**` input sits beside `<input>.out`,
 * its exact compact output. `UPDATE_GOLDEN=1` rewrites the expectations, to be reviewed in the diff.
 */
const fixturesDir = path.join(repoRoot, 'test/fixtures');

function inputs(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return inputs(full);
    return /\.(ya?ml|json)$/.test(entry.name) && !/\.config\.(ya?ml|json)$/.test(entry.name) ? [full] : [];
  });
}

describe('golden fixtures', () => {
  for (const input of inputs(fixturesDir)) {
    const relative = path.relative(fixturesDir, input);
    it(relative, async () => {
      const configFile = input.replace(/\.(ya?ml|json)$/, '.config.yaml');
      const config = existsSync(configFile) ? await readConfigFile(configFile) : {};
      const results = await lintFiles([relative], { cwd: fixturesDir, config, configDir: fixturesDir });
      const actual = compact(results, { cwd: fixturesDir, color: false });
      const expectedFile = `${input}.out`;
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
