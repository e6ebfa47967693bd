import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { grants, policyRulesOf, roleKinds, type Permission } from '../../checks/rbac-policy-rules.ts';

const permission: Permission = { apiGroups: [''], verbs: ['get', 'list', 'watch'], resources: ['secrets'] };

/**
 * Reading secrets is reading every credential stored in the namespace (or the cluster, for a
 * ClusterRole): database passwords, cloud keys, service account tokens. `list` and `watch` return
 * secret values too, not just names.
 */
export const k8sRbacSecretsAccess: IacRule = {
  id: 'k8s-rbac-secrets-access',
  title: 'RBAC read access to secrets',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: roleKinds,
  tags: ['CWE-269', 'CIS-K8S-5.1.2', 'least-privilege'],
  equivalents: ['CKV2_K8S_5'],
  description: 'A Role or ClusterRole rule that allows `get`, `list` or `watch` on `secrets` (directly or through `*`) without limiting it to named secrets (`resourceNames`).',
  remediation: 'Drop the rule, or limit it to the secrets the workload needs with `resourceNames: [my-secret]` and the `get` verb only.',
  check(role) {
    const verdicts: IacVerdict[] = policyRulesOf(role)
      .filter(({ rule }) => grants(rule, permission) && !Array.isArray(rule['resourceNames']))
      .map(({ path, index }) => fail(`rule ${index + 1} lets its holders read every secret in scope: each credential stored there is theirs`, path, { detail: `rules[${index}]` }));
    return verdicts.length > 0 ? verdicts : pass;
  },
};
