import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Shielded GKE Nodes prove a node's identity to the control plane; without them, stolen kubelet bootstrap credentials let an attacker register a rogue node and receive pod secrets.
 */
export const tfGcpGkeShieldedNodesDisabled: IacRule = {
  id: 'tf-gcp-gke-shielded-nodes-disabled',
  title: 'GKE Shielded Nodes disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_GCP_71', 'AVD-GCP-0055'],
  description: 'A `google_container_cluster` with `enable_shielded_nodes = false`.',
  remediation: 'Remove `enable_shielded_nodes` (it defaults to `true`) or set it to `true`.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'enable_shielded_nodes', {
      accept: (value) => !isBoolean(false)(value),
      whenMissing: 'pass',
      message: 'Shielded GKE Nodes are disabled: an attacker who steals a node\'s bootstrap credentials can impersonate a node and read its pods\' secrets',
    }),
};
