import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';

/**
 * A JFrog Artifactory API key or reference token downloads private artifacts and, with deploy
 * permission, replaces the binaries and packages your builds consume.
 */
export const jfrogToken: SecretRule = {
  id: 'jfrog-token',
  title: 'JFrog Artifactory token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'package-registry', 'supply-chain'],
  equivalents: ['jfrog-api-key', 'jfrog-identity-token', 'ArtifactoryAccessToken', 'ArtifactoryReferenceToken'],
  description: 'A JFrog Artifactory API key (AKCp + 69 characters) or reference token (base64 of "reftkn:01:…").',
  remediation: 'Revoke it in the JFrog Platform (Edit Profile for API keys, Administration > Identity and Access > Access Tokens for tokens) and review recent deploys.',
  keywords: ['akcp', 'cmvmdgtu'],
  // AKCp + 69 alphanumerics; or a reference token: base64 of "reftkn:01:1…" (cmVmdGtuOjAxOjE) and at least 40 more characters.
  pattern: /(?<![A-Za-z0-9_+/])(?<secret>AKCp[A-Za-z0-9]{69}|cmVmdGtuOjAxOjE[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9_+/=])/,
  minEntropy: 4,
  validate: (secret) => {
    if (secret.startsWith('AKCp')) return true;
    const decoded = decodeBase64(secret);
    // reftkn:01:<expiry>:<random>
    return decoded !== undefined && /^reftkn:01:\d{10}:[A-Za-z0-9]{20,}/.test(decoded);
  },
};
