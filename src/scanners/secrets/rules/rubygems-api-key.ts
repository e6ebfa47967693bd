import type { SecretRule } from '../secret-rule.ts';

/**
 * A RubyGems API key pushes and yanks gem versions on behalf of its owner; a pushed backdoor
 * reaches every Gemfile that accepts the new version.
 */
export const rubygemsApiKey: SecretRule = {
  id: 'rubygems-api-key',
  title: 'RubyGems API key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'package-registry', 'supply-chain'],
  equivalents: ['rubygems-api-token', 'RubyGems'],
  description: 'A RubyGems.org API key (rubygems_ followed by 48 hex characters).',
  remediation: 'Delete the key at https://rubygems.org/profile/api_keys, review recent pushes, and use trusted publishing or a scoped key from CI secrets.',
  keywords: ['rubygems_'],
  // rubygems_ + 48 lowercase hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  skipPlaceholderCheck: true,
};
