import { rules, structuralRules, unusedDirectiveRule } from '../rules/index.js';

export type RulesFormat = 'text' | 'json' | 'markdown';

interface CatalogueItem {
  id: string;
  defaultSeverity: 'error' | 'warn';
  fixable: boolean;
  description: string;
  configurable: boolean;
  /** The default column of the text and Markdown forms: a structural check is always on. */
  shown: { text: string; markdown: string };
}

function catalogue(): CatalogueItem[] {
  return [
    ...structuralRules.map((rule) => ({
      ...rule,
      defaultSeverity: 'error' as const,
      configurable: false,
      shown: { text: 'always', markdown: 'error (always on)' },
    })),
    {
      ...unusedDirectiveRule,
      defaultSeverity: 'warn',
      configurable: false,
      shown: { text: 'warn', markdown: 'warn (with `--report-unused-directives`)' },
    },
    ...rules.map(({ meta }) => ({
      id: meta.id,
      defaultSeverity: meta.defaultSeverity,
      fixable: meta.fixable,
      description: meta.description,
      configurable: true,
      shown: { text: meta.defaultSeverity, markdown: meta.defaultSeverity },
    })),
  ];
}

/** `byo-lint rules`: the catalogue as text, JSON (`{id, defaultSeverity, fixable, description}`) or Markdown. */
export function formatRules(format: RulesFormat): string {
  const items = catalogue();
  if (format === 'json') {
    return (
      JSON.stringify(
        items.map(({ id, defaultSeverity, fixable, description }) => ({ id, defaultSeverity, fixable, description })),
        null,
        2,
      ) + '\n'
    );
  }
  if (format === 'markdown') {
    const rows = items.map(
      (item) =>
        `| ${item.configurable ? `[\`${item.id}\`](docs/rules/${item.id}.md)` : `\`${item.id}\``} | ${item.shown.markdown} | ${item.fixable ? 'yes' : ''} | ${item.description} |`,
    );
    return ['| rule | default | fixable | reports |', '|---|---|---|---|', ...rows].join('\n') + '\n';
  }
  const width = Math.max(...items.map((item) => item.id.length));
  return (
    items
      .map((item) => `${item.id.padEnd(width)}  ${item.shown.text.padEnd(6)}  ${item.fixable ? 'fix' : '   '}  ${item.description}`)
      .join('\n') + '\n'
  );
}
