import type { Knowledge } from './types.js';

/** The id fields of an entry and the list of the config that declares what they may refer to. */
export const referenceFields = [
  { field: 'assistantId', kind: 'assistants', noun: 'assistant' },
  { field: 'squadId', kind: 'squads', noun: 'squad' },
  { field: 'credentialId', kind: 'credentials', noun: 'credential' },
] as const;

export type ReferenceField = (typeof referenceFields)[number];

/** What the config declares of one kind; undefined when it does not declare that kind at all. */
export function declared(knowledge: Knowledge, reference: ReferenceField): readonly { id: string; name?: string }[] | undefined {
  return knowledge[reference.kind];
}

const indexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id as ids compare: a UUID in either case is the same UUID; anything else (a placeholder) as written. */
const idKey = (id: string): string => (uuidPattern.test(id) ? id.toLowerCase() : id);

/**
 * The declared item with this id (the first of each id, as a search would find it). Every entry of
 * a large file asks about its ids, so each list is indexed once, on first use.
 */
export function findById<Item extends { id: string }>(items: readonly Item[], id: string): Item | undefined {
  let index = indexes.get(items);
  if (!index) {
    const built = new Map<string, Item>();
    for (const item of items) if (!built.has(idKey(item.id))) built.set(idKey(item.id), item);
    indexes.set(items, built);
    index = built;
  }
  return (index as ReadonlyMap<string, Item>).get(idKey(id));
}
