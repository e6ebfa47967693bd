import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Integrity monitoring compares each node's boot measurements with a known-good baseline and
 * reports tampering; turning it off hides a modified boot chain.
 */
export const tfGcpGkeIntegrityMonitoringDisabled: IacRule = {
  id: 'tf-gcp-gke-integrity-monitoring-disabled',
  title: 'GKE nodes without integrity monitoring',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_GCP_72'],
  description: 'A `google_container_cluster` or `google_container_node_pool` whose `node_config.shielded_instance_config` does not set `enable_integrity_monitoring = true` (no `shielded_instance_config` keeps the enabled default).',
  remediation: 'Set `node_config { shielded_instance_config { enable_integrity_monitoring = true } }`.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster', 'google_container_node_pool'],
  check(resource) {
    const nodeConfig = valueAt(resource, 'node_config');
    if (nodeConfig === undefined || nodeConfig === null) return unknown('no node_config is written; the node pools decide', 'node_config');
    if (isUnknown(nodeConfig)) return unknown(nodeConfig.reason, 'node_config');
    const shielded = valueAt(resource, 'node_config.shielded_instance_config');
    if (shielded === undefined || shielded === null) return pass;
    if (isUnknown(shielded)) return unknown(shielded.reason, 'node_config.shielded_instance_config');
    const path = 'node_config.shielded_instance_config.enable_integrity_monitoring';
    const value = asBoolean(valueAt(resource, path));
    if (isUnknown(value)) return unknown(value.reason, path);
    return value === true ? pass : fail('node integrity monitoring is not enabled: tampering with a node\'s boot chain is not reported', path);
  },
};
