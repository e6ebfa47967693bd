import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { capabilityList, normalizeCapability } from '../../checks/capabilities.ts';

/**
 * NET_RAW, in the runtime's default set, lets a process craft raw packets: a compromised container
 * can spoof ARP and DNS answers to other pods on the same node and intercept their traffic.
 */
export const k8sNetRawNotDropped: IacRule = {
  id: 'k8s-net-raw-not-dropped',
  title: 'Container keeps NET_RAW',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'CIS-K8S-5.2.8'],
  equivalents: ['CKV_K8S_28'],
  description: 'A container that drops neither `NET_RAW` nor `ALL` capabilities.',
  remediation: 'Add `securityContext.capabilities.drop: [ALL]` (or at least `NET_RAW`) to every container.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) =>
      capabilityList(container, 'drop').some((capability) => ['ALL', 'NET_RAW'].includes(normalizeCapability(capability)))
        ? pass
        : fail(`container "${name}" keeps NET_RAW: a compromised process can spoof traffic to other pods on the node`, `${path}.securityContext.capabilities.drop`, { detail: name }),
    ),
};
