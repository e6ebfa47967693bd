import type { SecretRule } from '../secret-rule.ts';

// A 40-character AWS secret access key: base64 alphabet without padding.
const nearbySecretKey = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/;
const pairWindowChars = 600;

/**
 * An access key id is half of an AWS credential. Alone it identifies the account and user and
 * is useful for reconnaissance; next to its secret key it grants whatever the user may do, so
 * the finding is raised to critical when a secret key sits nearby.
 */
export const awsAccessKeyId: SecretRule = {
  id: 'aws-access-key-id',
  title: 'AWS access key id',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'aws'],
  equivalents: ['aws-access-token', 'AWS', 'CKV_SECRET_2'],
  description: 'An AWS access key id (AKIA for IAM users, ASIA for temporary credentials, and the other documented prefixes).',
  remediation: 'Deactivate and delete the key in IAM, check CloudTrail for its use, and move workloads to roles or OIDC federation.',
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  // Documented key id prefixes followed by 16 base32 characters (A-Z, 2-7).
  pattern: /(?<![A-Za-z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/,
  skipPlaceholderCheck: false,
  refine: (_secret, { text, index }) => {
    const window = text.slice(Math.max(0, index - pairWindowChars), index + pairWindowChars);
    const candidate = nearbySecretKey.exec(window);
    if (candidate && /[a-z]/.test(candidate[0]) && /[A-Z]/.test(candidate[0]) && /[0-9]/.test(candidate[0])) {
      return { severity: 'critical', message: 'AWS access key id found next to what looks like its secret access key' };
    }
    return { message: 'AWS access key id found (no secret access key nearby)' };
  },
};
