import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The DAX cache holds copies of DynamoDB items; unencrypted, they sit in clear on the cache nodes even when the table itself is encrypted.
 */
export const tfAwsDaxClusterUnencrypted: IacRule = {
  id: 'tf-aws-dax-cluster-unencrypted',
  title: 'DAX cluster not encrypted at rest',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_47', 'AVD-AWS-0023'],
  description: 'An `aws_dax_cluster` without `server_side_encryption { enabled = true }`.',
  remediation: 'Add `server_side_encryption { enabled = true }`.',
  format: 'terraform',
  resourceTypes: ['aws_dax_cluster'],
  check: (resource) => expectAttribute(resource, 'server_side_encryption.enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'the cache stores table items unencrypted at rest' }),
};
