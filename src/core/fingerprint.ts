import { createHash } from 'node:crypto';

/**
 * A fingerprint identifies a finding across edits: rule + path + normalized content, never the
 * line number, so moving unrelated lines keeps a baseline valid. `occurrence` separates identical
 * content repeated in one file.
 */
export function fingerprintFinding(ruleId: string, path: string, content: string, occurrence: number): string {
  const normalized = content.replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(`${ruleId}\0${path}\0${normalized}\0${occurrence}`)
    .digest('hex')
    .slice(0, 32);
}
