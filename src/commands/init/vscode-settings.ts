// the ESM build: the package's main entry is a UMD bundle whose inner require() calls esbuild cannot follow
import { applyEdits, modify, parse, printParseErrorCode, type FormattingOptions, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { isMapping } from '../../diagnostic.js';
import { InputError } from '../../files.js';

export interface Association {
  schema: string;
  yamlGlobs: readonly string[];
  jsonGlobs: readonly string[];
}

type Settings = Record<string, unknown>;

/** `ValueExpected` → `value expected`. */
const describeParseError = (code: ParseError['error']) =>
  printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

const union = (existing: unknown, added: readonly string[]): string[] => {
  const kept = (Array.isArray(existing) ? existing : typeof existing === 'string' ? [existing] : []).filter(
    (item): item is string => typeof item === 'string',
  );
  return [...kept, ...added.filter((glob) => !kept.includes(glob))];
};

/** Keeps the file's own indentation for what is added. */
function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol: '\n' };
  return { insertSpaces: true, tabSize: indent?.length ?? 2, eol: '\n' };
}

/** Whether a schema path or URL is byo-lint's phone-number schema, wherever it was found. */
const isPhoneNumberSchema = (location: string) => /(^|[/\\])byo-phone-numbers\.schema\.json$/.test(location);

/**
 * Adds the association to VS Code's settings (JSON with comments): edits are made in place, so
 * comments, other keys and other schema associations stay as they were; running it twice adds
 * nothing. An association with byo-lint's schema somewhere else (an absolute path written before
 * byo-lint was installed) is replaced, not kept beside the new one: on another machine it would
 * mark every phone-number file.
 */
export function mergeVscodeSettings(text: string | undefined, association: Association, fileName: string): string {
  let result = text === undefined || text.trim() === '' ? '{}\n' : text;
  const errors: ParseError[] = [];
  const settings: unknown = parse(result, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const [first] = errors;
    const before = result.slice(0, first.offset).split('\n');
    throw new InputError(
      `cannot update ${fileName}: ${describeParseError(first.error)} at ${before.length}:${before[before.length - 1].length + 1}; fix it, or add the schema association by hand (README, "Editors")`,
    );
  }
  if (!isMapping(settings)) throw new InputError(`cannot update ${fileName}: it is not a JSON object`);
  const yamlSchemas = settings['yaml.schemas'];
  const jsonSchemas = settings['json.schemas'];
  if (yamlSchemas !== undefined && !isMapping(yamlSchemas))
    throw new InputError(`cannot update ${fileName}: "yaml.schemas" is not an object`);
  if (jsonSchemas !== undefined && !Array.isArray(jsonSchemas))
    throw new InputError(`cannot update ${fileName}: "json.schemas" is not an array`);

  const options = { formattingOptions: formattingOf(result) };
  const edit = (path: (string | number)[], value: unknown, isArrayInsertion = false) => {
    result = applyEdits(result, modify(result, path, value, { ...options, isArrayInsertion }));
  };
  const stale = (location: unknown) => typeof location === 'string' && location !== association.schema && isPhoneNumberSchema(location);
  for (const location of Object.keys(yamlSchemas ?? {})) if (stale(location)) edit(['yaml.schemas', location], undefined);
  // from the end, so that the indices of the entries still to remove stay right
  for (let at = (jsonSchemas?.length ?? 0) - 1; at >= 0; at--) {
    const entry = jsonSchemas![at];
    if (isMapping(entry) && stale(entry.url)) edit(['json.schemas', at], undefined);
  }
  const kept = Array.isArray(jsonSchemas) ? jsonSchemas.filter((entry) => !(isMapping(entry) && stale(entry.url))) : undefined;
  edit(['yaml.schemas', association.schema], union(yamlSchemas?.[association.schema], association.yamlGlobs));
  const index = kept?.findIndex((entry) => isMapping(entry) && entry.url === association.schema) ?? -1;
  if (kept === undefined) edit(['json.schemas'], [{ fileMatch: [...association.jsonGlobs], url: association.schema }]);
  else if (index >= 0) edit(['json.schemas', index, 'fileMatch'], union((kept[index] as Settings).fileMatch, association.jsonGlobs));
  else edit(['json.schemas', kept.length], { fileMatch: [...association.jsonGlobs], url: association.schema }, true);
  return result.endsWith('\n') ? result : `${result}\n`;
}
