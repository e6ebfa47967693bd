import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { grants, policyRulesOf, roleKinds, type Permission } from '../../checks/rbac-policy-rules.ts';

const permission: Permission = { apiGroups: ['rbac.authorization.k8s.io'], verbs: ['escalate'], resources: ['roles', 'clusterroles'] };

/**
 * `escalate` lets a subject edit roles to grant permissions it does not have, bypassing the RBAC
 * rule that stops privilege escalation. Its holder can give itself anything.
 */
export const k8sRbacEscalateVerb: IacRule = {
  id: 'k8s-rbac-escalate-verb',
  title: 'RBAC escalate permission',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: roleKinds,
  tags: ['CWE-269', 'CIS-K8S-5.1.8', 'least-privilege'],
  equivalents: ['CKV_K8S_158'],
  description: 'A Role or ClusterRole rule that allows the `escalate` verb on roles or clusterroles (directly or through `*`).',
  remediation: 'Remove `escalate` (and `*`) from the rule.',
  check(role) {
    const verdicts: IacVerdict[] = policyRulesOf(role)
      .filter(({ rule }) => grants(rule, permission))
      .map(({ path, index }) => fail(`rule ${index + 1} grants escalate: its holders can add any permission to a role they hold`, path, { detail: `rules[${index}]` }));
    return verdicts.length > 0 ? verdicts : pass;
  },
};
