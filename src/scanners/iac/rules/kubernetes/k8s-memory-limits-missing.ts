import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * A container without a memory limit can grow until the node runs out of memory; the kernel then
 * kills processes of other pods too. A leak or a crafted request that makes the service allocate is
 * enough to take down neighbours.
 */
export const k8sMemoryLimitsMissing: IacRule = {
  id: 'k8s-memory-limits-missing',
  title: 'Container without a memory limit',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-770'],
  equivalents: ['CKV_K8S_13'],
  description: 'A container without `resources.limits.memory`.',
  remediation: 'Set `resources.limits.memory` on every container (for example `memory: 256Mi`), or give the namespace a LimitRange with defaults.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const value = valueAt(container, 'resources.limits.memory');
      if (value !== undefined && value !== null && value !== '' && value !== 0) return pass;
      return fail(`container "${name}" sets no memory limit: a leak or crafted input can exhaust the node's memory and get neighbours killed`, `${path}.resources.limits.memory`, { detail: name });
    }, ['containers', 'initContainers']),
};
