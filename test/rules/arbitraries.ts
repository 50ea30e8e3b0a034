import fc from 'fast-check';

// Generated phone-number entries for the property tests of the rules and their shortcuts.

/** Values of every kind that the fields of a number meet in real files, and in broken ones. */
const anyValue = fc.oneof(
  fc.constantFrom(
    '+14155550100',
    '14155550100',
    '1001',
    '',
    '${VAPI_SERVER_SECRET}',
    'secret',
    'aaaaaaaaaaaaaaaaaaaa',
    'http://localhost/x',
    'https://hooks.example.com/vapi',
    'hooks.example.com',
    'sip:desk@pbx.example.com',
    'pbx example',
    '9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e',
    '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    'support',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
);
const fallbackDestination = fc.record(
  {
    type: fc.constantFrom('number', 'sip', 'other'),
    number: anyValue,
    sipUri: anyValue,
    extension: anyValue,
    numberE164CheckEnabled: fc.oneof(fc.boolean(), anyValue),
    message: anyValue,
  },
  { requiredKeys: [] },
);
export const anyEntry: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    provider: anyValue,
    number: anyValue,
    credentialId: anyValue,
    name: anyValue,
    assistantId: anyValue,
    squadId: anyValue,
    serverUrl: anyValue,
    serverUrlSecret: anyValue,
    fallbackDestination: fc.oneof(fallbackDestination, anyValue),
  },
  { requiredKeys: [] },
);
