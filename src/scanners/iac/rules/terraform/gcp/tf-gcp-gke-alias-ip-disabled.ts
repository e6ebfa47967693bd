import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Routes-based clusters give pods addresses the VPC does not know, so VPC firewall rules and anti-spoofing checks cannot apply to pod traffic; VPC-native (alias IP) clusters fix that.
 */
export const tfGcpGkeAliasIpDisabled: IacRule = {
  id: 'tf-gcp-gke-alias-ip-disabled',
  title: 'GKE cluster not VPC-native (no alias IP ranges)',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_23', 'AVD-GCP-0049'],
  description: 'A `google_container_cluster` without an `ip_allocation_policy` block.',
  remediation: 'Add `ip_allocation_policy {}` (optionally with `cluster_secondary_range_name` and `services_secondary_range_name`).',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'ip_allocation_policy', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the cluster is routes-based: pod addresses are not first-class VPC addresses, so firewall rules and anti-spoofing checks cannot apply to pods',
    }),
};
