import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * An unencrypted volume and every snapshot made from it hold data in clear: a snapshot shared
 * by mistake or copied by an attacker is readable without any key.
 */
export const cfnEbsVolumeUnencrypted: IacRule = {
  id: 'cfn-ebs-volume-unencrypted',
  title: 'EBS volume not encrypted',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-311', 'CIS-AWS-2.2.1'],
  equivalents: ['CKV_AWS_3', 'AVD-AWS-0026'],
  description: 'An `AWS::EC2::Volume` whose `Encrypted` is missing or false (account-level EBS default encryption is not visible in the template).',
  remediation: 'Set `Encrypted: true` (and `KmsKeyId` for a customer managed key), or enable EBS encryption by default for the account and region.',
  format: 'cloudformation',
  resourceTypes: ['AWS::EC2::Volume'],
  check: (volume) =>
    expectAttribute(volume, 'Encrypted', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the volume is not encrypted: its data and every snapshot of it are readable by whoever obtains them',
    }),
};
