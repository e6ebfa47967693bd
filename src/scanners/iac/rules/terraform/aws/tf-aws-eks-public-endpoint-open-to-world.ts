import { isMissing, stringList, unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, containsUnknown, isUnknown } from '../../../iac-value.ts';

/**
 * A public EKS endpoint without `public_access_cidrs` accepts connections from any address on the
 * internet; limiting it to the office or CI ranges keeps leaked credentials useless elsewhere.
 */
export const tfAwsEksPublicEndpointOpenToWorld: IacRule = {
  id: 'tf-aws-eks-public-endpoint-open-to-world',
  title: 'EKS public endpoint open to 0.0.0.0/0',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_38', 'AVD-AWS-0041'],
  description: 'An `aws_eks_cluster` whose public endpoint is on (the default) and whose `vpc_config.public_access_cidrs` is unset (it defaults to 0.0.0.0/0), empty, or contains 0.0.0.0/0.',
  remediation: 'Set `vpc_config { endpoint_public_access = false }`, or restrict `public_access_cidrs` to the address ranges that administer the cluster.',
  format: 'terraform',
  resourceTypes: ['aws_eks_cluster'],
  check(cluster) {
    if (isMissing(valueAt(cluster, 'vpc_config'))) return unknown('the cluster has no vpc_config block', 'vpc_config');
    const publicAccess = asBoolean(valueAt(cluster, 'vpc_config.endpoint_public_access') ?? undefined);
    if (isUnknown(publicAccess)) return unknown(publicAccess.reason, 'vpc_config.endpoint_public_access');
    if (publicAccess === false) return pass;
    const cidrsValue = valueAt(cluster, 'vpc_config.public_access_cidrs');
    if (!isMissing(cidrsValue) && containsUnknown(cidrsValue)) return unknown(unknownReason(cidrsValue), 'vpc_config.public_access_cidrs');
    const cidrs = stringList(cidrsValue) ?? [];
    if (cidrs.length > 0 && !cidrs.includes('0.0.0.0/0')) return pass;
    return fail('the public Kubernetes API endpoint accepts connections from any address: leaked credentials work from anywhere on the internet', 'vpc_config.public_access_cidrs');
  },
};
