import type { SecretRule } from '../secret-rule.ts';

// A 32-character SecretKey: alphanumerics only.
const nearbySecret = /(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])/g;
const pairWindowChars = 400;

/**
 * A Tencent Cloud SecretId names one half of an API credential. Next to its SecretKey it signs
 * requests with every permission of the CAM user or root account it belongs to.
 */
export const tencentCloudSecretId: SecretRule = {
  id: 'tencent-cloud-secret-id',
  title: 'Tencent Cloud SecretId',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'tencent'],
  equivalents: ['tencent-cloud-secret-id', 'TencentCloudKey'],
  description: 'A Tencent Cloud API SecretId (AKID followed by 32 alphanumerics).',
  remediation: 'Disable and delete the key in the CAM console (API Keys), check CloudAudit for its use, and use CAM roles or temporary credentials instead.',
  keywords: ['akid'],
  // AKID + 32 alphanumerics.
  pattern: /(?<![A-Za-z0-9_])(?<secret>AKID[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  refine: (secret, { text, index }) => {
    const window = text.slice(Math.max(0, index - pairWindowChars), index + pairWindowChars);
    const candidates = window.match(nearbySecret) ?? [];
    const hasKey = candidates.some((value) => !secret.endsWith(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value));
    if (hasKey) return { severity: 'critical', message: 'Tencent Cloud SecretId found next to what looks like its SecretKey' };
    return { message: 'Tencent Cloud SecretId found (no SecretKey nearby)' };
  },
};
