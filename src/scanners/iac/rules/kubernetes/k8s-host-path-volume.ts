import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * A hostPath volume puts part of the node's filesystem inside the container. Writable, it lets a
 * compromised container plant files the node executes; even read-only, paths such as `/`, `/etc`
 * or `/var/lib/kubelet` expose credentials of the node and of every other pod on it.
 */
export const k8sHostPathVolume: IacRule = {
  id: 'k8s-host-path-volume',
  title: 'Pod mounts a hostPath volume',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'CIS-K8S-5.2.12', 'pss-baseline'],
  equivalents: [],
  description: 'A pod spec with a `hostPath` volume (Pod Security Standards, baseline).',
  remediation: 'Replace the `hostPath` volume with an `emptyDir`, a `configMap`/`secret`, or a PersistentVolumeClaim; node agents that truly need host files belong in a dedicated, restricted namespace.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const volumes = Array.isArray(pod.spec['volumes']) ? pod.spec['volumes'] : [];
    const verdicts: IacVerdict[] = [];
    volumes.forEach((volume, index) => {
      if (!isIacObject(volume) || !isIacObject(volume['hostPath'])) return;
      const name = typeof volume['name'] === 'string' ? volume['name'] : `volumes[${index}]`;
      const hostPath = typeof volume['hostPath']['path'] === 'string' ? volume['hostPath']['path'] : '?';
      verdicts.push(fail(`volume "${name}" mounts the node's ${hostPath}: a compromised container reads or changes files of the node and of other pods`, `${pod.path}.volumes.${index}.hostPath`, { detail: name }));
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};
