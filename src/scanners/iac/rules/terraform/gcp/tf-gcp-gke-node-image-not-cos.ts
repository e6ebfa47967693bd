import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Container-Optimized OS has a read-only root filesystem, a minimal package set and automatic
 * updates; general-purpose images such as Ubuntu carry far more attack surface on every node.
 */
export const tfGcpGkeNodeImageNotCos: IacRule = {
  id: 'tf-gcp-gke-node-image-not-cos',
  title: 'GKE node pool not using Container-Optimized OS',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1104'],
  equivalents: ['CKV_GCP_22', 'AVD-GCP-0054'],
  description: 'A `google_container_node_pool` whose `node_config.image_type` is set to something other than a Container-Optimized OS image (`COS_CONTAINERD`, `COS`); a missing `image_type` gets the COS default.',
  remediation: 'Set `node_config { image_type = "COS_CONTAINERD" }` (or remove `image_type`).',
  format: 'terraform',
  resourceTypes: ['google_container_node_pool'],
  check: (pool) =>
    expectAttribute(pool, 'node_config.image_type', {
      accept: (value) => typeof value === 'string' && value.toLowerCase().startsWith('cos'),
      whenMissing: 'pass',
      message: 'nodes run a general-purpose OS image instead of Container-Optimized OS: a writable root filesystem and many more packages to exploit',
    }),
};
