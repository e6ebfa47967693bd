import { isMissing } from '../../../checks/attribute-verdict.ts';
import { decidedByTemplate, GCP_VM_TYPES } from '../../../checks/gcp-instance-template.ts';
import { blocksAt, valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * An external IP puts the VM on the internet, where every exposed service is scanned and attacked;
 * VMs behind Cloud NAT and load balancers need none.
 */
export const tfGcpComputePublicIp: IacRule = {
  id: 'tf-gcp-compute-public-ip',
  title: 'VM has a public IP address',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-4.9'],
  equivalents: ['CKV_GCP_40', 'AVD-GCP-0031'],
  description: 'A `google_compute_instance`, instance template or instance from template whose `network_interface` has an `access_config` block (an ephemeral or static external IP).',
  remediation: 'Remove `access_config` from `network_interface`; reach the VM through IAP, a bastion or a load balancer, and use Cloud NAT for outbound traffic.',
  format: 'terraform',
  resourceTypes: GCP_VM_TYPES,
  check(vm) {
    const fromTemplate = decidedByTemplate(vm, 'network_interface');
    if (fromTemplate) return fromTemplate;
    let undecided: string | undefined;
    for (const [index, nic] of blocksAt(vm, 'network_interface').entries()) {
      if (isUnknown(nic)) {
        undecided ??= nic.reason;
        continue;
      }
      const access = valueAt(nic, 'access_config');
      if (isUnknown(access)) undecided ??= access.reason;
      // A dynamic block over an unknown collection: there may be no external IP at all.
      else if (Array.isArray(access) && access.length > 0 && access.every(isUnknown)) undecided ??= access[0]!.reason;
      else if (!isMissing(access)) return fail('the VM has an external IP address: every service it runs is reachable from the internet', `network_interface.${index}.access_config`);
    }
    return undecided === undefined ? pass : unknown(undecided, 'network_interface');
  },
};
