import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { decidedByTemplate, GCP_VM_TYPES } from '../../../checks/gcp-instance-template.ts';
import { valueAt } from '../../../iac-resource.ts';
import { pass, type IacRule } from '../../../iac-rule.ts';

/**
 * A VM that may forward packets can send traffic with source addresses that are not its own, so a
 * compromised VM can spoof other hosts and route around network controls.
 */
export const tfGcpComputeIpForwardingEnabled: IacRule = {
  id: 'tf-gcp-compute-ip-forwarding-enabled',
  title: 'VM IP forwarding enabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-4.6'],
  equivalents: ['CKV_GCP_36', 'AVD-GCP-0043'],
  description: 'A `google_compute_instance`, instance template or instance from template with `can_ip_forward = true` (GKE nodes, named `gke-…`, excepted).',
  remediation: 'Remove `can_ip_forward` or set it to `false`, unless the VM is a deliberate router or NAT appliance.',
  format: 'terraform',
  resourceTypes: GCP_VM_TYPES,
  check(vm) {
    const name = valueAt(vm, 'name');
    if (typeof name === 'string' && name.startsWith('gke-')) return pass;
    return (
      decidedByTemplate(vm, 'can_ip_forward') ??
      expectAttribute(vm, 'can_ip_forward', {
        accept: (value) => !isBoolean(true)(value),
        whenMissing: 'pass',
        message: 'the VM may forward packets it did not originate: if compromised it can spoof addresses and route traffic around network controls',
      })
    );
  },
};
