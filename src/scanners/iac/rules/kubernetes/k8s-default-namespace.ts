import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * The `default` namespace collects everything nobody placed elsewhere, so RBAC grants, network
 * policies and quotas there are broad or missing; a workload in it shares that space with whatever
 * else landed there, which makes isolating a compromise hard.
 */
export const k8sDefaultNamespace: IacRule = {
  id: 'k8s-default-namespace',
  title: 'Object in the default namespace',
  severity: 'low',
  confidence: 'low',
  format: 'kubernetes',
  resourceTypes: ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Service', 'Secret', 'ServiceAccount', 'Role', 'RoleBinding', 'ConfigMap', 'Ingress'],
  tags: ['CWE-1188', 'CIS-K8S-5.7.4'],
  equivalents: ['CKV_K8S_21'],
  description: 'A namespaced object whose `metadata.namespace` is missing or `default` (the `default` ServiceAccount and the `kubernetes` Service excepted). Manifests applied with `kubectl -n` or rendered by a tool that sets the namespace also match, so it is low confidence: shown with `--min-confidence low`.',
  remediation: 'Set `metadata.namespace` to a namespace made for the application, with its own RBAC, quotas and NetworkPolicies.',
  check(resource) {
    const namespace = valueAt(resource, 'metadata.namespace');
    if (typeof namespace === 'string' && namespace !== '' && namespace !== 'default') return pass;
    const name = valueAt(resource, 'metadata.name');
    if ((resource.type === 'ServiceAccount' && name === 'default') || (resource.type === 'Service' && name === 'kubernetes')) return pass;
    return fail('lives in the default namespace, where RBAC, quotas and network policies are shared with everything else placed there', namespace === undefined ? 'metadata' : 'metadata.namespace');
  },
};
