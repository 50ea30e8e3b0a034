import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh directory holding the given files (paths relative to it). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'byo-lint-'));
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

export const validNumber = `provider: byo-phone-number
number: "+14155550100"
credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
`;
