/**
 * Writes docs/rules/ from the rules' meta and the linter's real output for their examples.
 * `--check` writes nothing and fails when a committed page differs or is left over (CI's drift check).
 */
import { readdirSync, rmSync } from 'node:fs';
import { check, failIfStale, root, writeGenerated } from './generated-files.js';
import { docsDir, ruleDocFiles } from './rule-docs.js';

const files = ruleDocFiles();
const generated = new Set(files.map((file) => file.path));
const problems = writeGenerated(files).map((path) => `${path} differs`);

// a page whose rule is gone would keep documenting it
for (const name of readdirSync(root + docsDir)) {
  const path = `${docsDir}/${name}`;
  if (!name.endsWith('.md') || generated.has(path)) continue;
  if (check) problems.push(`${path} documents no rule`);
  else {
    rmSync(root + path);
    console.log(`removed ${path}`);
  }
}

failIfStale(problems, 'the rule docs differ from the rules', 'npm run build:docs');
