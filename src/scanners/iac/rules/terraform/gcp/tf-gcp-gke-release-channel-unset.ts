import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Clusters outside a release channel depend on someone remembering to upgrade, so known Kubernetes vulnerabilities stay open longer.
 */
export const tfGcpGkeReleaseChannelUnset: IacRule = {
  id: 'tf-gcp-gke-release-channel-unset',
  title: 'GKE cluster not enrolled in a release channel',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-1104'],
  equivalents: ['CKV_GCP_70'],
  description: 'A `google_container_cluster` without `release_channel { channel = … }`.',
  remediation: 'Add `release_channel { channel = "REGULAR" }` (or `STABLE`).',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'release_channel.channel', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the cluster follows no release channel: security patches to the control plane and nodes are applied late or not at all',
    }),
};
