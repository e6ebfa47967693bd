import { isMissing } from '../../../checks/attribute-verdict.ts';
import { blocksAt, valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isIacObject, isUnknown, type IacValue } from '../../../iac-value.ts';

/**
 * Terraform creates an unencrypted root volume when the instance or launch configuration does not
 * ask for encryption; the disk then holds the operating system, application secrets and data,
 * readable by anyone who gets a snapshot of it.
 */
export const tfAwsEc2EbsUnencrypted: IacRule = {
  id: 'tf-aws-ec2-ebs-unencrypted',
  title: 'EC2 instance or launch configuration volumes unencrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_8', 'AVD-AWS-0131'],
  description: 'An `aws_instance` or `aws_launch_configuration` without a `root_block_device` block, or with an empty one (the root volume is then unencrypted), or with a `root_block_device` / `ebs_block_device` that sets `encrypted = false` without a `snapshot_id`.',
  remediation: 'Add `root_block_device { encrypted = true }` and `encrypted = true` on every `ebs_block_device` (and consider `aws_ebs_encryption_by_default`).',
  format: 'terraform',
  resourceTypes: ['aws_instance', 'aws_launch_configuration'],
  check(instance) {
    const root = valueAt(instance, 'root_block_device.0');
    // An empty `root_block_device {}` asks for nothing, so the root volume is created unencrypted as when the block is absent.
    if (isMissing(root) || (isIacObject(root) && Object.keys(root).length === 0)) return fail('the root volume is created unencrypted: anyone who obtains a snapshot of it reads the system and its secrets', 'root_block_device');
    const verdicts: IacVerdict[] = [];
    for (const kind of ['root_block_device', 'ebs_block_device'] as const) {
      blocksAt(instance, kind).forEach((block, index) => verdicts.push(judgeBlock(block, `${kind}.${index}`)));
    }
    const failures = verdicts.filter((verdict) => verdict.outcome === 'fail');
    if (failures.length > 0) return failures;
    return verdicts.find((verdict) => verdict.outcome === 'unknown') ?? pass;
  },
};

/** A block with `encrypted = false` and no snapshot fails; one whose encryption comes from its snapshot, or is not stated, cannot be judged. */
function judgeBlock(block: IacValue, path: string): IacVerdict {
  if (isUnknown(block)) return unknown(block.reason, path);
  if (!isIacObject(block)) return unknown('the block could not be read', path);
  const encrypted = asBoolean(block['encrypted']);
  const snapshot = block['snapshot_id'];
  if (isUnknown(encrypted)) return unknown(encrypted.reason, `${path}.encrypted`);
  if (encrypted === true) return pass;
  if (snapshot !== undefined && snapshot !== null && snapshot !== '') return pass;
  if (encrypted === false) return fail('a volume is created with encryption off: anyone who obtains a snapshot of it reads its data', `${path}.encrypted`, { detail: path });
  return unknown('encryption is not stated for this volume; it follows the account default', path);
}
