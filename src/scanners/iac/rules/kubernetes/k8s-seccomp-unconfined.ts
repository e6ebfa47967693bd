import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { containersOf, podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/** The pod-wide seccomp annotation used before `seccompProfile` became a field. */
const podAnnotation = 'seccomp.security.alpha.kubernetes.io/pod';

/**
 * Seccomp filters the system calls a container may make; the runtime's default profile blocks
 * the rarely needed ones that most kernel exploits go through. `Unconfined` gives a compromised
 * process the whole kernel attack surface.
 */
export const k8sSeccompUnconfined: IacRule = {
  id: 'k8s-seccomp-unconfined',
  title: 'Seccomp disabled',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-693', 'pss-baseline'],
  equivalents: [],
  description: 'A pod or container with `seccompProfile.type: Unconfined`, or a `seccomp.security.alpha.kubernetes.io/pod` annotation of `unconfined` (Pod Security Standards, baseline).',
  remediation: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a reviewed profile).',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const verdicts: IacVerdict[] = [];
    const annotations = isIacObject(pod.metadata?.['annotations']) ? pod.metadata['annotations'] : {};
    if (valueAt(pod.spec, 'securityContext.seccompProfile.type') === 'Unconfined') {
      verdicts.push(fail('the pod runs without a seccomp filter: a compromised container can make any system call, including those kernel exploits use', `${pod.path}.securityContext.seccompProfile.type`, { detail: 'pod' }));
    } else if (annotations[podAnnotation] === 'unconfined') {
      verdicts.push(fail('the pod runs without a seccomp filter: a compromised container can make any system call, including those kernel exploits use', `${pod.metadataPath}.annotations.${podAnnotation}`, { detail: 'pod' }));
    }
    for (const { container, path, name } of containersOf(pod)) {
      if (valueAt(container, 'securityContext.seccompProfile.type') !== 'Unconfined') continue;
      verdicts.push(fail(`container "${name}" runs without a seccomp filter: a compromised process can make any system call, including those kernel exploits use`, `${path}.securityContext.seccompProfile.type`, { detail: name }));
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
