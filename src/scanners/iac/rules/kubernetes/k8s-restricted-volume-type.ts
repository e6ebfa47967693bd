import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/** Volume sources the Pod Security Standards restricted profile allows. */
const allowedTypes: ReadonlySet<string> = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret']);

/**
 * Volume types such as hostPath, nfs, iscsi or rbd connect a pod straight to the node or to
 * storage servers with the node's credentials, bypassing the PersistentVolume layer where storage
 * access is reviewed and limited.
 */
export const k8sRestrictedVolumeType: IacRule = {
  id: 'k8s-restricted-volume-type',
  title: 'Volume type outside the restricted profile',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'pss-restricted'],
  equivalents: [],
  description: 'A pod volume of a type the Pod Security Standards restricted profile does not allow (anything but configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret).',
  remediation: 'Use a PersistentVolumeClaim (or one of configMap, secret, projected, downwardAPI, emptyDir, ephemeral, csi) instead of mounting storage directly in the pod.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const volumes = Array.isArray(pod.spec['volumes']) ? pod.spec['volumes'] : [];
    const verdicts: IacVerdict[] = [];
    volumes.forEach((volume, index) => {
      if (!isIacObject(volume)) return;
      const type = Object.keys(volume).find((key) => key !== 'name' && !allowedTypes.has(key));
      if (type === undefined) return;
      const name = typeof volume['name'] === 'string' ? volume['name'] : `volumes[${index}]`;
      verdicts.push(fail(`volume "${name}" is of type ${type}, which the restricted profile forbids: it reaches node or storage resources outside reviewed PersistentVolumes`, `${pod.path}.volumes.${index}.${type}`, { detail: name }));
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};
