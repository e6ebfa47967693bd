import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { rootCheck } from '../../checks/run-as-user.ts';

/**
 * Most images run as root unless told otherwise. Root in a container is the same user as root on
 * the node, held back only by namespaces and capabilities; any container escape, writable hostPath
 * or kernel bug then starts from full privileges.
 */
export const k8sRunAsRootAllowed: IacRule = {
  id: 'k8s-run-as-root-allowed',
  title: 'Container may run as root',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'CIS-K8S-5.2.7', 'pss-restricted'],
  equivalents: ['CKV_K8S_23'],
  description: 'A container that neither the pod nor its own security context keeps from running as root: no `runAsNonRoot: true` and no non-zero `runAsUser` that applies to it (Pod Security Standards, restricted).',
  remediation: 'Set `securityContext.runAsNonRoot: true` in the pod spec (and a non-zero `runAsUser` when the image has no non-root `USER`).',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }, pod) => {
      const podNonRoot = rootCheck(pod.spec, 'runAsNonRoot');
      const podUser = rootCheck(pod.spec, 'runAsUser');
      const ownNonRoot = rootCheck(container, 'runAsNonRoot');
      const ownUser = rootCheck(container, 'runAsUser');
      // The pod's settings apply unless the container overrides them (how the kubelet resolves them).
      const isNonRoot =
        podNonRoot === 'safe' ? ownNonRoot !== 'unsafe' || ownUser === 'safe'
        : podUser === 'safe' ? ownUser !== 'unsafe'
        : ownNonRoot === 'safe' || ownUser === 'safe';
      if (isNonRoot) return pass;
      return fail(`container "${name}" may run as root: any escape from it starts as root on the node`, `${path}.securityContext.runAsNonRoot`, { detail: name });
    }, ['containers', 'initContainers']),
};
