import { companionsOf } from '../../../checks/terraform-companions.ts';
import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { pass, type IacRule } from '../../../iac-rule.ts';

/**
 * An unencrypted volume attached to an instance holds whatever the instance writes: databases,
 * caches, credentials. Its snapshots, copied or shared later, carry the data readable.
 */
export const tfAwsEbsUnencryptedVolumeAttached: IacRule = {
  id: 'tf-aws-ebs-unencrypted-volume-attached',
  title: 'Unencrypted EBS volume attached to an instance',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV2_AWS_2'],
  description: 'An `aws_ebs_volume` that an `aws_volume_attachment` attaches to an instance while its `encrypted` is not `true`; volumes no attachment refers to are not judged.',
  remediation: 'Set `encrypted = true` (and `kms_key_id`) on the volume; an existing volume must be copied through an encrypted snapshot.',
  format: 'terraform',
  resourceTypes: ['aws_ebs_volume'],
  check(volume, { graph }) {
    const attachments = companionsOf(volume, graph, 'aws_volume_attachment', 'volume_id');
    if (attachments.length === 0) return pass;
    return expectAttribute(volume, 'encrypted', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'an unencrypted volume is attached to an instance: its data and every snapshot of it are readable by whoever obtains them',
    });
  },
};
