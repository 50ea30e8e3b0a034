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

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
