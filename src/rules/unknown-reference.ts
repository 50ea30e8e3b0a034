import { quote } from '../diagnostic.js';
import { suggester } from '../schema/suggest.js';
import { declared, findById, referenceFields } from './references.js';
import type { Rule } from './types.js';
import { hasPlaceholder, stringAt } from './types.js';

/** Up to this many declared items are listed in the message. */
const listLimit = 5;

type Declared = NonNullable<ReturnType<typeof declared>>;

function describeKnown(items: Declared, kind: string): string {
  if (items.length === 0) return `the config declares no ${kind}`;
  if (items.length > listLimit) return `the config declares ${items.length} ${kind}`;
  return `known ${kind}: ${items.map((item) => `${quote(item.id)}${item.name ? ` (${item.name})` : ''}`).join(', ')}`;
}

/** How a declared list answers "which did you mean": by name, or by an id a few characters away. */
interface Meaning {
  byName: Map<string, Declared[number][]>;
  closeId: (value: string) => string | undefined;
}

/**
 * Each declared list's meaning, made once: a large config declares thousands of ids, and every
 * unknown reference asks about all of them.
 */
const meanings = new WeakMap<Declared, Meaning>();

function meaningOf(items: Declared): Meaning {
  let meaning = meanings.get(items);
  if (meaning === undefined) {
    const byName = new Map<string, Declared[number][]>();
    for (const item of items) {
      const name = item.name?.trim().toLowerCase();
      if (name === undefined) continue;
      const same = byName.get(name);
      if (same) same.push(item);
      else byName.set(name, [item]);
    }
    meaning = { byName, closeId: suggester(items.map((item) => item.id)) };
    meanings.set(items, meaning);
  }
  return meaning;
}

/** The declared id the value was probably meant to be: the id of an item it names, or a near-identical id. */
function meant(value: string, items: Declared): string | undefined {
  const { byName, closeId } = meaningOf(items);
  const named = byName.get(value.trim().toLowerCase()) ?? [];
  if (named.length === 1) return `did you mean ${quote(named[0].id)}, the id of ${quote(named[0].name)}?`;
  const close = closeId(value);
  return close ? `did you mean ${quote(close)}?` : undefined;
}

export const unknownReference: Rule = {
  meta: {
    id: 'unknown-reference',
    description: 'an assistantId, squadId or credentialId that is not among the ids the config declares',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        'When the byo-lint config lists the assistants, squads or credentials that exist (`assistants`, `squads`, `credentials`), a reference to any other id is a typo or points at something deleted or in another organisation. The rule checks a kind only when the config declares it, so leaving a list out turns its check off. The message lists the known ids when there are at most five. Values with a `${NAME}` placeholder are not checked.',
      config: {
        assistants: [
          { id: '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e', name: 'support' },
          { id: '4d8e2a6c-1b3f-4e5a-9c7d-2f4b6d8e0a1c', name: 'sales' },
        ],
      },
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nassistantId: 7e1a3c5b-9d2f-4a6e-8b0c-1d3f5a7c9e2b\n',
    },
  },
  check({ entry, knowledge, report }) {
    // most configs declare none of them, and the rule has nothing to compare with
    if (!knowledge.assistants && !knowledge.squads && !knowledge.credentials) return;
    for (const reference of referenceFields) {
      const id = stringAt(entry, reference.field);
      const items = declared(knowledge, reference);
      // an empty id sets nothing, as routing reads it, so it refers to nothing
      if (!id || items === undefined || hasPlaceholder(id)) continue;
      if (findById(items, id)) continue;
      report({
        path: [reference.field],
        message: `${reference.field} ${quote(id)} is not among the ${reference.kind} the config declares; ${describeKnown(items, reference.kind)}`,
        hint: meant(id, items) ?? `if the ${reference.noun} exists, add it to ${reference.kind} in the byo-lint config`,
      });
    }
  },
};
