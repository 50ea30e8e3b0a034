import { loadConfig } from '../config/load.js';
import { configFileName } from '../config/resolve.js';
import { configuredFiles, readInput } from '../files.js';
import { valueAt, type DataPath } from '../diagnostic.js';
import { entriesOf, misnamedMessage } from '../lint.js';
import { loadBytes, locate, nodeAt, resolveLimits, type LoadedFile } from '../load/index.js';
import { renderExplanation, type ExplainContext, type ExplainedFile, type ExplainedNumber } from '../report/explain.js';
import { analyseRouting, knowledgeOf } from '../rules/routing.js';
import { stringAt, type Knowledge } from '../rules/types.js';

export interface ExplainOptions {
  cwd: string;
  /** `-c, --config`: this file only. */
  config?: string;
  /** `--no-config-lookup` sets this false. */
  configLookup: boolean;
}

function explainLoaded(filePath: string, file: LoadedFile, knowledge: Knowledge): ExplainedFile {
  // the finding that stopped each unreadable document; the others' numbers are explained all the same, as they are linted
  const stops = [
    ...file.findings,
    ...file.documents.flatMap((document) => {
      if (document.checkable) return [];
      // an empty document has none: there is nothing in it to explain
      const stop = document.findings.find((finding) => finding.ruleId === 'syntax' || finding.ruleId === 'resource-limit');
      return stop ? [stop] : [];
    }),
  ];
  const problems = stops.map((stop) => ({ ...file.lines.position(stop.span?.start ?? 0), message: stop.message }));
  const numbers = file.documents
    .filter((document) => document.checkable)
    .flatMap((document) =>
      entriesOf(document.value).map(({ path: entryPath, value: entry }): ExplainedNumber => {
        // an unquoted number became a YAML integer: show it as written
        const asWritten = (relative: DataPath): string | undefined => {
          const value = valueAt(entry, relative);
          if (typeof value === 'string') return value;
          const node = nodeAt(document.source, [...entryPath, ...relative]);
          return node && file.text.slice(node.span.start, node.span.end);
        };
        const routing = analyseRouting(entry, knowledge);
        return {
          line: file.lines.position(locate(document.source, entryPath, 'value').start).line,
          name: stringAt(entry, 'name'),
          number: asWritten(['number']),
          fallback: routing.fallback && {
            number: asWritten(['fallbackDestination', 'number']),
            extension: asWritten(['fallbackDestination', 'extension']),
          },
          routing,
        };
      }),
    );
  return { filePath, problems, numbers };
}

/** The routing of every number in the files, with the config found as the lint command finds it. */
export async function collectExplanations(
  patterns: readonly string[],
  options: ExplainOptions,
): Promise<{ files: ExplainedFile[]; context: ExplainContext }> {
  const { cwd } = options;
  const loaded = await loadConfig({ cwd, configFile: options.config, lookup: options.configLookup });
  const { config } = loaded;
  const configFile = loaded.filePath && configFileName(loaded.filePath, cwd);
  const knowledge = knowledgeOf(config, configFile);
  const limits = resolveLimits(config);
  const paths = configuredFiles(patterns, config, { cwd, baseDir: loaded.directory, errorOnUnmatchedPattern: true });
  const files = paths.files.map((filePath) => {
    const bytes = readInput(filePath, cwd, limits.maxFileBytes);
    return explainLoaded(filePath, loadBytes(bytes, filePath, limits), knowledge);
  });
  for (const filePath of paths.misnamed)
    files.push({ filePath, problems: [{ line: 1, column: 1, message: misnamedMessage }], numbers: [] });
  return { files, context: { configFile } };
}

/** `byo-lint explain <paths...>`: the text the command prints. */
export async function explain(patterns: readonly string[], options: ExplainOptions): Promise<string> {
  const { files, context } = await collectExplanations(patterns, options);
  return renderExplanation(files, context);
}
