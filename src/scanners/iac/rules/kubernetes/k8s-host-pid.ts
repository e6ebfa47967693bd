import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { asBoolean } from '../../iac-value.ts';
import { podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * `hostPID: true` puts the pod in the node's process ID namespace instead of its own. A compromised container sees every process on the node, reads their environment and memory through /proc, and can signal or trace them.
 * The Pod Security Standards forbid it from the baseline profile up.
 */
export const k8sHostPid: IacRule = {
  id: 'k8s-host-pid',
  title: 'Pod shares the host PID namespace',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'CIS-K8S-5.2.3', 'pss-baseline'],
  equivalents: ['CKV_K8S_17'],
  description: 'A pod spec with `hostPID: true`: the pod shares the node\'s process ID namespace (Pod Security Standards, baseline).',
  remediation: 'Remove `hostPID` from the pod spec (or set `hostPID: false`); a pod that truly needs it belongs in a dedicated, locked-down namespace.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    if (asBoolean(valueAt(pod.spec, 'hostPID')) !== true) return pass;
    return fail(`the pod shares the node's process ID namespace: a compromised container sees every process on the node, reads their environment and memory through /proc, and can signal or trace them`, `${pod.path}.hostPID`);
  },
};
