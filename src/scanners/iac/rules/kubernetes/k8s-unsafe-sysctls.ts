import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';
import { valueAt } from '../../iac-resource.ts';

/** Namespaced sysctls the Pod Security Standards baseline profile allows. */
const safeSysctls: ReadonlySet<string> = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

/**
 * Sysctls outside the namespaced safe set change kernel behaviour for the whole node: a workload
 * that sets them can weaken every other pod's isolation or starve the node, and an attacker who
 * can edit the manifest gets the same power.
 */
export const k8sUnsafeSysctls: IacRule = {
  id: 'k8s-unsafe-sysctls',
  title: 'Pod sets an unsafe sysctl',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'pss-baseline'],
  equivalents: [],
  description: 'A pod `securityContext.sysctls` entry outside the safe set the Pod Security Standards baseline profile allows (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_local_reserved_ports, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes).',
  remediation: 'Remove the sysctl from the pod; tune node-wide kernel settings on the node (or through the platform team\'s node configuration), not from a workload.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const sysctls = valueAt(pod.spec, 'securityContext.sysctls');
    if (!Array.isArray(sysctls)) return pass;
    const verdicts: IacVerdict[] = [];
    sysctls.forEach((sysctl, index) => {
      const name = isIacObject(sysctl) ? sysctl['name'] : undefined;
      if (typeof name !== 'string' || safeSysctls.has(name)) return;
      verdicts.push(fail(`the pod sets sysctl ${name}, outside the safe set: it changes the kernel for every pod on the node`, `${pod.path}.securityContext.sysctls.${index}.name`, { detail: name }));
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};
