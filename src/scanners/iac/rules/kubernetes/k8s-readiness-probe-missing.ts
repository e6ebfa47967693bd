import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { judgeContainers } from '../../checks/pod-spec.ts';

/**
 * Without a readiness probe a pod receives traffic as soon as its process starts, and keeps
 * receiving it while it is overloaded or broken, so deploys and incidents turn into errors for
 * users.
 */
export const k8sReadinessProbeMissing: IacRule = {
  id: 'k8s-readiness-probe-missing',
  title: 'Container without a readiness probe',
  severity: 'low',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: ['Pod', 'PodTemplate', 'Deployment', 'DeploymentConfig', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'],
  tags: ['CWE-754'],
  equivalents: ['CKV_K8S_9'],
  description: 'A long-running container (not in a Job or CronJob, and not an init container) without a `readinessProbe`.',
  remediation: 'Add a `readinessProbe` (an `httpGet` on a health endpoint, or a `tcpSocket`/`exec` check) to every long-running container.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) =>
      isIacObject(container['readinessProbe']) && Object.keys(container['readinessProbe']).length > 0
        ? pass
        : fail(`container "${name}" has no readinessProbe: it gets traffic before it can serve and while it is broken`, path, { detail: name }),
    ['containers']),
};
