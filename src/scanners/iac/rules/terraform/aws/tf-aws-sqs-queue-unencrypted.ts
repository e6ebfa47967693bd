import { unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, containsUnknown } from '../../../iac-value.ts';

/**
 * Queues hold messages for up to two weeks; unencrypted, orders, tokens and personal data in
 * transit between services sit readable on AWS storage.
 */
export const tfAwsSqsQueueUnencrypted: IacRule = {
  id: 'tf-aws-sqs-queue-unencrypted',
  title: 'SQS queue not encrypted',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_27', 'AVD-AWS-0096'],
  description: 'An `aws_sqs_queue` with neither `sqs_managed_sse_enabled = true` nor a non-empty `kms_master_key_id`.',
  remediation: 'Set `kms_master_key_id = aws_kms_key.queue.arn` (or at least `sqs_managed_sse_enabled = true`).',
  format: 'terraform',
  resourceTypes: ['aws_sqs_queue'],
  check(queue) {
    const managed = valueAt(queue, 'sqs_managed_sse_enabled');
    const key = valueAt(queue, 'kms_master_key_id');
    if (asBoolean(managed) === true || (typeof key === 'string' && key !== '')) return pass;
    if (containsUnknown(managed) || containsUnknown(key)) return unknown(unknownReason(containsUnknown(key) ? key : managed));
    return fail('queued messages are stored unencrypted: data passing between services is readable at rest', managed === undefined ? 'kms_master_key_id' : 'sqs_managed_sse_enabled');
  },
};
