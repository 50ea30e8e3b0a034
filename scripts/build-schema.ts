/**
 * Writes the shipped JSON Schemas and the precompiled validators from the TypeScript model.
 * `--check` writes nothing and fails when a committed file differs (CI's drift check).
 */
import { failIfStale, writeGenerated } from './generated-files.js';
import { generatedFiles } from './schema-files.js';

failIfStale(writeGenerated(generatedFiles()), 'generated files differ from the model', 'npm run build:schema');
