import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { asNumber } from '../../iac-value.ts';
import { judgeContainers } from '../../checks/pod-spec.ts';
import { effectiveSetting } from '../../checks/security-context.ts';

/**
 * UIDs below 10000 are the ones node accounts and system daemons use. A container process with
 * such a UID that escapes, or that shares a hostPath, acts with the rights of that node account on
 * files it owns.
 */
export const k8sLowUid: IacRule = {
  id: 'k8s-low-uid',
  title: 'Container UID below 10000',
  severity: 'low',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  tags: ['CWE-250'],
  equivalents: ['CKV_K8S_40'],
  description: 'A container whose effective `runAsUser` (its own, else the pod\'s) is not set to 10000 or more, in a pod that does not use a user namespace (`hostUsers: false`).',
  remediation: 'Set `securityContext.runAsUser` to 10000 or more in the pod spec (or `hostUsers: false` where the cluster supports user namespaces).',
  check: (resource) =>
    judgeContainers(resource, (container, pod) => {
      if (valueAt(pod.spec, 'hostUsers') === false) return pass;
      const uid = effectiveSetting(container, pod, 'runAsUser');
      const value = asNumber(uid.value);
      if (typeof value === 'number' && Number.isInteger(value) && value >= 10_000) return pass;
      return fail(`container "${container.name}" runs with a UID below 10000 (or the image's): an escape acts as that node account`, uid.source === 'unset' ? `${container.path}.securityContext.runAsUser` : uid.path, { detail: container.name });
    }, ['containers']),
};
