import { displayPath, type RelatedLocation } from '../diagnostic.js';

/** The other place a unique value was seen, as `file:line:column`, for the messages of the cross-file rules. */
export const where = (location: RelatedLocation): string => `${displayPath(location.filePath)}:${location.line}:${location.column}`;
