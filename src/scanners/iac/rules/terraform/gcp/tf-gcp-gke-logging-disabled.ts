import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With `logging_service = "none"` no control-plane or node logs reach Cloud Logging, so an attacker's actions in the cluster leave no record.
 */
export const tfGcpGkeLoggingDisabled: IacRule = {
  id: 'tf-gcp-gke-logging-disabled',
  title: 'GKE cluster logging disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_GCP_1', 'AVD-GCP-0060'],
  description: 'A `google_container_cluster` with `logging_service = "none"`.',
  remediation: 'Remove `logging_service` or set it to `"logging.googleapis.com/kubernetes"`.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'logging_service', {
      accept: (value) => value !== 'none',
      whenMissing: 'pass',
      message: 'cluster logging is off: API server, node and workload logs an investigation needs are never collected',
    }),
};
