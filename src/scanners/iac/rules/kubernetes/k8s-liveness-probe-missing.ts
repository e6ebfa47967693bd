import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { judgeContainers } from '../../checks/pod-spec.ts';

/**
 * Without a liveness probe Kubernetes restarts a container only when its process exits. A
 * deadlocked or wedged service (or one an attacker has hung with a slow request) keeps its place and
 * keeps failing requests until someone notices.
 */
export const k8sLivenessProbeMissing: IacRule = {
  id: 'k8s-liveness-probe-missing',
  title: 'Container without a liveness probe',
  severity: 'low',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: ['Pod', 'PodTemplate', 'Deployment', 'DeploymentConfig', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
  tags: ['CWE-754'],
  equivalents: ['CKV_K8S_8'],
  description: 'A long-running container (not in a Job or CronJob, and not an init container) without a `livenessProbe`.',
  remediation: 'Add a `livenessProbe` (an `httpGet` on a health endpoint, or a `tcpSocket`/`exec` check) to every long-running container.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) =>
      isIacObject(container['livenessProbe']) && Object.keys(container['livenessProbe']).length > 0
        ? pass
        : fail(`container "${name}" has no livenessProbe: a hung process is never restarted`, path, { detail: name }),
    ['containers']),
};
