import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * A key that never rotates keeps protecting new data with the same material for years, so one
 * leak of it (or a cryptanalytic weakness found later) exposes everything ever encrypted with it.
 * Automatic rotation replaces the material yearly without breaking decryption of old data.
 */
export const tfAwsKmsKeyRotationDisabled: IacRule = {
  id: 'tf-aws-kms-key-rotation-disabled',
  title: 'KMS key rotation disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-320', 'CIS-AWS-3.8'],
  equivalents: ['CKV_AWS_7', 'AVD-AWS-0065'],
  description: 'A symmetric (or HMAC) `aws_kms_key` without `enable_key_rotation = true`; asymmetric keys cannot rotate automatically and are not judged.',
  remediation: 'Set `enable_key_rotation = true` (optionally `rotation_period_in_days`).',
  format: 'terraform',
  resourceTypes: ['aws_kms_key'],
  check(key) {
    const spec = valueAt(key, 'customer_master_key_spec');
    if (isUnknown(spec)) return unknown(spec.reason, 'customer_master_key_spec');
    // Only symmetric and HMAC keys support automatic rotation; the default spec is symmetric.
    if (typeof spec === 'string' && spec !== '' && !spec.includes('SYMMETRIC_DEFAULT') && !spec.includes('HMAC')) return unknown('asymmetric keys do not support automatic rotation', 'customer_master_key_spec');
    return expectAttribute(key, 'enable_key_rotation', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'key rotation is off: the same key material protects data for years, so one leak of it exposes everything it ever encrypted',
    });
  },
};
