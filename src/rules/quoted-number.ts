import { valueAt, type DataPath } from '../diagnostic.js';
import type { Entry, EntryContext, Rule } from './types.js';
import { mappingAt } from './types.js';

/** Phone-number fields of an entry, relative to it. */
function phoneNumberPaths(entry: Entry): DataPath[] {
  const paths: DataPath[] = [['number']];
  if (mappingAt(entry, 'fallbackDestination')) paths.push(['fallbackDestination', 'number'], ['fallbackDestination', 'extension']);
  return paths;
}

export const quotedNumber: Rule = {
  meta: {
    id: 'quoted-number',
    description: 'phone-number fields must be quoted strings, not YAML numbers',
    defaultSeverity: 'error',
    fixable: true,
    docs: {
      rationale:
        'YAML reads an unquoted `+14155550100` as the integer 14155550100 and `0042` as 42: the `+` and the leading zeros are gone before Vapi sees the value, and the API rejects a number where it expects a string. Quote every phone number and extension.',
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n',
      invalid:
        'provider: byo-phone-number\nnumber: +14155550100\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n',
    },
  },
  check(context: EntryContext) {
    for (const path of phoneNumberPaths(context.entry)) {
      const value = valueAt(context.entry, path);
      if (typeof value !== 'number') continue;
      const written = context.written(path) ?? String(value);
      const field = path.join('.');
      context.report({
        path,
        message: `${field} ${written} is written without quotes and became the ${Number.isInteger(value) ? 'integer' : 'number'} ${value}; quote it: "${written}"`,
        hint: `write ${path[path.length - 1]}: "${written}"`,
        fix: { target: 'value', text: `"${written}"` },
      });
    }
  },
};
