import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * The legacy v0.1/v1beta1 metadata endpoints answer without the `Metadata-Flavor` header, so a
 * server-side request forgery in any pod can fetch the node's credentials and kube-env secrets.
 */
export const tfGcpGkeLegacyMetadataEndpointsEnabled: IacRule = {
  id: 'tf-gcp-gke-legacy-metadata-endpoints-enabled',
  title: 'GKE legacy metadata endpoints enabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-918'],
  equivalents: ['CKV_GCP_67', 'AVD-GCP-0048'],
  description: 'A `google_container_cluster` or `google_container_node_pool` with `node_config { metadata = { disable-legacy-endpoints = "false" } }`, or a cluster pinned below GKE 1.12 (`min_master_version`), where legacy endpoints stay on.',
  remediation: 'Remove `disable-legacy-endpoints` from node metadata (or set it to `"true"`) and run GKE 1.12 or later.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster', 'google_container_node_pool'],
  check(resource) {
    const message = 'the legacy metadata endpoints answer without the Metadata-Flavor header: a request forgery in any pod fetches node credentials';
    const path = 'node_config.metadata.disable-legacy-endpoints';
    const flag = asBoolean(valueAt(resource, path));
    if (isUnknown(flag)) return unknown(flag.reason, path);
    if (flag === false) return fail(message, path);
    const version = valueAt(resource, 'min_master_version');
    if (isUnknown(version)) return unknown(version.reason, 'min_master_version');
    // A "major.minor" prefix such as "1.11" in "1.11.10-gke.5".
    const match = typeof version === 'string' ? /^(\d+)\.(\d+)/.exec(version) : null;
    if (match && Number(match[1]) === 1 && Number(match[2]) < 12) return fail(message, 'min_master_version');
    return pass;
  },
};
