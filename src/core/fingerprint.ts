import * as crypto from 'node:crypto';

// One-shot hashing (Node 20.12 and later) skips building a Hash object per finding.
const hashOnce = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/**
 * A fingerprint identifies a finding across edits: rule + path + normalized content, never the
 * line number, so moving unrelated lines keeps a baseline valid. `occurrence` separates identical
 * content repeated in one file.
 */
export function fingerprintFinding(ruleId: string, path: string, content: string, occurrence: number): string {
  const normalized = content.replace(/\s+/g, ' ').trim();
  const input = `${ruleId}\0${path}\0${normalized}\0${occurrence}`;
  const digest = hashOnce ? hashOnce('sha256', input, 'hex') : crypto.createHash('sha256').update(input).digest('hex');
  return digest.slice(0, 32);
}
