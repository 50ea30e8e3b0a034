/**
 * import() of what is not bundled: cosmiconfig and JavaScript config files. The command runs its
 * bundle through V8's code cache (src/bin.ts), where Node 20 has no import(); it passes its own
 * under this key instead.
 */
export const runtimeImportKey = Symbol.for('byo-lint.import');

type Importer = (specifier: string) => Promise<unknown>;

export function importAtRuntime(specifier: string): Promise<unknown> {
  const provided = (globalThis as { [runtimeImportKey]?: Importer })[runtimeImportKey];
  return provided ? provided(specifier) : import(specifier);
}
