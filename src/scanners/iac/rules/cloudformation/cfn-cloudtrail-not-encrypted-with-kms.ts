import { expectAttribute, isSet } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Trail logs record every API call in the account, including who touched which secret;
 * encrypted with a KMS key of your own, reading them needs a key permission that an attacker who
 * reaches the log bucket does not have.
 */
export const cfnCloudtrailNotEncryptedWithKms: IacRule = {
  id: 'cfn-cloudtrail-not-encrypted-with-kms',
  title: 'CloudTrail logs not encrypted with KMS',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311', 'CIS-AWS-3.5'],
  equivalents: ['CKV_AWS_35', 'AVD-AWS-0015'],
  description: 'An `AWS::CloudTrail::Trail` without `KMSKeyId`.',
  remediation: 'Set `KMSKeyId: !Ref TrailKey` with a customer managed KMS key whose policy lets CloudTrail encrypt and auditors decrypt.',
  format: 'cloudformation',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  check: (trail) =>
    expectAttribute(trail, 'KMSKeyId', {
      accept: isSet,
      whenMissing: 'fail',
      message: "the trail does not encrypt its logs with a KMS key: anyone who can read the log bucket reads the account's full API history",
    }),
};
