import type { SecretRule } from '../secret-rule.ts';

// A 30-character AccessKey secret: alphanumerics only.
const nearbySecret = /(?<![A-Za-z0-9])[A-Za-z0-9]{30}(?![A-Za-z0-9])/g;
const pairWindowChars = 400;

/**
 * An Alibaba Cloud AccessKey id names the RAM identity half of a credential. Alone it is useful
 * for reconnaissance; next to its AccessKey secret it acts with every permission of that user.
 */
export const alibabaAccessKeyId: SecretRule = {
  id: 'alibaba-access-key-id',
  title: 'Alibaba Cloud AccessKey id',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'alibaba'],
  equivalents: ['alibaba-access-key-id', 'AlibabaCloud'],
  description: 'An Alibaba Cloud AccessKey id (LTAI followed by 12 to 20 alphanumerics).',
  remediation: 'Disable and delete the AccessKey pair in the RAM console, check ActionTrail for its use, and move workloads to RAM roles or STS tokens.',
  keywords: ['ltai'],
  // LTAI + 12 to 20 alphanumerics.
  pattern: /(?<![A-Za-z0-9_])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9_])/,
  minEntropy: 3.3,
  validate: (secret) => /[0-9]/.test(secret.slice(4)) && /[A-Za-z]/.test(secret.slice(4)),
  refine: (_secret, { text, index }) => {
    const window = text.slice(Math.max(0, index - pairWindowChars), index + pairWindowChars);
    const candidates = window.match(nearbySecret) ?? [];
    const hasSecret = candidates.some((value) => !value.startsWith('LTAI') && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value));
    if (hasSecret) return { severity: 'critical', message: 'Alibaba Cloud AccessKey id found next to what looks like its secret' };
    return { message: 'Alibaba Cloud AccessKey id found (no secret nearby)' };
  },
};
