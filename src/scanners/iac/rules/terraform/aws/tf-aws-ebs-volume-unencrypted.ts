import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * An unencrypted EBS volume keeps its data, and every snapshot taken from it, readable by anyone
 * who can attach or share the volume or snapshot; a snapshot shared by mistake or copied out of
 * the account is a full copy of the disk.
 */
export const tfAwsEbsVolumeUnencrypted: IacRule = {
  id: 'tf-aws-ebs-volume-unencrypted',
  title: 'EBS volume not encrypted',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['aws_ebs_volume'],
  tags: ['CWE-311', 'CIS-AWS-2.2.1'],
  equivalents: ['CKV_AWS_3', 'AVD-AWS-0026'],
  description: 'An `aws_ebs_volume` whose `encrypted` argument is missing or false.',
  remediation: 'Set `encrypted = true` on the volume (optionally `kms_key_id` to a customer-managed key), or turn on `aws_ebs_encryption_by_default` and still state `encrypted = true` so the intent is visible.',
  check(volume) {
    const encrypted = asBoolean(valueAt(volume, 'encrypted'));
    if (isUnknown(encrypted)) return unknown(encrypted.reason, 'encrypted');
    if (encrypted === true) return pass;
    return fail('the volume and its snapshots are stored unencrypted: anyone who gets a copy of a snapshot or the volume reads the disk', 'encrypted');
  },
};
