import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without master authorized networks the Kubernetes API endpoint accepts connections from the whole internet, so leaked credentials and API server vulnerabilities are exploitable from anywhere.
 */
export const tfGcpGkeMasterAuthorizedNetworksDisabled: IacRule = {
  id: 'tf-gcp-gke-master-authorized-networks-disabled',
  title: 'GKE control plane without authorized networks',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_20', 'AVD-GCP-0061'],
  description: 'A `google_container_cluster` without a `master_authorized_networks_config` block.',
  remediation: 'Add `master_authorized_networks_config { cidr_blocks { cidr_block = "10.0.0.0/8" display_name = "corp" } }` listing only the networks that administer the cluster.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'master_authorized_networks_config', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the Kubernetes API server accepts connections from any address: stolen credentials or an API server vulnerability can be used from anywhere',
    }),
};
