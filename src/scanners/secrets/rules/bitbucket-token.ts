import type { SecretRule } from '../secret-rule.ts';
import { crc32 } from '../checksums.ts';
import { shannonEntropy } from '../entropy.ts';

/**
 * Bitbucket app passwords and access tokens read and push code, open pull requests and change
 * pipelines for the workspace, project or repository they belong to.
 */
export const bitbucketToken: SecretRule = {
  id: 'bitbucket-token',
  title: 'Bitbucket token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'vcs'],
  equivalents: ['bitbucket-app-password', 'BitbucketAppPassword', 'AtlassianV2'],
  description: 'A Bitbucket Cloud app password (ATBB) or a workspace, project or repository access token (ATCTT, with its CRC-32 suffix checked).',
  remediation: 'Revoke it in Bitbucket (Personal settings > App passwords, or the access tokens page of the workspace, project or repository) and review recent pushes and pipeline runs.',
  keywords: ['atbb', 'atctt3xffgn0'],
  // ATBB + 32 alphanumerics, or ATCTT3xFfGN0 + base64url body + "=" + 8 uppercase hex (CRC-32 of
  // everything before it). Truncated ATCTT forms from docs match too, so validate rejects them
  // and the generic rule stays quiet about them.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATBB[A-Za-z0-9]{32}|ATCTT3xFfGN0[A-Za-z0-9_-]{0,300}(?:=[0-9A-F]{8})?)(?![A-Za-z0-9_=-])/,
  validate: (secret) => {
    if (shannonEntropy(secret) < 3.8) return false;
    if (secret.startsWith('ATBB')) return /[a-z]/.test(secret) && /[0-9]/.test(secret.slice(4));
    if (!/=[0-9A-F]{8}$/.test(secret) || secret.length < 120) return false;
    const checksumStart = secret.length - 8;
    return crc32(secret.slice(0, checksumStart)).toString(16).toUpperCase().padStart(8, '0') === secret.slice(checksumStart);
  },
};
