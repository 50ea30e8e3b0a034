import { globPath, levelsForFile } from '../config/resolve.js';
import type { Config } from '../schema/config-model.js';
import { defaultFileGlobs } from '../files.js';
import { resolveLimits } from '../load/index.js';
import { displayUrl } from '../rules/url.js';

const redacted = '<set>';

/**
 * A secret's value is never printed, only whether one is set; a URL's user and password are
 * secrets too, masked as lint messages mask them.
 */
function withoutSecrets<T extends { serverUrl?: string | null; serverUrlSecret?: string }>(item: T): T {
  const shown = { ...item };
  if (typeof shown.serverUrl === 'string') shown.serverUrl = displayUrl(shown.serverUrl);
  if (shown.serverUrlSecret !== undefined) shown.serverUrlSecret = redacted;
  return shown;
}

/** `--print-config <file>`: the configuration in effect for one file, as JSON. */
export function formatEffectiveConfig(
  config: Config,
  options: { cwd: string; configDir: string; configPath?: string; target: string; ruleOverrides?: Config['rules'] },
): string {
  // the path the config's globs see, exactly as the lint matches them
  const relative = globPath(options.target, options.configDir, options.cwd);
  const levels = levelsForFile(config, relative, options.ruleOverrides);
  const effective = {
    configFile: options.configPath ?? null,
    file: relative,
    rules: Object.fromEntries([...levels].map(([id, level]) => [id, level === 'warning' ? 'warn' : level])),
    org: config.org ? withoutSecrets(config.org) : null,
    assistants: config.assistants?.map(withoutSecrets) ?? null,
    squads: config.squads ?? null,
    credentials: config.credentials ?? null,
    files: config.files ?? defaultFileGlobs,
    ignores: config.ignores ?? [],
    limits: resolveLimits(config),
  };
  return JSON.stringify(effective, null, 2) + '\n';
}
