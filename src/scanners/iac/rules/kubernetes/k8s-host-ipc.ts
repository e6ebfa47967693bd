import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { asBoolean } from '../../iac-value.ts';
import { podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * `hostIPC: true` puts the pod in the node's IPC namespace instead of its own. A compromised container reads and writes the shared memory and message queues of every process on the node.
 * The Pod Security Standards forbid it from the baseline profile up.
 */
export const k8sHostIpc: IacRule = {
  id: 'k8s-host-ipc',
  title: 'Pod shares the host IPC namespace',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'CIS-K8S-5.2.4', 'pss-baseline'],
  equivalents: ['CKV_K8S_18'],
  description: 'A pod spec with `hostIPC: true`: the pod shares the node\'s IPC namespace (Pod Security Standards, baseline).',
  remediation: 'Remove `hostIPC` from the pod spec (or set `hostIPC: false`); a pod that truly needs it belongs in a dedicated, locked-down namespace.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    if (asBoolean(valueAt(pod.spec, 'hostIPC')) !== true) return pass;
    return fail(`the pod shares the node's IPC namespace: a compromised container reads and writes the shared memory and message queues of every process on the node`, `${pod.path}.hostIPC`);
  },
};
