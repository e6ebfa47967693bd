import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * Without a memory request the scheduler assumes the pod needs none and may overcommit the node;
 * when memory runs short, pods without requests are evicted first.
 */
export const k8sMemoryRequestsMissing: IacRule = {
  id: 'k8s-memory-requests-missing',
  title: 'Container without a memory request',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-770'],
  equivalents: ['CKV_K8S_12'],
  description: 'A container without `resources.requests.memory`.',
  remediation: 'Set `resources.requests.memory` on every container (for example `memory: 256Mi`), or give the namespace a LimitRange with defaults.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const value = valueAt(container, 'resources.requests.memory');
      if (value !== undefined && value !== null && value !== '' && value !== 0) return pass;
      return fail(`container "${name}" sets no memory request: the scheduler cannot reserve memory for it and evicts it first under pressure`, `${path}.resources.requests.memory`, { detail: name });
    }, ['containers', 'initContainers']),
};
