import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { asBoolean } from '../../iac-value.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * A privileged container runs with every capability and all host devices: it is root on the node
 * in all but name. Escaping it is a single `mount` of the host disk, so one compromised process
 * owns the node and every pod on it.
 */
export const k8sPrivilegedContainer: IacRule = {
  id: 'k8s-privileged-container',
  title: 'Privileged container',
  severity: 'critical',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'CIS-K8S-5.2.2', 'pss-baseline'],
  equivalents: ['CKV_K8S_16'],
  description: 'A container with `securityContext.privileged: true` (Pod Security Standards, baseline).',
  remediation: 'Remove `privileged: true`; grant the one capability the container needs with `securityContext.capabilities.add` instead.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) =>
      asBoolean(valueAt(container, 'securityContext.privileged')) === true
        ? fail(`container "${name}" is privileged: whoever compromises it controls the node and every pod on it`, `${path}.securityContext.privileged`, { detail: name })
        : pass,
    ),
};
