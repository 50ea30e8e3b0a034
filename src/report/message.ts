import type { Diagnostic } from '../diagnostic.js';

/**
 * A diagnostic's message as people read it: with its hint, as actionlint writes one ("…; did you
 * mean …?"). The JSON format keeps the two apart, for tools that show a hint their own way.
 */
export function messageWithHint(diagnostic: Pick<Diagnostic, 'message' | 'hint'>): string {
  const { message, hint } = diagnostic;
  return hint && !message.endsWith(hint) ? `${message}; ${hint}` : message;
}
