import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Objects encrypted only with S3 managed keys are readable by anyone granted s3:GetObject; a customer managed key adds a second, audited permission.
 */
export const tfAwsS3ObjectNotEncryptedWithCmk: IacRule = {
  id: 'tf-aws-s3-object-not-encrypted-with-cmk',
  title: 'S3 object not encrypted with a customer managed key',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_186'],
  description: 'An `aws_s3_bucket_object` without `kms_key_id`.',
  remediation: 'Set `kms_key_id = aws_kms_key.objects.arn` (with `server_side_encryption = "aws:kms"`).',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket_object'],
  check: (resource) => expectAttribute(resource, 'kms_key_id', { accept: isSet, whenMissing: 'fail', message: 'the object is not encrypted with a customer managed key: anyone who can read the bucket can read it, with no key policy in between' }),
};
