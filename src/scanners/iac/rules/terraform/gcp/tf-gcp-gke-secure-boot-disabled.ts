import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Secure Boot makes nodes refuse unsigned boot components, so a rootkit planted in the boot chain
 * of a compromised node does not survive a reboot. GKE leaves it off unless asked.
 */
export const tfGcpGkeSecureBootDisabled: IacRule = {
  id: 'tf-gcp-gke-secure-boot-disabled',
  title: 'GKE nodes without Secure Boot',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_GCP_68'],
  description: 'A `google_container_cluster` or `google_container_node_pool` whose `node_config` lacks `shielded_instance_config { enable_secure_boot = true }` (resources without `node_config` are left to their node pools).',
  remediation: 'Add `node_config { shielded_instance_config { enable_secure_boot = true, enable_integrity_monitoring = true } }`.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster', 'google_container_node_pool'],
  check(resource) {
    const nodeConfig = valueAt(resource, 'node_config');
    if (nodeConfig === undefined || nodeConfig === null) return unknown('no node_config is written; the node pools decide', 'node_config');
    if (isUnknown(nodeConfig)) return unknown(nodeConfig.reason, 'node_config');
    const path = 'node_config.shielded_instance_config.enable_secure_boot';
    const value = asBoolean(valueAt(resource, path));
    if (isUnknown(value)) return unknown(value.reason, path);
    return value === true ? pass : fail('nodes boot without Secure Boot: a rootkit planted in the boot chain of a compromised node persists across reboots', path);
  },
};
