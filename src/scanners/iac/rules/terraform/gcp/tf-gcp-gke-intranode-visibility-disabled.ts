import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without intranode visibility, pod-to-pod traffic on one node never crosses the VPC, so flow logs and firewall rules do not see lateral movement between co-located pods.
 */
export const tfGcpGkeIntranodeVisibilityDisabled: IacRule = {
  id: 'tf-gcp-gke-intranode-visibility-disabled',
  title: 'GKE intranode visibility disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_GCP_61'],
  description: 'A `google_container_cluster` without `enable_intranode_visibility = true`.',
  remediation: 'Set `enable_intranode_visibility = true` and enable flow logs on the cluster subnet.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'enable_intranode_visibility', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'traffic between pods on the same node bypasses VPC flow logs and firewall rules: lateral movement between co-located pods is invisible',
    }),
};
