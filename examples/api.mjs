// byo-lint's library API, runnable from a checkout: `npm run build && node examples/api.mjs`.
// In your own project, import from 'byo-lint' instead of '../dist/index.mjs'.
import { fileURLToPath } from 'node:url';
import { getFormatter, lintFiles, lintText, loadConfig, rules, structuralRules, version } from '../dist/index.mjs';

const examples = fileURLToPath(new URL('.', import.meta.url));

// One text, named as the file it would be read from (the name picks the parser: .json is strict JSON).
const text = `provider: byo-phone-number
number: +14155550100
credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
`;
const result = lintText(text, { filePath: 'front-desk.phone-number.yaml' });
console.log(`## lintText: ${result.errorCount} error(s), ${result.warningCount} warning(s)`);
for (const diagnostic of result.diagnostics) {
  console.log(`${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.ruleId} ${diagnostic.path}: ${diagnostic.message}`);
}

// The configuration the command line would find from a directory (here none: {}), then files and
// directories linted as one run, so that rules across files (duplicate-number, duplicate-name) see them all.
// configFile lets hints name the file to declare things in.
const { config, directory, filePath } = await loadConfig({ cwd: examples });
const results = await lintFiles(['gitops', 'numbers.yaml', 'numbers.json'], {
  cwd: examples,
  config,
  configDir: directory,
  configFile: filePath,
});

// Any of the command line's formats, as a function from results to text.
const compact = await getFormatter('compact');
console.log('## lintFiles, compact format');
process.stdout.write(compact(results, { cwd: examples, color: false }));

console.log(`## byo-lint ${version}: ${structuralRules.length} structural checks, ${rules.length} configurable rules`);
console.log(rules.map((rule) => `${rule.meta.id} (${rule.meta.defaultSeverity})`).join(', '));
