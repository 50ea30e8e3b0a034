import { configFileSchema } from '../schema/config-model.js';
import { phoneNumbersFileSchema } from '../schema/model.js';

/** `byo-lint schema [--config]`: the shipped schema, exactly as in `schemas/`. */
export function formatSchema(which: 'phone-numbers' | 'config'): string {
  return JSON.stringify(which === 'config' ? configFileSchema : phoneNumbersFileSchema, null, 2) + '\n';
}
