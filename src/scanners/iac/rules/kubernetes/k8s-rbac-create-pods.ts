import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { grants, policyRulesOf, roleKinds, type Permission } from '../../checks/rbac-policy-rules.ts';

const permission: Permission = { apiGroups: [''], verbs: ['create'], resources: ['pods'] };

/**
 * Creating a pod is running code as any service account of the namespace and mounting any of its
 * secrets; without a strict admission policy it is also a privileged pod on a node of one's choosing.
 */
export const k8sRbacCreatePods: IacRule = {
  id: 'k8s-rbac-create-pods',
  title: 'RBAC permission to create pods',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: roleKinds,
  tags: ['CWE-269', 'CIS-K8S-5.1.4', 'least-privilege'],
  equivalents: [],
  description: 'A Role or ClusterRole rule that allows `create` on `pods` (directly or through `*`).',
  remediation: 'Let deployments and controllers create pods; drop `create` on `pods` from roles held by people and workloads.',
  check(role) {
    const verdicts: IacVerdict[] = policyRulesOf(role)
      .filter(({ rule }) => grants(rule, permission))
      .map(({ path, index }) => fail(`rule ${index + 1} allows creating pods: its holders can run code with any service account and secret of the namespace`, path, { detail: `rules[${index}]` }));
    return verdicts.length > 0 ? verdicts : pass;
  },
};
