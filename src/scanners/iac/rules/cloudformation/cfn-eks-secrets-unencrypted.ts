import { blocksAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../iac-value.ts';

/**
 * Without envelope encryption, Kubernetes Secrets sit in etcd protected only by the storage
 * encryption AWS manages; a KMS key of your own adds a key policy and an audit trail for every
 * read of a secret.
 */
export const cfnEksSecretsUnencrypted: IacRule = {
  id: 'cfn-eks-secrets-unencrypted',
  title: 'EKS cluster without secrets encryption',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_58', 'AVD-AWS-0039'],
  description: 'An `AWS::EKS::Cluster` without an `EncryptionConfig` entry whose `Resources` include `secrets`.',
  remediation: 'Add `EncryptionConfig: [{ Resources: [secrets], Provider: { KeyArn: !GetAtt ClusterKey.Arn } }]`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::EKS::Cluster'],
  check(cluster) {
    let undecided: string | undefined;
    for (const entry of blocksAt(cluster, 'EncryptionConfig')) {
      if (isUnknown(entry)) {
        undecided ??= entry.reason;
        continue;
      }
      const resources = isIacObject(entry) ? entry['Resources'] : undefined;
      if (isUnknown(resources)) undecided ??= resources.reason;
      else if (Array.isArray(resources) && resources.some((item) => item === 'secrets')) return pass;
      else if (Array.isArray(resources) && resources.some(isUnknown)) undecided ??= 'an encrypted resource kind is not known before deployment';
    }
    if (undecided) return unknown(undecided, 'EncryptionConfig');
    return fail('the cluster does not encrypt Kubernetes Secrets with a KMS key: secrets in etcd have no key policy or audit trail of their own', 'EncryptionConfig');
  },
};
