import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberDestinationSchema, phoneNumberSchema, sipDestinationSchema } from '../src/schema/model.js';
import { repoRoot } from './helpers/cli.js';

type OpenApiSchema = { required?: string[]; properties: Record<string, Record<string, unknown>> };

/** Vapi's published API description at two dates (copies in test/openapi). */
function components(date: string): Record<string, OpenApiSchema> {
  const file = path.join(repoRoot, `test/openapi/byo-openapi-${date}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { components: { schemas: Record<string, OpenApiSchema> } }).components.schemas;
}

const older = components('2024-10-10');
const newer = components('2026-08-18');

/** A constraint checked only where both versions of the API agree on it. */
function agreed(schema: string, property: string, keyword: string): unknown {
  const a = older[schema].properties[property]?.[keyword];
  const b = newer[schema].properties[property]?.[keyword];
  expect(a, `${schema}.${property}.${keyword} differs between the API versions`).toEqual(b);
  return a;
}

const asRecord = (value: object) => value as unknown as Record<string, Record<string, unknown>>;

/** A property's length bound: placeholders escape it, so it sits in the `else` of an `if` (model.ts). */
const lengthBound = (schema: Record<string, unknown>, keyword: 'minLength' | 'maxLength') =>
  ((schema.else ?? {}) as Record<string, unknown>)[keyword] ?? schema[keyword];

describe('the model agrees with Vapi API description', () => {
  it('provider takes the one value the API accepts', () => {
    expect(agreed('CreateByoPhoneNumberDTO', 'provider', 'enum')).toEqual([phoneNumberSchema.properties.provider.const]);
  });

  it('name is capped at the same length', () => {
    expect(lengthBound(asRecord(phoneNumberSchema.properties).name, 'maxLength')).toBe(
      agreed('CreateByoPhoneNumberDTO', 'name', 'maxLength'),
    );
  });

  it('credentialId and provider are required as the API requires them', () => {
    expect(older.CreateByoPhoneNumberDTO.required).toEqual(newer.CreateByoPhoneNumberDTO.required);
    for (const key of older.CreateByoPhoneNumberDTO.required ?? []) expect(phoneNumberSchema.required).toContain(key);
  });

  it.each([
    ['TransferDestinationNumber', numberDestinationSchema],
    ['TransferDestinationSip', sipDestinationSchema],
  ] as const)('%s: required keys, type value and lengths', (name, ours) => {
    expect(older[name].required).toEqual(newer[name].required);
    expect([...ours.required]).toEqual(older[name].required);
    expect([asRecord(ours.properties).type.const]).toEqual(agreed(name, 'type', 'enum'));
    for (const [property, schema] of Object.entries(asRecord(ours.properties))) {
      for (const keyword of ['minLength', 'maxLength'] as const) {
        expect(lengthBound(schema, keyword), `${name}.${property}.${keyword}`).toEqual(agreed(name, property, keyword));
      }
    }
  });

  it('every key of ours exists in the 2024 API description', () => {
    for (const key of Object.keys(phoneNumberSchema.properties)) expect(older.CreateByoPhoneNumberDTO.properties).toHaveProperty(key);
  });
});
