import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject, type IacValue } from '../../iac-value.ts';
import { containersOf, podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/** The pod-wide seccomp annotation used before `seccompProfile` became a field. */
const podAnnotation = 'seccomp.security.alpha.kubernetes.io/pod';
/** Annotation values that meant the runtime's default profile. */
const legacyDefaults: ReadonlySet<string> = new Set(['runtime/default', 'docker/default']);

function isConfining(type: IacValue | undefined): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

/**
 * Without a seccomp profile a container may make every system call the kernel offers (Kubernetes
 * does not apply the runtime default unless asked). Most kernel privilege-escalation exploits use
 * calls that ordinary applications never make and `RuntimeDefault` blocks.
 */
export const k8sSeccompProfileMissing: IacRule = {
  id: 'k8s-seccomp-profile-missing',
  title: 'No seccomp profile',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-693', 'CIS-K8S-5.7.2', 'pss-restricted'],
  equivalents: ['CKV_K8S_31'],
  description: 'A workload whose containers do not all run under the `RuntimeDefault` or a `Localhost` seccomp profile, set on the pod or on each container (or, in older manifests, a `seccomp.security.alpha.kubernetes.io/pod` annotation of `runtime/default` or `docker/default`) (Pod Security Standards, restricted).',
  remediation: 'Set `securityContext.seccompProfile.type: RuntimeDefault` in the pod spec.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const annotations = isIacObject(pod.metadata?.['annotations']) ? pod.metadata['annotations'] : {};
    const podType = valueAt(pod.spec, 'securityContext.seccompProfile.type');
    const podConfined = isConfining(podType) || (podType === undefined && legacyDefaults.has(String(annotations[podAnnotation])));
    const containers = containersOf(pod);
    const unconfined = containers.filter(({ container }) => {
      const own = valueAt(container, 'securityContext.seccompProfile.type');
      return own === undefined ? !podConfined : !isConfining(own);
    });
    if (unconfined.length === 0) return pass;
    if (unconfined.length === containers.length && containers.every(({ container }) => valueAt(container, 'securityContext.seccompProfile.type') === undefined)) {
      return fail('the pod sets no seccomp profile: its containers may make any system call, including those kernel exploits use', `${pod.path}.securityContext.seccompProfile`, { detail: 'pod' });
    }
    return unconfined.map(({ path, name }): IacVerdict =>
      fail(`container "${name}" runs without the RuntimeDefault or a Localhost seccomp profile: it may make any system call, including those kernel exploits use`, `${path}.securityContext.seccompProfile`, { detail: name }),
    );
  },
};
