import type { SecretRule } from '../secret-rule.ts';
import { hasValidBase62Crc32 } from '../checksums.ts';

/**
 * GitHub personal access tokens (classic), OAuth, user-to-server, server-to-server and refresh
 * tokens act as their owner on every repository they can reach: read private code, push
 * commits, publish releases, change workflows. The CRC-32 suffix lets us reject made-up strings.
 */
export const githubToken: SecretRule = {
  id: 'github-token',
  title: 'GitHub token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'vcs'],
  equivalents: ['github-pat', 'github-oauth', 'github-app-token', 'github-refresh-token', 'Github'],
  description: 'A GitHub token (ghp_, gho_, ghu_, ghs_ or ghr_) with a valid checksum.',
  remediation: 'Revoke it at https://github.com/settings/tokens (or the app settings), then use the workflow GITHUB_TOKEN or a secret store.',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  // gh + type letter + underscore + 36 base62 characters, not glued to other word characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>gh[pousr]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  validate: (secret) => hasValidBase62Crc32(secret.slice(4)),
  skipPlaceholderCheck: true,
};
