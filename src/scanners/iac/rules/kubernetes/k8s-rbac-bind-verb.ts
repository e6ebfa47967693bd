import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { grants, policyRulesOf, roleKinds, type Permission } from '../../checks/rbac-policy-rules.ts';

const permission: Permission = { apiGroups: ['rbac.authorization.k8s.io'], verbs: ['bind'], resources: ['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'] };

/**
 * `bind` lets a subject create bindings to roles it does not hold itself. Anyone with it (or its
 * token) can bind themselves to cluster-admin.
 */
export const k8sRbacBindVerb: IacRule = {
  id: 'k8s-rbac-bind-verb',
  title: 'RBAC bind permission',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: roleKinds,
  tags: ['CWE-269', 'CIS-K8S-5.1.8', 'least-privilege'],
  equivalents: ['CKV_K8S_157'],
  description: 'A Role or ClusterRole rule that allows the `bind` verb on roles, clusterroles, rolebindings or clusterrolebindings (directly or through `*`).',
  remediation: 'Remove `bind` (and `*`) from the rule; let only cluster administrators bind roles.',
  check(role) {
    const verdicts: IacVerdict[] = policyRulesOf(role)
      .filter(({ rule }) => grants(rule, permission))
      .map(({ path, index }) => fail(`rule ${index + 1} grants bind: its holders can bind themselves to any role, cluster-admin included`, path, { detail: `rules[${index}]` }));
    return verdicts.length > 0 ? verdicts : pass;
  },
};
