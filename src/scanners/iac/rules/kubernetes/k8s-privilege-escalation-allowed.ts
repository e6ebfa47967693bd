import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { asBoolean } from '../../iac-value.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * Unless `allowPrivilegeEscalation` is `false`, a process in the container can gain more privileges
 * than its parent through setuid binaries or file capabilities, turning a foothold as an
 * unprivileged user into root inside the container.
 */
export const k8sPrivilegeEscalationAllowed: IacRule = {
  id: 'k8s-privilege-escalation-allowed',
  title: 'Container allows privilege escalation',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-269', 'CIS-K8S-5.2.6', 'pss-restricted'],
  equivalents: ['CKV_K8S_20'],
  description: 'A container whose `securityContext.allowPrivilegeEscalation` is not explicitly `false` (Pod Security Standards, restricted).',
  remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) =>
      asBoolean(valueAt(container, 'securityContext.allowPrivilegeEscalation')) === false
        ? pass
        : fail(`container "${name}" allows privilege escalation: a process in it can become root through a setuid binary`, `${path}.securityContext.allowPrivilegeEscalation`, { detail: name }),
    ),
};
