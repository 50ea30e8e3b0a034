/**
 * The one source of truth for a BYO phone number: the JSON Schemas shipped in `schemas/`, the
 * precompiled validator and the TypeScript types are all generated or derived from here.
 */
import type { FromSchema } from 'json-schema-to-ts';

export const schemaBaseUrl = 'https://byo-lint.dev/schemas/';

/** `${NAME}`: resolved by the user's tooling at apply time, legal in any string field. */
export const placeholderSource = '\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}';

/** Letters and digits with an optional leading `+`, as the API accepts; placeholders allowed. */
const numberPatternSource = `^\\+?(?:[a-zA-Z0-9]|${placeholderSource})+$`;

/**
 * Length bounds that a value with a `${NAME}` placeholder escapes, since its length once resolved
 * is not in the file; a value without one is held to them.
 */
function lengthBounds<const Bounds extends { minLength?: number; maxLength?: number }>(bounds: Bounds) {
  return { if: { pattern: placeholderSource }, else: bounds } as const;
}

/** Keys the API returns but a desired configuration never sets. */
export const serverManagedKeys = ['id', 'orgId', 'createdAt', 'updatedAt', 'status'] as const;

function describe(description: string, markdown?: string): { description: string; markdownDescription: string } {
  return { description, markdownDescription: markdown ?? description };
}

const message = {
  type: 'string',
  ...describe(
    'What the caller hears before the transfer. An empty string transfers silently; leaving it out uses the default announcement.',
    'What the caller hears before the transfer. `""` transfers silently; leaving it out uses the default announcement.',
  ),
  examples: ['Connecting you to our front desk.'],
} as const;

const destinationDescription = {
  type: 'string',
  ...describe('A note for your team about this destination; Vapi does not speak it.'),
} as const;

export const numberDestinationSchema = {
  type: 'object',
  title: 'Number fallback destination',
  ...describe('Transfers a failed inbound call to a phone number.'),
  required: ['type', 'number'],
  additionalProperties: false,
  properties: {
    type: { const: 'number', ...describe('Selects the phone-number destination.', 'Selects the phone-number destination: `number`.') },
    number: {
      type: 'string',
      ...lengthBounds({ minLength: 3, maxLength: 40 }),
      pattern: numberPatternSource,
      ...describe(
        'The number to transfer to. In E.164 form (a plus, the country code, the subscriber number) unless numberE164CheckEnabled is false. Quote it in YAML.',
        'The number to transfer to, in E.164 form (`+14155551234`) unless `numberE164CheckEnabled` is `false`. **Quote it in YAML**: an unquoted `+1415…` becomes an integer.',
      ),
      examples: ['+14155551234'],
    },
    numberE164CheckEnabled: {
      type: 'boolean',
      default: true,
      ...describe(
        'Whether the number must be E.164. Set false only for trunk-internal numbers such as short codes; they must still be letters and digits with an optional leading plus.',
        'Whether `number` must be E.164 (default `true`). Set `false` only for trunk-internal numbers such as short codes; they must still match `^\\+?[a-zA-Z0-9]+$`.',
      ),
    },
    extension: {
      type: 'string',
      ...lengthBounds({ minLength: 1, maxLength: 10 }),
      ...describe(
        'Digits dialled once the transfer connects, up to 10 characters. Quote it in YAML.',
        'Digits dialled once the transfer connects (1–10 characters). **Quote it in YAML.**',
      ),
      examples: ['104'],
    },
    message,
    description: destinationDescription,
  },
} as const;

export const sipDestinationSchema = {
  type: 'object',
  title: 'SIP fallback destination',
  ...describe('Transfers a failed inbound call to a SIP address.'),
  required: ['type', 'sipUri'],
  additionalProperties: false,
  properties: {
    type: { const: 'sip', ...describe('Selects the SIP destination.', 'Selects the SIP destination: `sip`.') },
    sipUri: {
      type: 'string',
      ...describe(
        'The SIP address to transfer to, such as sip:frontdesk@pbx.example.com.',
        'The SIP address to transfer to, such as `sip:frontdesk@pbx.example.com`.',
      ),
      examples: ['sip:frontdesk@pbx.example.com'],
    },
    message,
    description: destinationDescription,
  },
} as const;

const fallbackDestinationSchema = {
  type: 'object',
  ...describe(
    'Where an inbound call goes when no assistant or squad is set and the assistant-request to the server URL fails. Without it such a call is hung up. Never used when assistantId or squadId is set.',
    'Where an inbound call goes when neither `assistantId` nor `squadId` is set **and** the `assistant-request` to the server URL fails. Without it such a call is hung up. Never used when `assistantId` or `squadId` is set.',
  ),
  required: ['type'],
  properties: {
    type: {
      enum: ['number', 'sip'],
      ...describe('The kind of destination: number or sip.', 'The kind of destination: `number` or `sip`.'),
    },
  },
  // the branch is chosen by `type`, so an editor and the linter show only that branch's errors
  if: { properties: { type: { const: 'number' } }, required: ['type'] },
  then: { $ref: '#/definitions/numberDestination' },
  else: {
    if: { properties: { type: { const: 'sip' } }, required: ['type'] },
    then: { $ref: '#/definitions/sipDestination' },
  },
  defaultSnippets: [
    { label: 'fallback to a number', body: { type: 'number', number: '${1:+14155551234}' } },
    { label: 'fallback to a SIP address', body: { type: 'sip', sipUri: '${1:sip:frontdesk@pbx.example.com}' } },
  ],
} as const;

const phoneNumberProperties = {
  provider: {
    const: 'byo-phone-number',
    ...describe(
      'Marks a number that arrives over your own SIP trunk or carrier. Always byo-phone-number.',
      'Marks a number that arrives over your own SIP trunk or carrier. Always `byo-phone-number`.',
    ),
  },
  number: {
    type: 'string',
    ...lengthBounds({ maxLength: 40 }),
    pattern: numberPatternSource,
    ...describe(
      'The number as your trunk delivers it: letters and digits with an optional leading plus, E.164 or not. Quote it in YAML.',
      'The number as your trunk delivers it: letters and digits with an optional leading `+` (`+14155550100`, `1234`, `abc`). **Quote it in YAML**: an unquoted `+1415…` becomes an integer and loses its `+`.',
    ),
    examples: ['+14155550100'],
  },
  credentialId: {
    type: 'string',
    minLength: 1,
    ...describe(
      'The id of the byo-sip-trunk credential that carries this number, as created in the dashboard or through the credential API.',
      'The id of the `byo-sip-trunk` credential that carries this number, as created in the dashboard or through `POST /credential`.',
    ),
    examples: ['2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23'],
  },
  name: {
    type: 'string',
    ...lengthBounds({ maxLength: 40 }),
    ...describe('A label for your own reference, up to 40 characters.'),
    examples: ['Support line (US)'],
  },
  assistantId: {
    type: 'string',
    ...describe(
      'The assistant that answers inbound calls. Set this, or squadId, or a server URL that answers the assistant-request.',
      'The assistant that answers inbound calls. Set this, or `squadId`, or a server URL that answers the `assistant-request`.',
    ),
    examples: ['9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e'],
  },
  squadId: {
    type: 'string',
    ...describe(
      'The squad that answers inbound calls. Do not set it together with assistantId.',
      'The squad that answers inbound calls. Do not set it together with `assistantId`.',
    ),
  },
  serverUrl: {
    type: 'string',
    ...describe(
      "Where Vapi sends this number's server messages, the assistant-request among them. Overrides the organisation's URL; an assistant's own URL overrides this one.",
      "Where Vapi sends this number's server messages, the `assistant-request` among them. Precedence: `tool.server.url` > `assistant.serverUrl` > `phoneNumber.serverUrl` > `org.serverUrl`.",
    ),
    examples: ['https://hooks.example.com/vapi'],
  },
  serverUrlSecret: {
    type: 'string',
    ...describe(
      'Sent with every server message in the x-vapi-secret header. Commit a placeholder such as ${VAPI_SERVER_SECRET}, never the secret itself.',
      'Sent with every server message in the `x-vapi-secret` header. Commit a placeholder such as `${VAPI_SERVER_SECRET}`, never the secret itself.',
    ),
    examples: ['${VAPI_SERVER_SECRET}'],
  },
  fallbackDestination: { $ref: '#/definitions/fallbackDestination' },
} as const;

const schemaKey = {
  $schema: {
    type: 'string',
    ...describe('The JSON Schema this file follows, for editors.'),
  },
} as const;

const phoneNumberSnippet = {
  label: 'BYO phone number',
  description: 'A number from your own SIP trunk, answered by an assistant',
  body: {
    provider: 'byo-phone-number',
    number: '${1:+14155550100}',
    credentialId: '${2:credential-id}',
    name: '${3:Support line}',
    assistantId: '${4:assistant-id}',
  },
};

export const phoneNumberSchema = {
  type: 'object',
  title: 'BYO phone number',
  ...describe('One phone number brought from your own SIP trunk or carrier to Vapi.'),
  required: ['provider', 'number', 'credentialId'],
  additionalProperties: false,
  properties: phoneNumberProperties,
  defaultSnippets: [phoneNumberSnippet],
} as const;

const definitions = {
  phoneNumber: phoneNumberSchema,
  fallbackDestination: fallbackDestinationSchema,
  numberDestination: numberDestinationSchema,
  sipDestination: sipDestinationSchema,
} as const;

const singleDocument = {
  ...phoneNumberSchema,
  properties: { ...schemaKey, ...phoneNumberProperties },
} as const;

/** `schemas/byo-phone-number.schema.json`: a file that holds one number. */
export const phoneNumberFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${schemaBaseUrl}byo-phone-number.schema.json`,
  ...singleDocument,
  definitions,
} as const;

/** `schemas/byo-phone-numbers.schema.json`: any of the three file shapes. */
export const phoneNumbersFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${schemaBaseUrl}byo-phone-numbers.schema.json`,
  title: 'BYO phone numbers',
  ...describe(
    'A file of Vapi BYO phone numbers: one number, a list of numbers, or a mapping with phoneNumbers.',
    'A file of Vapi BYO phone numbers: one number (a mapping with `provider`), a list of numbers, or a mapping `{ phoneNumbers: [...] }`.',
  ),
  type: ['object', 'array'],
  if: { type: 'array' },
  then: { items: { $ref: '#/definitions/phoneNumber' } },
  else: {
    if: { type: 'object', required: ['phoneNumbers'] },
    then: { $ref: '#/definitions/phoneNumberList' },
    else: { $ref: '#/definitions/phoneNumberDocument' },
  },
  definitions: {
    ...definitions,
    phoneNumberDocument: singleDocument,
    phoneNumberList: {
      type: 'object',
      title: 'phone-number list',
      ...describe('A mapping that lists phone numbers under phoneNumbers.', 'A mapping that lists phone numbers under `phoneNumbers`.'),
      required: ['phoneNumbers'],
      additionalProperties: false,
      properties: {
        ...schemaKey,
        phoneNumbers: {
          type: 'array',
          ...describe('The phone numbers of this file.'),
          items: { $ref: '#/definitions/phoneNumber' },
          defaultSnippets: [{ label: 'BYO phone number', body: [phoneNumberSnippet.body] }],
        },
      },
    },
  },
} as const;

export type NumberDestination = FromSchema<typeof numberDestinationSchema>;
export type SipDestination = FromSchema<typeof sipDestinationSchema>;
export type FallbackDestination = NumberDestination | SipDestination;
/** A BYO phone number as the API takes it (`CreateByoPhoneNumberDTO`, camelCase keys). */
export type ByoPhoneNumber = FromSchema<
  Omit<typeof phoneNumberSchema, 'properties'> & {
    properties: Omit<typeof phoneNumberProperties, 'fallbackDestination'>;
  }
> & { fallbackDestination?: FallbackDestination };
