import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { grants, policyRulesOf, roleKinds, type Permission } from '../../checks/rbac-policy-rules.ts';

const permission: Permission = { apiGroups: ['', 'authentication.k8s.io'], verbs: ['impersonate'], resources: ['users', 'groups', 'serviceaccounts', 'uids', 'userextras'] };

/**
 * `impersonate` lets a subject act as another user, group or service account, so its holder gets
 * the permissions of whoever it chooses to be, `system:masters` included.
 */
export const k8sRbacImpersonateVerb: IacRule = {
  id: 'k8s-rbac-impersonate-verb',
  title: 'RBAC impersonate permission',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: roleKinds,
  tags: ['CWE-269', 'CIS-K8S-5.1.8', 'least-privilege'],
  equivalents: ['CKV2_K8S_3'],
  description: 'A Role or ClusterRole rule that allows the `impersonate` verb on users, groups or serviceaccounts (directly or through `*`).',
  remediation: 'Remove `impersonate` (and `*`) from the rule; grant the needed permissions directly instead.',
  check(role) {
    const verdicts: IacVerdict[] = policyRulesOf(role)
      .filter(({ rule }) => grants(rule, permission))
      .map(({ path, index }) => fail(`rule ${index + 1} grants impersonate: its holders can act as any user, group or service account`, path, { detail: `rules[${index}]` }));
    return verdicts.length > 0 ? verdicts : pass;
  },
};
