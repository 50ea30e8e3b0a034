import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
// the package's main entry is UMD, whose exports Node's ESM loader cannot name one by one
import jsonLanguageService, { type Diagnostic, type LanguageService, type SchemaConfiguration } from 'vscode-json-languageservice';

const { getLanguageService, TextDocument } = jsonLanguageService;

/** An entry of VS Code's `json.schemas` setting, as `byo-lint init` writes it. */
export interface JsonSchemaSetting {
  fileMatch?: string[];
  url?: string;
}

/**
 * The JSON language service VS Code validates JSON with (the npm package
 * vscode-json-languageservice, which VS Code's JSON language server wraps), set up as that server
 * sets it up: schemas are read from disk, a relative `"$schema"` is resolved against the document,
 * and the `json.schemas` entries of a workspace folder's `.vscode/settings.json` apply within that
 * folder, a `./` url resolved against it.
 */
export class JsonLanguageService {
  private constructor(private readonly service: LanguageService) {}

  /** `workspaceFolder` and `schemas`: the folder whose `.vscode/settings.json` holds `json.schemas`. */
  static create(workspaceFolder?: string, schemas: readonly JsonSchemaSetting[] = []): JsonLanguageService {
    const service = getLanguageService({
      // only files are read: a schema named by a URL fails to load, as it would offline
      schemaRequestService: async (uri) => {
        if (!uri.startsWith('file:')) throw new Error(`not fetched: ${uri}`);
        return readFile(fileURLToPath(uri), 'utf8');
      },
      workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
    });
    const folderUri = workspaceFolder === undefined ? undefined : pathToFileURL(workspaceFolder).href;
    const configured: SchemaConfiguration[] = schemas.flatMap((setting) => {
      if (setting.url === undefined) return [];
      // VS Code resolves a url starting with `.` or `/` against the folder the settings belong to
      const uri = folderUri !== undefined && /^[./]/.test(setting.url) ? new URL(setting.url, `${folderUri}/`).href : setting.url;
      return [{ uri, fileMatch: setting.fileMatch, folderUri }];
    });
    service.configure({ validate: true, allowComments: false, schemas: configured });
    return new JsonLanguageService(service);
  }

  /** The diagnostics of a `.json` file, as VS Code's JSON language server computes them. */
  async diagnostics(filePath: string): Promise<Diagnostic[]> {
    const document = TextDocument.create(pathToFileURL(filePath).href, 'json', 1, readFileSync(filePath, 'utf8'));
    // the settings VS Code's JSON server uses for the `json` language (`jsonc` relaxes both)
    return this.service.doValidation(document, this.service.parseJSONDocument(document), { comments: 'error', trailingCommas: 'error' });
  }
}
