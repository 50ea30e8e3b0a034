import type { DataPath } from '../diagnostic.js';
import type { EntryContext, Rule } from './types.js';
import { mappingAt } from './types.js';

/** The phone-number fields of an entry, relative to it. */
const numberPath = ['number'];
const fallbackPaths = [
  ['fallbackDestination', 'number'],
  ['fallbackDestination', 'extension'],
] as const;

function reportUnquoted(context: EntryContext, path: DataPath, value: unknown): void {
  if (typeof value !== 'number') return;
  const written = context.written(path) ?? String(value);
  const field = path.join('.');
  const became = `the ${Number.isSafeInteger(value) ? 'integer' : 'number'} ${value}`;
  // a YAML number never starts with "*", so this is an alias: quoting it here would replace it with the string "*name"
  if (written.startsWith('*')) {
    const anchor = `&${written.slice(1)}`;
    context.report({
      path,
      message: `${field} ${written} refers to a number written without quotes, which became ${became}; quote it where ${anchor} is anchored`,
      hint: `quote it where ${anchor} is anchored`,
    });
    return;
  }
  // a tag (`!!int`) decides what the text means, so quoting the value under it would change nothing
  const tag = context.tag(path);
  if (tag !== undefined) {
    const quoted = written.startsWith('"') || written.startsWith("'");
    const hint = quoted ? 'remove the tag' : `remove the tag and quote it: "${written}"`;
    context.report({ path, message: `${field} ${written} is tagged ${tag}, which made it ${became}; ${hint}`, hint });
    return;
  }
  context.report({
    path,
    message: `${field} ${written} is written without quotes and became ${became}; quote it: "${written}"`,
    hint: `quote it: "${written}"`,
    fix: { target: 'value', text: `"${written}"` },
  });
}

export const quotedNumber: Rule = {
  meta: {
    id: 'quoted-number',
    description: 'phone-number fields must be quoted strings, not YAML numbers',
    defaultSeverity: 'error',
    fixable: true,
    docs: {
      rationale:
        'YAML reads an unquoted `+14155550100` as the integer 14155550100 and `0042` as 42: the `+` and the leading zeros are gone before Vapi sees the value, and the API rejects a number where it expects a string. Quote every phone number and extension; a value written as an alias (`*name`) is quoted where its anchor (`&name`) is defined, and `--fix` leaves it to you.',
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n',
      invalid:
        'provider: byo-phone-number\nnumber: +14155550100\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n',
    },
  },
  check(context: EntryContext) {
    reportUnquoted(context, numberPath, context.entry.number);
    const destination = mappingAt(context.entry, 'fallbackDestination');
    if (!destination) return;
    for (const path of fallbackPaths) reportUnquoted(context, path, destination[path[1]]);
  },
};
