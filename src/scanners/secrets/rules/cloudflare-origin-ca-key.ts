import type { SecretRule } from '../secret-rule.ts';

/**
 * An Origin CA key issues and revokes the certificates that Cloudflare trusts on your origin
 * servers; with it an attacker can mint certificates for your zones' origin connections.
 */
export const cloudflareOriginCaKey: SecretRule = {
  id: 'cloudflare-origin-ca-key',
  title: 'Cloudflare Origin CA key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'crypto'],
  equivalents: ['cloudflare-origin-ca-key', 'CloudflareCaKey'],
  description: 'A Cloudflare Origin CA key (v1.0- followed by 24 and 146 hex characters).',
  remediation: 'Change the Origin CA key under My Profile > API Tokens and prefer API tokens with the SSL and Certificates permission.',
  keywords: ['v1.0-'],
  // v1.0- + 24 hex + - + 146 hex.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])/,
  minEntropy: 3.3,
  skipPlaceholderCheck: true,
};
