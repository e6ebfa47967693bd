import { expectAttribute, stringList } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without envelope encryption, Kubernetes secrets sit in etcd protected only by the default disk encryption; a KMS key adds a separately controlled and audited layer.
 */
export const tfAwsEksSecretsUnencrypted: IacRule = {
  id: 'tf-aws-eks-secrets-unencrypted',
  title: 'EKS secrets not envelope-encrypted',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_58', 'AVD-AWS-0039'],
  description: 'An `aws_eks_cluster` without an `encryption_config` block whose `resources` include `"secrets"`.',
  remediation: 'Add `encryption_config { resources = ["secrets"]; provider { key_arn = aws_kms_key.eks.arn } }`.',
  format: 'terraform',
  resourceTypes: ['aws_eks_cluster'],
  check: (resource) => expectAttribute(resource, 'encryption_config.resources', { accept: (value) => stringList(value)?.includes('secrets') === true, whenMissing: 'fail', message: 'Kubernetes secrets are not envelope-encrypted with a KMS key: anyone reading etcd data or backups gets every secret' }),
};
