import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { containersOf, podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/** The per-container AppArmor annotation used before `appArmorProfile` became a field. */
const annotationPrefix = 'container.apparmor.security.beta.kubernetes.io/';

/**
 * AppArmor is one of the layers that keep a compromised process inside its container: it blocks
 * writes to /proc and /sys files, mounts and raw access the runtime's default profile forbids.
 * Turning it off removes that layer for no functional gain in nearly every workload.
 */
export const k8sApparmorUnconfined: IacRule = {
  id: 'k8s-apparmor-unconfined',
  title: 'AppArmor profile disabled',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-693', 'pss-baseline'],
  equivalents: [],
  description: 'A pod or container whose AppArmor profile is set to unconfined: `appArmorProfile.type: Unconfined` in a security context, or a `container.apparmor.security.beta.kubernetes.io/<container>` annotation other than `runtime/default` or `localhost/<profile>` (Pod Security Standards, baseline).',
  remediation: 'Remove the override (the runtime\'s default profile applies), or set `securityContext.appArmorProfile.type: RuntimeDefault` (or `Localhost` with a reviewed profile).',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const verdicts: IacVerdict[] = [];
    if (valueAt(pod.spec, 'securityContext.appArmorProfile.type') === 'Unconfined') {
      verdicts.push(fail('the pod runs without AppArmor confinement: a compromised container loses one of the layers that keeps it off the node', `${pod.path}.securityContext.appArmorProfile.type`, { detail: 'pod' }));
    }
    const annotations = isIacObject(pod.metadata?.['annotations']) ? pod.metadata['annotations'] : {};
    for (const { container, path, name } of containersOf(pod)) {
      const annotation = annotations[`${annotationPrefix}${name}`];
      if (valueAt(container, 'securityContext.appArmorProfile.type') === 'Unconfined') {
        verdicts.push(fail(`container "${name}" runs without AppArmor confinement: a compromised process loses one of the layers that keeps it off the node`, `${path}.securityContext.appArmorProfile.type`, { detail: name }));
      } else if (typeof annotation === 'string' && annotation !== 'runtime/default' && !annotation.startsWith('localhost/')) {
        verdicts.push(fail(`container "${name}" has AppArmor profile "${annotation}": a compromised process loses one of the layers that keeps it off the node`, `${pod.metadataPath}.annotations.${annotationPrefix}${name}`, { detail: name }));
      }
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
