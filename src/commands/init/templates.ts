import { defaultFileGlobs } from '../../files.js';
import { homepage } from '../../homepage.js';
import { version } from '../../version.js';

/** A starter `.byo-lintrc.yaml`: valid as it is, every other setting shown commented out. */
export function starterConfig(configSchema: string): string {
  return `# yaml-language-server: $schema=${configSchema}
# byo-lint configuration (${homepage}#configuration).
# Every key is optional. \`byo-lint rules\` lists the rules and their default severities.

# Severity per rule, off, warn or error, such as \`rules: { prefer-e164: off, fallback-destination: error }\`.
rules: {}

# Your organisation's own settings, for the inbound-hangup and server-url-precedence rules.
# Leave org out while unknown; serverUrl: null says the organisation has no server URL.
# org:
#   serverUrl: https://hooks.example.com/vapi
#   serverUrlSecret: \${VAPI_ORG_SECRET}

# The assistants, squads and credentials that exist: an id not listed is reported (unknown-reference).
# assistants:
#   - { id: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e, name: support }
# squads:
#   - { id: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f, name: billing }
# credentials:
#   - { id: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23, name: main-trunk }

# The files a directory argument expands to (these are the defaults), and what to skip.
# files:
${defaultFileGlobs.map((glob) => `#   - "${glob}"`).join('\n')}
# ignores:
#   - "legacy/**"

# Other settings for some of the files.
# overrides:
#   - files: ["staging/**"]
#     rules: { plaintext-secret: off }
`;
}

export const preCommitSnippet = `# .pre-commit-config.yaml
repos:
  - repo: ${homepage}
    rev: v${version}
    hooks:
      - id: byo-lint
`;

export const githubActionsSnippet = `# .github/workflows/byo-lint.yml
name: byo-lint
on: [push, pull_request]
jobs:
  byo-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx byo-lint --format github
`;
