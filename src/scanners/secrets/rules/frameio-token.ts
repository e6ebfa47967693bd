import type { SecretRule } from '../secret-rule.ts';

/**
 * A Frame.io developer token reads, uploads and deletes media in the owner's projects, often
 * unreleased footage.
 */
export const frameioToken: SecretRule = {
  id: 'frameio-token',
  title: 'Frame.io developer token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'media', 'frameio'],
  equivalents: ['frameio-api-token', 'FrameIO'],
  description: 'A Frame.io developer token (fio-u- + 64 characters).',
  remediation: 'Delete the token in the Frame.io developer site (Tokens) and keep the new one in a secret store.',
  keywords: ['fio-u-'],
  // fio-u- then 64 base64url characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
};
