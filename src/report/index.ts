import type { Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

/** Formats load on demand so that start-up pays only for the one in use. */
const loaders: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  compact: () => import('./compact.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  gitlab: () => import('./gitlab.js'),
};

export const formatNames = Object.keys(loaders);

export class UnknownFormatError extends Error {}

export async function getFormatter(name: string): Promise<Formatter> {
  const load = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
  if (!load) throw new UnknownFormatError(`unknown format "${name}"; expected one of ${formatNames.join(', ')}`);
  return (await load()).default;
}
