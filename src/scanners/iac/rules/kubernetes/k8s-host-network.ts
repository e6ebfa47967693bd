import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { asBoolean } from '../../iac-value.ts';
import { podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * `hostNetwork: true` puts the pod in the node's network namespace instead of its own. A compromised container sniffs node traffic, reaches services bound to localhost on the node and bypasses NetworkPolicies.
 * The Pod Security Standards forbid it from the baseline profile up.
 */
export const k8sHostNetwork: IacRule = {
  id: 'k8s-host-network',
  title: 'Pod shares the host network namespace',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'CIS-K8S-5.2.5', 'pss-baseline'],
  equivalents: ['CKV_K8S_19'],
  description: 'A pod spec with `hostNetwork: true`: the pod shares the node\'s network namespace (Pod Security Standards, baseline).',
  remediation: 'Remove `hostNetwork` from the pod spec (or set `hostNetwork: false`); a pod that truly needs it belongs in a dedicated, locked-down namespace.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    if (asBoolean(valueAt(pod.spec, 'hostNetwork')) !== true) return pass;
    return fail(`the pod shares the node's network namespace: a compromised container sniffs node traffic, reaches services bound to localhost on the node and bypasses NetworkPolicies`, `${pod.path}.hostNetwork`);
  },
};
