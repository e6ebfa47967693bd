import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';

/**
 * The AccessKey secret is the signing half of an Alibaba Cloud credential: with the id it
 * calls every API the RAM user may call, from ECS and OSS to billing.
 */
export const alibabaAccessKeySecret: SecretRule = {
  id: 'alibaba-access-key-secret',
  title: 'Alibaba Cloud AccessKey secret',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-798', 'cloud', 'alibaba'],
  equivalents: ['alibaba-secret-key', 'AlibabaCloud'],
  description: 'A 30-character Alibaba Cloud AccessKey secret assigned to an AccessKeySecret / secret key name in a file that mentions Alibaba Cloud.',
  remediation: 'Disable and delete the AccessKey pair in the RAM console, check ActionTrail for its use, and move workloads to RAM roles or STS tokens.',
  // The keyword anywhere in the file is context for a match elsewhere in it.
  keywordScope: 'file',
  keywords: ['ltai', 'alibaba', 'aliyun', 'alicloud'],
  // A name such as access_key_secret, AccessKeySecret, ALIBABA_CLOUD_ACCESS_KEY_SECRET or secret_key, an assignment, and 30 alphanumerics.
  pattern: /(?:access[_.-]?key[_.-]?secret|(?:ali(?:baba|yun|cloud)|ali)[\w.-]{0,20}?secret|secret[_.-]?key)(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9_/+=-])/i,
  minEntropy: 3.8,
  validate: (secret, groups) => !isMetadataNameSuffix(groups.suffix) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
