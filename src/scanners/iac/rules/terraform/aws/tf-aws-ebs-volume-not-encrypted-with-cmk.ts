import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With a customer managed key you decide through its key policy who may decrypt the volume and its snapshots, and can revoke access by disabling the key.
 */
export const tfAwsEbsVolumeNotEncryptedWithCmk: IacRule = {
  id: 'tf-aws-ebs-volume-not-encrypted-with-cmk',
  title: 'EBS volume not encrypted with a customer managed key',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_189', 'AVD-AWS-0027'],
  description: 'An `aws_ebs_volume` without `kms_key_id`, so it is unencrypted or uses the AWS managed key.',
  remediation: 'Set `encrypted = true` and `kms_key_id = aws_kms_key.ebs.arn`.',
  format: 'terraform',
  resourceTypes: ['aws_ebs_volume'],
  check: (resource) => expectAttribute(resource, 'kms_key_id', { accept: isSet, whenMissing: 'fail', message: 'the volume is not encrypted with a customer managed key: who can decrypt it and its snapshots cannot be controlled by a key policy' }),
};
