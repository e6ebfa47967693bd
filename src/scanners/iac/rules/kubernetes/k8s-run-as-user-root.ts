import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { asNumber } from '../../iac-value.ts';
import { containersOf, podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * `runAsUser: 0` runs the process as root on purpose, overriding a non-root image. Root in a
 * container is root on the node, held back only by namespaces and capabilities, so every escape or
 * kernel bug starts from full privileges.
 */
export const k8sRunAsUserRoot: IacRule = {
  id: 'k8s-run-as-user-root',
  title: 'Runs as user 0',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'pss-restricted'],
  equivalents: [],
  description: 'A pod or container security context with `runAsUser: 0` (Pod Security Standards, restricted).',
  remediation: 'Set `runAsUser` to a non-zero UID (and `runAsNonRoot: true`); build the image with a non-root `USER`.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const verdicts: IacVerdict[] = [];
    if (asNumber(valueAt(pod.spec, 'securityContext.runAsUser')) === 0) {
      verdicts.push(fail('the pod runs its containers as root (runAsUser: 0): any escape starts as root on the node', `${pod.path}.securityContext.runAsUser`, { detail: 'pod' }));
    }
    for (const { container, path, name } of containersOf(pod)) {
      if (asNumber(valueAt(container, 'securityContext.runAsUser')) !== 0) continue;
      verdicts.push(fail(`container "${name}" runs as root (runAsUser: 0): any escape from it starts as root on the node`, `${path}.securityContext.runAsUser`, { detail: name }));
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
