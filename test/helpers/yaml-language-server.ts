import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node.js';

const require = createRequire(import.meta.url);

/** The `yaml` section of the settings, as VS Code's YAML extension sends it. */
export type YamlSettings = Record<string, unknown>;

/**
 * The real yaml-language-server (the one VS Code, Neovim and Helix use), started over stdio as an
 * editor starts it. The server pulls its settings with `workspace/configuration`, as from an editor.
 */
export class YamlLanguageServer {
  private readonly waiting = new Map<string, (diagnostics: Diagnostic[]) => void>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly connection: ProtocolConnection,
  ) {
    // the server does not say which version it validated: the first publication after opening is the answer
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      this.waiting.get(uri)?.(diagnostics);
      this.waiting.delete(uri);
    });
  }

  static async start(root: string, settings: YamlSettings): Promise<YamlLanguageServer> {
    const server = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onRequest(ConfigurationRequest.type, ({ items }) => items.map((item) => (item.section === 'yaml' ? settings : null)));
    connection.listen();
    const rootUri = pathToFileURL(root).href;
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: false } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    return new YamlLanguageServer(server, connection);
  }

  /** Opens a file as an editor does and returns the diagnostics the server publishes for it. */
  async diagnostics(filePath: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(filePath).href;
    const published = new Promise<Diagnostic[]>((resolve) => this.waiting.set(uri, resolve));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(filePath, 'utf8') },
    });
    return published;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
    if (this.process.exitCode === null) await new Promise((resolve) => this.process.once('exit', resolve));
  }
}
