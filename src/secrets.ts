import type { DataPath } from './diagnostic.js';

/** Keys whose values are secrets: no message, report or debug line may show them. */
const secretKeys: ReadonlySet<string> = new Set(['serverUrlSecret']);

/** Whether a value sits at or under a secret key (a mapping written where a secret goes is secret too). */
export function isSecretPath(path: DataPath): boolean {
  return path.some((segment) => typeof segment === 'string' && secretKeys.has(segment));
}
