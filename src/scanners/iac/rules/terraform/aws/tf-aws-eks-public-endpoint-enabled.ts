import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A public Kubernetes API endpoint can be probed and brute-forced from anywhere and is one stolen kubeconfig away from cluster takeover.
 */
export const tfAwsEksPublicEndpointEnabled: IacRule = {
  id: 'tf-aws-eks-public-endpoint-enabled',
  title: 'EKS API endpoint public',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_39', 'AVD-AWS-0040'],
  description: 'An `aws_eks_cluster` whose `vpc_config.endpoint_public_access` is not `false` (the API endpoint is public by default).',
  remediation: 'Set `vpc_config { endpoint_public_access = false, endpoint_private_access = true }` and reach the API through the VPC (VPN, bastion or CI runners inside it).',
  format: 'terraform',
  resourceTypes: ['aws_eks_cluster'],
  check: (resource) => expectAttribute(resource, 'vpc_config.endpoint_public_access', { accept: isBoolean(false), whenMissing: 'fail', message: 'the Kubernetes API endpoint is reachable from the internet: anyone with a leaked kubeconfig or token can reach the cluster from anywhere' }),
};
