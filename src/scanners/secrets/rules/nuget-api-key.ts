import type { SecretRule } from '../secret-rule.ts';

/**
 * A NuGet.org API key pushes or unlists packages under its owner's account, so a leaked key
 * lets anyone publish a malicious version of those packages.
 */
export const nugetApiKey: SecretRule = {
  id: 'nuget-api-key',
  title: 'NuGet API key',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-798', 'package-registry', 'supply-chain'],
  equivalents: ['nuget-api-key', 'NuGetApiKey'],
  description: 'A NuGet.org API key: oy2 followed by 43 lowercase letters and digits.',
  remediation: 'Delete or regenerate the key at https://www.nuget.org/account/apikeys and push packages with a scoped key stored in CI secrets.',
  keywords: ['oy2'],
  // oy2 + 43 lowercase base36 characters, standing alone.
  pattern: /(?<![A-Za-z0-9_])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  // Real keys mix letters and digits; 46 letters in a row is a word list, not a key.
  validate: (secret) => /[0-9]/.test(secret.slice(3)) && /[a-z]/.test(secret.slice(3)),
};
