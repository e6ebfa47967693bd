import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { capabilityList } from '../../checks/capabilities.ts';

/**
 * Every capability added to a container is a piece of root the process keeps. Attackers who
 * compromise the process get it too, and several (NET_ADMIN, SYS_PTRACE, SYS_MODULE) are enough to
 * break out of the container or take over the node's network.
 */
export const k8sCapabilitiesAdded: IacRule = {
  id: 'k8s-capabilities-added',
  title: 'Container adds Linux capabilities',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'CIS-K8S-5.2.9', 'pss-restricted'],
  equivalents: ['CKV_K8S_25'],
  description: 'A container with any entry in `securityContext.capabilities.add`.',
  remediation: 'Remove `securityContext.capabilities.add`; if the process must bind a port below 1024, run it on a higher port instead, or add only `NET_BIND_SERVICE` and accept this finding with a reason.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const added = capabilityList(container, 'add');
      if (added.length === 0) return pass;
      return fail(`container "${name}" adds capabilities (${added.join(', ')}): a process that is compromised keeps these root powers`, `${path}.securityContext.capabilities.add`, { detail: name });
    }),
};
