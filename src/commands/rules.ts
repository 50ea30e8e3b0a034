import { catalogue, type CatalogueEntry } from '../rules/index.js';

export type RulesFormat = 'text' | 'json' | 'markdown';

/** The default column of the text and Markdown forms: a structural check is always on. */
function shown(item: CatalogueEntry): { text: string; markdown: string } {
  if (item.kind === 'structural') return { text: 'always', markdown: 'error (always on)' };
  if (item.kind === 'directive')
    return { text: item.defaultSeverity, markdown: `${item.defaultSeverity} (with \`--report-unused-directives\`)` };
  return { text: item.defaultSeverity, markdown: item.defaultSeverity };
}

/** `byo-lint rules`: the catalogue as text, JSON (`{id, defaultSeverity, fixable, description}`) or Markdown. */
export function formatRules(format: RulesFormat): string {
  const items = catalogue;
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
        `| ${item.configurable ? `[\`${item.id}\`](docs/rules/${item.id}.md)` : `\`${item.id}\``} | ${shown(item).markdown} | ${item.fixable ? 'yes' : ''} | ${item.description} |`,
    );
    return ['| rule | default | fixable | reports |', '|---|---|---|---|', ...rows].join('\n') + '\n';
  }
  const width = Math.max(...items.map((item) => item.id.length));
  return (
    items
      .map((item) => `${item.id.padEnd(width)}  ${shown(item).text.padEnd(6)}  ${item.fixable ? 'fix' : '   '}  ${item.description}`)
      .join('\n') + '\n'
  );
}
