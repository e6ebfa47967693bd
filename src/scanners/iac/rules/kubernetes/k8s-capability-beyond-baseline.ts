import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { baselineCapabilities, capabilityList, normalizeCapability } from '../../checks/capabilities.ts';

/**
 * Capabilities beyond the container runtime's default set (SYS_ADMIN, NET_ADMIN, SYS_PTRACE,
 * SYS_MODULE, BPF …) each give a compromised process a known path out of the container: mounting
 * the host filesystem, rewriting node routing, reading other processes' memory or loading kernel
 * code. The Pod Security Standards baseline profile rejects them.
 */
export const k8sCapabilityBeyondBaseline: IacRule = {
  id: 'k8s-capability-beyond-baseline',
  title: 'Container adds a capability outside the baseline set',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'CIS-K8S-5.2.9', 'pss-baseline'],
  equivalents: [],
  description: 'A container that adds a capability the Pod Security Standards baseline profile does not allow (anything but AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT).',
  remediation: 'Remove the capability from `securityContext.capabilities.add`; grant the workload what it needs through a narrower mechanism (a device plugin, a CSI driver, a node-level agent run by the platform team).',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const beyond = capabilityList(container, 'add').filter((capability) => !baselineCapabilities.has(normalizeCapability(capability)));
      if (beyond.length === 0) return pass;
      return fail(`container "${name}" adds ${beyond.join(', ')}: a compromised process can use it to escape the container or control the node`, `${path}.securityContext.capabilities.add`, { detail: name });
    }),
};
