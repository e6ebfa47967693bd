import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Auto-upgrade keeps node Kubernetes and OS versions patched; without it nodes drift behind the control plane and keep known kubelet and kernel vulnerabilities.
 */
export const tfGcpGkeNodeAutoUpgradeDisabled: IacRule = {
  id: 'tf-gcp-gke-node-auto-upgrade-disabled',
  title: 'GKE node pool auto-upgrade disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-1104'],
  equivalents: ['CKV_GCP_10', 'AVD-GCP-0058'],
  description: 'A `google_container_node_pool` without `management { auto_upgrade = true }`.',
  remediation: 'Add `management { auto_repair = true, auto_upgrade = true }`.',
  format: 'terraform',
  resourceTypes: ['google_container_node_pool'],
  check: (resource) =>
    expectAttribute(resource, 'management.auto_upgrade', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'node auto-upgrade is not enabled: nodes keep running Kubernetes and OS versions with known vulnerabilities',
    }),
};
