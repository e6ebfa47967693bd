import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { grants, policyRulesOf, roleKinds, type Permission } from '../../checks/rbac-policy-rules.ts';

const permission: Permission = { apiGroups: [''], verbs: ['create'], resources: ['pods/exec', 'nodes/proxy'] };

/**
 * `pods/exec` runs commands inside any pod in scope, with its service account and secrets;
 * `nodes/proxy` reaches the kubelet API, which can exec into every pod on the node.
 */
export const k8sRbacPodExec: IacRule = {
  id: 'k8s-rbac-pod-exec',
  title: 'RBAC permission to exec into pods or proxy to nodes',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: roleKinds,
  tags: ['CWE-269', 'least-privilege'],
  equivalents: ['CKV2_K8S_2'],
  description: 'A Role or ClusterRole rule that allows `create` on `pods/exec` or `nodes/proxy` (directly or through `*`).',
  remediation: 'Remove the rule; give debugging access through a short-lived, audited break-glass role instead.',
  check(role) {
    const verdicts: IacVerdict[] = policyRulesOf(role)
      .filter(({ rule }) => grants(rule, permission))
      .map(({ path, index }) => fail(`rule ${index + 1} allows exec into pods or proxying to kubelets: its holders can run commands in any pod in scope`, path, { detail: `rules[${index}]` }));
    return verdicts.length > 0 ? verdicts : pass;
  },
};
