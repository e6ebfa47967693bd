import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { policyRulesOf, roleKinds, stringList } from '../../checks/rbac-policy-rules.ts';

/**
 * A wildcard grants every current and future resource or verb, including ones added by CRDs and
 * later Kubernetes versions: `resources: ["*"]` includes secrets, and `verbs: ["*"]` includes
 * escalate, bind and impersonate. Whoever holds the role, or steals its token, gets far more than
 * the workload needed.
 */
export const k8sRbacWildcard: IacRule = {
  id: 'k8s-rbac-wildcard',
  title: 'RBAC rule with wildcards',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: roleKinds,
  tags: ['CWE-269', 'CIS-K8S-5.1.3', 'least-privilege'],
  equivalents: ['CKV_K8S_49'],
  description: 'A Role or ClusterRole rule with `*` in its `apiGroups`, `resources` or `verbs`, one finding per field (Checkov looks at the first rule only; every rule is checked here).',
  remediation: 'List the exact API groups, resources and verbs the subject needs (for example `apiGroups: [""]`, `resources: [configmaps]`, `verbs: [get, list]`).',
  check(role) {
    const verdicts: IacVerdict[] = [];
    for (const { rule, path, index } of policyRulesOf(role)) {
      for (const field of ['apiGroups', 'resources', 'verbs'] as const) {
        if (!stringList(rule, field).some((entry) => entry.includes('*'))) continue;
        const what = field === 'verbs' ? 'verb, escalate and impersonate included' : field === 'resources' ? 'resource, secrets included' : 'API group';
        verdicts.push(fail(`rule ${index + 1} grants * in ${field}: whoever holds this role (or steals its token) gets every current and future ${what}`, `${path}.${field}`, { detail: `rules[${index}].${field}` }));
      }
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
