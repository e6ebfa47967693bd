import { blocksAt, valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';
import { isWorldCidr } from '../../../checks/world-open-cidr.ts';

/**
 * Listing `0.0.0.0/0` as an authorized network turns the allow-list off: the Kubernetes API is
 * reachable from the whole internet while the configuration looks restricted.
 */
export const tfGcpGkeControlPlaneOpenToWorld: IacRule = {
  id: 'tf-gcp-gke-control-plane-open-to-world',
  title: 'GKE authorized networks include 0.0.0.0/0',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_18', 'AVD-GCP-0053'],
  description: 'A `google_container_cluster` whose `master_authorized_networks_config` has a `cidr_blocks` entry with `cidr_block = "0.0.0.0/0"`.',
  remediation: 'List only the administrators\' networks in `master_authorized_networks_config.cidr_blocks`, or make the endpoint private (`private_cluster_config { enable_private_endpoint = true }`).',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check(cluster) {
    let undecided: string | undefined;
    for (const [index, entry] of blocksAt(cluster, 'master_authorized_networks_config.cidr_blocks').entries()) {
      const cidr = isUnknown(entry) ? entry : valueAt(entry, 'cidr_block');
      if (isUnknown(cidr)) undecided ??= cidr.reason;
      else if (typeof cidr === 'string' && isWorldCidr(cidr, 'cidr-or-keyword')) {
        return fail('the Kubernetes API is allowed from 0.0.0.0/0: the authorized-networks list admits the whole internet', `master_authorized_networks_config.0.cidr_blocks.${index}.cidr_block`);
      }
    }
    return undecided === undefined ? pass : unknown(undecided, 'master_authorized_networks_config');
  },
};
