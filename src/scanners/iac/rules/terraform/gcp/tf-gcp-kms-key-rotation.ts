import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

const ONE_DAY = 24 * 60 * 60;
const NINETY_DAYS = 90 * ONE_DAY;

/**
 * A key that never rotates protects an ever-growing amount of data under one secret: if it leaks,
 * everything ever encrypted with it is exposed.
 */
export const tfGcpKmsKeyRotation: IacRule = {
  id: 'tf-gcp-kms-key-rotation',
  title: 'Cloud KMS key not rotated within 90 days',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-320', 'CIS-GCP-1.10'],
  equivalents: ['CKV_GCP_43', 'AVD-GCP-0065'],
  description: 'A symmetric `google_kms_crypto_key` without `rotation_period`, or with one outside 1 to 90 days (written in seconds, such as `"7776000s"`). Asymmetric keys, which cannot rotate automatically, are not judged.',
  remediation: 'Set `rotation_period = "7776000s"` (90 days) or shorter.',
  format: 'terraform',
  resourceTypes: ['google_kms_crypto_key'],
  check(key) {
    const purpose = valueAt(key, 'purpose');
    if (isUnknown(purpose)) return unknown(purpose.reason, 'purpose');
    if (purpose === 'ASYMMETRIC_SIGN' || purpose === 'ASYMMETRIC_DECRYPT') return unknown('asymmetric keys cannot rotate automatically', 'purpose');
    const period = valueAt(key, 'rotation_period');
    if (isUnknown(period)) return unknown(period.reason, 'rotation_period');
    if (period === undefined || period === null) return fail('the key is never rotated: if it leaks, everything it ever encrypted is exposed', 'rotation_period');
    // Durations are written in seconds with an "s" suffix: "7776000s".
    const match = typeof period === 'string' ? /^(\d+)(?:\.\d+)?s$/.exec(period.trim()) : null;
    const seconds = match ? Number(match[1]) : Number.NaN;
    return seconds >= ONE_DAY && seconds <= NINETY_DAYS ? pass : fail('the key rotates less often than every 90 days: a leaked key version protects a large window of data', 'rotation_period');
  },
};
