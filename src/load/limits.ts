/**
 * Bounds that keep hostile input from exhausting time, memory or the stack. The defaults sit
 * far above any real phone-number file (a deep one nests five levels, a large one is 30 MB).
 */
export interface Limits {
  /** Bytes of one file. */
  maxFileBytes: number;
  /** Collections nested inside each other. */
  maxDepth: number;
  /** YAML documents in one file. */
  maxDocuments: number;
  /** Nodes that aliases may add by expansion, in all the documents of a file together. */
  maxAliasNodes: number;
  /** Characters of one string or key. */
  maxStringLength: number;
}

/**
 * The deepest nesting any setting may allow. The YAML parser recurses, and on Node's default
 * stack it runs out at about 700 levels of flow collections; this keeps a wide margin.
 */
export const maxDepthCeiling = 250;

export const defaultLimits: Limits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxDepth: 100,
  maxDocuments: 1000,
  // a large file's worth of nodes: 100,000 numbers may each alias a shared fallbackDestination
  // (three nodes), while a billion-laughs expansion still stops (about 0.5 s and 220 MB here)
  maxAliasNodes: 1_000_000,
  maxStringLength: 100_000,
};

/** The limits in effect: the defaults, each overridden by the config's `limits` where it sets one. */
export function resolveLimits(config: { limits?: Partial<Limits> }): Limits {
  return { ...defaultLimits, ...config.limits };
}

export const depthExceededMessage = (limits: Limits): string =>
  `nesting deeper than ${limits.maxDepth} levels; a phone-number file needs five`;

export const stringTooLongMessage = (length: number, limits: Limits): string =>
  `string of ${length} characters is longer than the limit of ${limits.maxStringLength}`;

export const aliasLimitMessage = (limits: Limits): string =>
  `aliases in this file expand to more than ${limits.maxAliasNodes} nodes (limits.maxAliasNodes); write the values out instead of nesting or repeating aliases`;
