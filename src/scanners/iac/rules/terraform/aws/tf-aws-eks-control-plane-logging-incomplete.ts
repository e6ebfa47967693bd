import { isMissing, stringList, unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown } from '../../../iac-value.ts';

const logTypes = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

/**
 * The control plane logs are the only record of who called the Kubernetes API: without audit and
 * authenticator logs a stolen token or a malicious `kubectl exec` cannot be traced afterwards.
 */
export const tfAwsEksControlPlaneLoggingIncomplete: IacRule = {
  id: 'tf-aws-eks-control-plane-logging-incomplete',
  title: 'EKS control plane logging incomplete',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_37', 'AVD-AWS-0038'],
  description: 'An `aws_eks_cluster` whose `enabled_cluster_log_types` does not list all five log types: api, audit, authenticator, controllerManager and scheduler.',
  remediation: 'Set `enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]`.',
  format: 'terraform',
  resourceTypes: ['aws_eks_cluster'],
  check(cluster) {
    const value = valueAt(cluster, 'enabled_cluster_log_types');
    if (!isMissing(value) && containsUnknown(value)) return unknown(unknownReason(value), 'enabled_cluster_log_types');
    const enabled = stringList(value) ?? [];
    const missing = logTypes.filter((type) => !enabled.includes(type));
    if (missing.length === 0) return pass;
    return fail(`control plane logging misses ${missing.join(', ')}: API calls made with a stolen token cannot be traced afterwards`, 'enabled_cluster_log_types');
  },
};
