import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/config/load.js';
import { lintFiles } from '../../src/lint.js';
import compact from '../../src/report/compact.js';
import type { Config } from '../../src/schema/config-model.js';
import { repoRoot } from '../helpers/cli.js';
import { onlyRules } from './only-rules.js';

/**
 * Golden tests of --fix: each `test/fix/cases/<case>.<ext>` sits beside `<case>.<ext>.fixed`
 * (the text after --fix) and `<case>.<ext>.out` (what is left, in compact format).
 * `UPDATE_GOLDEN=1` rewrites both, to be reviewed in the diff. Semantic rules are off unless the
 * case's `<case>.config.yaml` turns them on, so that each case shows its own fixes only.
 */
const casesDir = path.join(repoRoot, 'test/fix/cases');

const inputs = readdirSync(casesDir).filter((name) => /\.(ya?ml|json)$/.test(name) && !/\.config\.ya?ml$/.test(name));

async function caseConfig(input: string): Promise<Config> {
  const configFile = path.join(casesDir, input.replace(/\.(ya?ml|json)$/, '.config.yaml'));
  const config = existsSync(configFile) ? await readConfigFile(configFile) : {};
  return { ...config, rules: onlyRules(config.rules) };
}

function expectGolden(file: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('--fix golden cases', () => {
  it('has cases to run', () => {
    expect(inputs.length).toBeGreaterThan(10);
  });
  for (const input of inputs) {
    it(input, async () => {
      const config = await caseConfig(input);
      const [result] = await lintFiles([input], { cwd: casesDir, configDir: casesDir, config, fix: true });
      const original = readFileSync(path.join(casesDir, input), 'utf8');
      expectGolden(path.join(casesDir, `${input}.fixed`), result.output ?? original);
      expectGolden(path.join(casesDir, `${input}.out`), compact([result], { cwd: casesDir, color: false }));
      // lintFiles only reports; writing is the CLI's job
      expect(readFileSync(path.join(casesDir, input), 'utf8')).toBe(original);
    });
  }
});
