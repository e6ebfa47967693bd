import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import { proxyOnlySubnet } from '../../../checks/gcp-subnet-purpose.ts';
import type { IacRule } from '../../../iac-rule.ts';


/**
 * VPC flow logs are the record of which hosts talked to which; without them, lateral movement and
 * data exfiltration from a compromised VM leave no network trace to investigate.
 */
export const tfGcpSubnetFlowLogsDisabled: IacRule = {
  id: 'tf-gcp-subnet-flow-logs-disabled',
  title: 'Subnet without VPC flow logs',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778', 'CIS-GCP-3.8'],
  equivalents: ['CKV_GCP_26', 'AVD-GCP-0029'],
  description: 'A `google_compute_subnetwork` without a `log_config` block (proxy-only subnets, which cannot log, are not judged).',
  remediation: 'Add `log_config { aggregation_interval = "INTERVAL_5_SEC", flow_sampling = 0.5, metadata = "INCLUDE_ALL_METADATA" }`.',
  format: 'terraform',
  resourceTypes: ['google_compute_subnetwork'],
  check(subnet) {
    return proxyOnlySubnet(subnet) ??
      expectAttribute(subnet, 'log_config', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the subnet records no flow logs: connections from a compromised VM, lateral movement and exfiltration leave no network trace',
    });
  },
};
