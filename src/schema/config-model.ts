/**
 * The one source of truth for byo-lint's own configuration: `schemas/byo-lint-config.schema.json`,
 * its precompiled validator and the `Config` type all come from here.
 */
import type { FromSchema } from 'json-schema-to-ts';
import { maxDepthCeiling } from '../load/limits.js';
import { schemaBaseUrl } from './model.js';

/** Semantic rule ids, the keys `rules` accepts; the registry in src/rules is checked against it. */
export const semanticRuleIds = [
  'quoted-number',
  'inbound-hangup',
  'fallback-destination',
  'unused-fallback',
  'assistant-and-squad',
  'server-url',
  'insecure-server-url',
  'unreachable-server-url',
  'server-url-precedence',
  'orphan-server-secret',
  'plaintext-secret',
  'weak-secret',
  'duplicate-number',
  'duplicate-name',
  'fallback-loop',
  'e164-number',
  'prefer-e164',
  'sip-uri',
  'id-format',
  'unknown-reference',
] as const;

export type SemanticRuleId = (typeof semanticRuleIds)[number];

const severitySchema = {
  description: 'off, warn or error (0, 1 or 2 as in ESLint).',
  markdownDescription: '`off`, `warn` or `error` (`0`, `1` or `2` as in ESLint).',
  enum: ['off', 'warn', 'error', 0, 1, 2],
} as const;

const rulesSchema = {
  type: 'object',
  description: 'Severity per rule id; unlisted rules keep their default.',
  markdownDescription: 'Severity per rule id; unlisted rules keep their default. See `byo-lint rules`.',
  propertyNames: { enum: semanticRuleIds },
  additionalProperties: severitySchema,
  examples: [{ 'prefer-e164': 'off', 'fallback-destination': 'error' }],
} as const;

const globsSchema = (description: string) =>
  ({ type: 'array', items: { type: 'string', minLength: 1 }, description, markdownDescription: description }) as const;

// an empty string is no URL, yet the rules would take it for one; null is how to say there is none
const urlOrNull = (description: string) =>
  ({ type: ['string', 'null'], minLength: 1, description, markdownDescription: description }) as const;

const idSchema = {
  type: 'string',
  minLength: 1,
  description: 'The id Vapi gave it.',
  markdownDescription: 'The id Vapi gave it.',
} as const;
const nameSchema = { type: 'string', description: 'Its name, for messages.', markdownDescription: 'Its name, for messages.' } as const;

const secretSchema = {
  type: 'string',
  description: 'Whether a secret is set at this level; write a placeholder, the value is never read for anything else.',
  markdownDescription: 'Whether a secret is set at this level; write a placeholder such as `${ORG_SECRET}`, the value is never printed.',
} as const;

export const configFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: `${schemaBaseUrl}byo-lint-config.schema.json`,
  title: 'byo-lint configuration',
  description: 'Settings for byo-lint: rule severities, what it knows of your organisation, and which files it reads.',
  markdownDescription:
    'Settings for [byo-lint](https://github.com/byo-lint/byo-lint): rule severities, what it knows of your organisation, and which files it reads.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
      description: 'The JSON Schema of this file, for editors.',
      markdownDescription: 'The JSON Schema of this file, for editors.',
    },
    rules: rulesSchema,
    org: {
      type: 'object',
      description: "Your organisation's own settings, used by the routing and precedence rules.",
      markdownDescription: "Your organisation's own settings, used by the routing and precedence rules.",
      additionalProperties: false,
      properties: {
        serverUrl: urlOrNull("The organisation's server URL; null when it has none. Leave it out when unknown."),
        serverUrlSecret: secretSchema,
      },
    },
    assistants: {
      type: 'array',
      description: 'Assistants that exist; enables unknown-reference for assistantId and the precedence checks.',
      markdownDescription: 'Assistants that exist; enables `unknown-reference` for `assistantId` and the precedence checks.',
      items: {
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: {
          id: idSchema,
          name: nameSchema,
          serverUrl: urlOrNull("The assistant's own server URL, which wins over the number's; null when it has none."),
          serverUrlSecret: secretSchema,
        },
      },
    },
    squads: {
      type: 'array',
      description: 'Squads that exist; enables unknown-reference for squadId.',
      markdownDescription: 'Squads that exist; enables `unknown-reference` for `squadId`.',
      items: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: idSchema, name: nameSchema } },
    },
    credentials: {
      type: 'array',
      description: 'byo-sip-trunk credentials that exist; enables unknown-reference for credentialId.',
      markdownDescription: '`byo-sip-trunk` credentials that exist; enables `unknown-reference` for `credentialId`.',
      items: { type: 'object', required: ['id'], additionalProperties: false, properties: { id: idSchema, name: nameSchema } },
    },
    files: globsSchema('Globs of the files a directory argument expands to.'),
    ignores: globsSchema('Globs of files never linted when a directory is expanded.'),
    overrides: {
      type: 'array',
      description: 'Rule severities for files matching globs; later entries win.',
      markdownDescription: 'Rule severities for files matching globs; later entries win.',
      items: {
        type: 'object',
        required: ['files'],
        additionalProperties: false,
        properties: { files: globsSchema('Globs this override applies to.'), rules: rulesSchema },
      },
    },
    limits: {
      type: 'object',
      description: 'Bounds on input size, for hostile or huge files.',
      markdownDescription: 'Bounds on input size, for hostile or huge files.',
      additionalProperties: false,
      properties: {
        maxFileBytes: { type: 'integer', minimum: 1, description: 'Bytes of one file.', markdownDescription: 'Bytes of one file.' },
        maxDepth: {
          type: 'integer',
          minimum: 1,
          maximum: maxDepthCeiling,
          description: `Nesting depth, at most ${maxDepthCeiling}.`,
          markdownDescription: `Nesting depth, at most ${maxDepthCeiling}.`,
        },
        maxDocuments: {
          type: 'integer',
          minimum: 1,
          description: 'YAML documents per file.',
          markdownDescription: 'YAML documents per file.',
        },
        maxAliasNodes: {
          type: 'integer',
          minimum: 0,
          description: 'Nodes aliases may add in one file, all its documents together.',
          markdownDescription: 'Nodes aliases may add in one file, all its documents together.',
        },
        maxStringLength: {
          type: 'integer',
          minimum: 1,
          description: 'Characters of one string.',
          markdownDescription: 'Characters of one string.',
        },
      },
    },
  },
  defaultSnippets: [
    {
      label: 'byo-lint configuration',
      body: { org: { serverUrl: '${1:https://hooks.example.com/vapi}' }, rules: { 'prefer-e164': 'warn' } },
    },
  ],
} as const;

export type Config = FromSchema<typeof configFileSchema>;
export type RuleSetting = (typeof severitySchema)['enum'][number];
