import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { capabilityList, normalizeCapability } from '../../checks/capabilities.ts';

/**
 * Container runtimes hand every container a default set of capabilities (CHOWN, SETUID, NET_RAW,
 * MKNOD …) that most applications never use. Each is a tool for an attacker who gets code running
 * in the container: NET_RAW alone allows spoofing traffic to other pods on the node.
 */
export const k8sCapabilitiesNotDropped: IacRule = {
  id: 'k8s-capabilities-not-dropped',
  title: 'Container does not drop all capabilities',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'CIS-K8S-5.2.10', 'pss-restricted'],
  equivalents: ['CKV_K8S_37'],
  description: 'A container whose `securityContext.capabilities.drop` does not include `ALL` (Pod Security Standards, restricted).',
  remediation: 'Add `securityContext.capabilities.drop: [ALL]` to every container, then add back only what it needs (usually nothing, or `NET_BIND_SERVICE`).',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) =>
      capabilityList(container, 'drop').some((capability) => normalizeCapability(capability) === 'ALL')
        ? pass
        : fail(`container "${name}" keeps the runtime's default capabilities: an attacker in it can use NET_RAW, SETUID and the rest`, `${path}.securityContext.capabilities.drop`, { detail: name }),
    ),
};
