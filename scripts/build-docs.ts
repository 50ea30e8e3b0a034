/**
 * Writes docs/rules/ from the rules' meta and the linter's real output for their examples.
 * `--check` writes nothing and fails when a committed page differs or is left over (CI's drift check).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { docsDir, ruleDocFiles } from './rule-docs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const files = ruleDocFiles();
const generated = new Set(files.map((file) => file.path));
const problems: string[] = [];

for (const { path, content } of files) {
  let current: string | undefined;
  try {
    current = readFileSync(root + path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  if (check) problems.push(`${path} differs`);
  else {
    writeFileSync(root + path, content);
    console.log(`wrote ${path}`);
  }
}

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

if (problems.length > 0) {
  console.error(`the rule docs differ from the rules; run npm run build:docs and commit:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
