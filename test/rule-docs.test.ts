import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsDir, lintExample, ruleDocFiles } from '../scripts/rule-docs.js';
import { rules } from '../src/rules/index.js';
import { semanticRuleIds } from '../src/schema/config-model.js';
import { repoRoot } from './helpers/cli.js';

describe('rule registry', () => {
  it("holds exactly the contract's semantic rules, in catalogue order", () => {
    expect(rules.map((rule) => rule.meta.id)).toEqual([...semanticRuleIds]);
  });

  it.each(rules.map((rule) => [rule.meta.id, rule]))('%s has a rationale and a valid and an invalid example', (_id, rule) => {
    const { rationale, valid, invalid } = rule.meta.docs;
    expect(rationale.trim()).not.toBe('');
    expect(valid.trim()).not.toBe('');
    expect(invalid.trim()).not.toBe('');
    expect(valid).not.toBe(invalid);
  });
});

describe('rule doc examples', () => {
  const findingsOf = (rule: (typeof rules)[number], example: 'valid' | 'invalid') =>
    lintExample(rule, example).diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.meta.id);

  it.each(rules.map((rule) => [rule.meta.id, rule]))('%s: the valid example passes it, the invalid one fails it', (_id, rule) => {
    expect(findingsOf(rule, 'valid')).toEqual([]);
    expect(findingsOf(rule, 'invalid').length).toBeGreaterThan(0);
  });
});

describe('generated rule docs', () => {
  const files = ruleDocFiles();

  it.each(files.map((file) => [file.path, file.content]))('%s is what npm run build:docs writes', (file, content) => {
    expect(readFileSync(path.join(repoRoot, file), 'utf8')).toBe(content);
  });

  it('has a page for every rule and the catalogue, and no other page', () => {
    const pages = readdirSync(path.join(repoRoot, docsDir)).filter((name) => name.endsWith('.md'));
    expect(pages.sort()).toEqual(['README.md', ...rules.map((rule) => `${rule.meta.id}.md`)].sort());
  });

  it('shows each invalid example with the findings the linter reports for it', () => {
    const rule = rules.find((candidate) => candidate.meta.id === 'fallback-loop')!;
    const page = files.find((file) => file.path === `${docsDir}/fallback-loop.md`)!.content;
    const [finding] = lintExample(rule, 'invalid').diagnostics;
    expect(page).toContain(`invalid.yaml:${finding.line}:${finding.column}: error: ${finding.message}; ${finding.hint!} [fallback-loop]\n`);
  });

  it('links every rule page from the catalogue and lists the structural rules', () => {
    const catalogue = files.find((file) => file.path === `${docsDir}/README.md`)!.content;
    for (const rule of rules) expect(catalogue).toContain(`[\`${rule.meta.id}\`](${rule.meta.id}.md)`);
    for (const id of ['syntax', 'duplicate-key', 'resource-limit', 'schema'])
      expect(catalogue).toContain(`| \`${id}\` | error (always on)`);
  });
});
