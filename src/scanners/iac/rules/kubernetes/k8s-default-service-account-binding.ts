import { blocksAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { bindingKinds } from '../../checks/rbac-policy-rules.ts';

/**
 * Every pod that names no service account runs as its namespace's `default` one. Granting that
 * account a role grants it to all those pods at once, including ones deployed later that never
 * needed it.
 */
export const k8sDefaultServiceAccountBinding: IacRule = {
  id: 'k8s-default-service-account-binding',
  title: 'Role bound to a default service account',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: bindingKinds,
  tags: ['CWE-269', 'CIS-K8S-5.1.5', 'least-privilege'],
  equivalents: ['CKV_K8S_42'],
  description: 'A RoleBinding or ClusterRoleBinding with a `default` ServiceAccount among its subjects.',
  remediation: 'Create a dedicated ServiceAccount for the workload, bind the role to it, and set `serviceAccountName` in the pod spec.',
  check(binding) {
    const verdicts: IacVerdict[] = [];
    blocksAt(binding, 'subjects').forEach((subject, index) => {
      if (!isIacObject(subject) || subject['kind'] !== 'ServiceAccount' || subject['name'] !== 'default') return;
      const namespace = typeof subject['namespace'] === 'string' ? subject['namespace'] : 'its';
      verdicts.push(fail(`grants its role to the default service account of ${namespace === 'its' ? 'its' : `namespace ${namespace}`}: every pod there that names no service account gets it`, `subjects.${index}`, { detail: `subjects[${index}]` }));
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};
