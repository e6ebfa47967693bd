import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';

/**
 * The SecretKey signs Tencent Cloud API requests; with its SecretId it can do anything the
 * owning account or CAM user may do.
 */
export const tencentCloudSecretKey: SecretRule = {
  id: 'tencent-cloud-secret-key',
  title: 'Tencent Cloud SecretKey',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-798', 'cloud', 'tencent'],
  equivalents: ['tencent-cloud-secret-key', 'TencentCloudKey'],
  description: 'A 32-character Tencent Cloud SecretKey assigned to a SecretKey name in a file that mentions Tencent Cloud.',
  remediation: 'Disable and delete the key in the CAM console (API Keys), check CloudAudit for its use, and use CAM roles or temporary credentials instead.',
  // The keyword anywhere in the file is context for a match elsewhere in it.
  keywordScope: 'file',
  keywords: ['akid', 'tencent', 'qcloud'],
  // A name such as SecretKey, TENCENTCLOUD_SECRET_KEY or qcloud_secret_key, an assignment, and 32 alphanumerics.
  pattern: /(?:(?:tencent|qcloud)[\w.-]{0,20}?secret|secret[_.-]?key)(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_/+=-])/i,
  minEntropy: 3.8,
  validate: (secret, groups) => !isMetadataNameSuffix(groups.suffix) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
