import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject, type IacValue } from '../../iac-value.ts';
import { containersOf, podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/** SELinux types the Pod Security Standards baseline profile allows (empty means the runtime's default). */
const allowedTypes: ReadonlySet<string> = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

/** What is wrong with one seLinuxOptions mapping, in words, or undefined when it is allowed. */
function problemOf(options: IacValue | undefined): string | undefined {
  if (!isIacObject(options)) return undefined;
  const type = options['type'];
  if (typeof type === 'string' && !allowedTypes.has(type)) return `set type "${type}"`;
  for (const field of ['user', 'role']) {
    const value = options[field];
    if (typeof value === 'string' && value !== '') return `set ${field} "${value}"`;
  }
  return undefined;
}

/**
 * SELinux labels decide what a container process may touch on the node. Choosing a custom type,
 * user or role can relabel the container as an unconfined or host process (`spc_t`,
 * `unconfined_t`), so a compromise reaches files SELinux would otherwise protect.
 */
export const k8sSelinuxCustomOptions: IacRule = {
  id: 'k8s-selinux-custom-options',
  title: 'Custom SELinux options',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-693', 'pss-baseline'],
  equivalents: [],
  description: 'A pod or container `seLinuxOptions` that sets `user` or `role`, or a `type` other than `container_t`, `container_init_t`, `container_kvm_t` or `container_engine_t` (Pod Security Standards, baseline).',
  remediation: 'Remove `seLinuxOptions.user`, `seLinuxOptions.role` and any custom `seLinuxOptions.type`; set only `level` when multi-category separation needs it.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const verdicts: IacVerdict[] = [];
    const podProblem = problemOf(valueAt(pod.spec, 'securityContext.seLinuxOptions'));
    if (podProblem) verdicts.push(fail(`the pod's SELinux options ${podProblem}: its containers may run with a label that escapes SELinux confinement`, `${pod.path}.securityContext.seLinuxOptions`, { detail: 'pod' }));
    for (const { container, path, name } of containersOf(pod)) {
      const problem = problemOf(valueAt(container, 'securityContext.seLinuxOptions'));
      if (problem) verdicts.push(fail(`container "${name}" SELinux options ${problem}: the process may run with a label that escapes SELinux confinement`, `${path}.securityContext.seLinuxOptions`, { detail: name }));
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
