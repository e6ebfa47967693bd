import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { bindingKinds } from '../../checks/rbac-policy-rules.ts';

/**
 * cluster-admin can do anything to every object in the cluster. A service account, user or group
 * bound to it turns any compromise of that subject (a leaked token, a vulnerable pod) into control of
 * the whole cluster.
 */
export const k8sClusterAdminBinding: IacRule = {
  id: 'k8s-cluster-admin-binding',
  title: 'Binding to cluster-admin',
  severity: 'high',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: bindingKinds,
  tags: ['CWE-269', 'CIS-K8S-5.1.1', 'least-privilege'],
  equivalents: [],
  description: 'A RoleBinding or ClusterRoleBinding whose `roleRef` is the `cluster-admin` ClusterRole.',
  remediation: 'Bind a role that lists only the permissions the subject needs; keep cluster-admin for break-glass accounts outside manifests.',
  check(binding) {
    if (valueAt(binding, 'roleRef.kind') !== 'ClusterRole' || valueAt(binding, 'roleRef.name') !== 'cluster-admin') return pass;
    return fail('binds cluster-admin: any compromise of its subjects is control of the whole cluster', 'roleRef.name');
  },
};
