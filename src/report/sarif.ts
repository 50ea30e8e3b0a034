import { pathToFileURL } from 'node:url';
import type { Location, Log, ReportingConfiguration, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic } from '../diagnostic.js';
import { homepage } from '../homepage.js';
import { catalogue, type CatalogueEntry } from '../rules/index.js';
import { version } from '../version.js';
import { relativePath } from './location.js';
import type { Formatter } from './types.js';
import { messageWithHint } from './message.js';

/** Artifact URIs are relative to this base, which the log maps to the working directory. */
const sourceRoot = '%SRCROOT%';

const level = (severity: 'error' | 'warn' | 'warning') => (severity === 'error' ? 'error' : 'warning');

function descriptor(item: CatalogueEntry): ReportingDescriptor {
  const properties = { configurable: item.configurable, fixable: item.fixable };
  const defaultConfiguration: ReportingConfiguration = { level: level(item.defaultSeverity) };
  if (item.kind === 'structural') {
    return {
      id: item.id,
      shortDescription: { text: item.description },
      fullDescription: { text: `${item.description}. A structural check: always on, always an error.` },
      help: { text: `${item.description}. This check is always on and cannot be turned off.` },
      defaultConfiguration,
      properties,
    };
  }
  if (item.kind === 'directive') {
    return {
      id: item.id,
      shortDescription: { text: item.description },
      fullDescription: {
        text: `${item.description}. A disable directive that no longer suppresses anything hides the next real problem on its line; remove it.`,
      },
      help: { text: 'Remove the directive, or the rule ids in it that suppress nothing.' },
      defaultConfiguration,
      properties,
    };
  }
  const { rationale, invalid, valid } = item.docs;
  return {
    id: item.id,
    shortDescription: { text: item.description },
    fullDescription: { text: rationale },
    help: {
      text: `${rationale}\n\nSet its severity with \`rules: { ${item.id}: off | warn | error }\` in the byo-lint config.`,
      markdown: [
        rationale,
        'Reported:',
        '```yaml\n' + invalid + '```',
        'Passes:',
        '```yaml\n' + valid + '```',
        `Set its severity with \`rules: { ${item.id}: off | warn | error }\` in the byo-lint config.`,
      ].join('\n\n'),
    },
    helpUri: `${homepage}/blob/main/docs/rules/${item.id}.md`,
    defaultConfiguration,
    properties,
  };
}

/** Segments are percent-encoded so that a file named `a#b.yaml` or `<stdin>` is still a valid URI reference. */
const artifactUri = (cwd: string, filePath: string) => relativePath(cwd, filePath).split('/').map(encodeURIComponent).join('/');

function location(cwd: string, filePath: string, start: { line: number; column: number }, end?: { line: number; column: number }) {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(cwd, filePath), uriBaseId: sourceRoot },
      region: end
        ? { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
        : { startLine: start.line, startColumn: start.column },
    },
  };
}

function toResult(diagnostic: Diagnostic, cwd: string, ruleIndex: ReadonlyMap<string, number>): Result {
  const result: Result = {
    ruleId: diagnostic.ruleId,
    level: level(diagnostic.severity),
    message: { text: messageWithHint(diagnostic) },
    locations: [location(cwd, diagnostic.filePath, diagnostic, { line: diagnostic.endLine, column: diagnostic.endColumn })],
    properties: { path: diagnostic.path, ...(diagnostic.document === undefined ? {} : { document: diagnostic.document }) },
  };
  const index = ruleIndex.get(diagnostic.ruleId);
  if (index !== undefined) result.ruleIndex = index;
  if (diagnostic.related?.length) {
    result.relatedLocations = diagnostic.related.map((related, position): Location => ({
      id: position + 1,
      message: { text: related.message },
      ...location(cwd, related.filePath, related),
    }));
  }
  return result;
}

/** SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers. */
export const sarif: Formatter = (results, { cwd }) => {
  const descriptors = catalogue.map(descriptor);
  // a finding from outside the catalogue (results a library caller made) still gets a descriptor, so every ruleIndex resolves
  for (const result of results) {
    for (const { ruleId } of result.diagnostics) {
      if (!descriptors.some((descriptor) => descriptor.id === ruleId)) descriptors.push({ id: ruleId });
    }
  }
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const root = pathToFileURL(cwd).href;
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'byo-lint', version, informationUri: homepage, rules: descriptors } },
        originalUriBaseIds: { [sourceRoot]: { uri: root.endsWith('/') ? root : `${root}/` } },
        // byo-lint counts columns in characters as an editor shows them, not in UTF-16 units
        columnKind: 'unicodeCodePoints',
        results: results.flatMap((result) => result.diagnostics.map((diagnostic) => toResult(diagnostic, cwd, ruleIndex))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

export default sarif;
