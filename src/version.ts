/** Replaced at build time with package.json's version; read from it when run from source. */
declare const BYO_LINT_VERSION: string | undefined;

export const version: string = typeof BYO_LINT_VERSION === 'string' ? BYO_LINT_VERSION : '0.0.0-source';
