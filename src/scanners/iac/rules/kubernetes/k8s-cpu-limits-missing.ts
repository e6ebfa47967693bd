import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * A container without a CPU limit may use every core of its node. A bug, a crypto-miner dropped by
 * an attacker or a request flood in one pod then slows down every other pod on the node.
 */
export const k8sCpuLimitsMissing: IacRule = {
  id: 'k8s-cpu-limits-missing',
  title: 'Container without a CPU limit',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-770'],
  equivalents: ['CKV_K8S_11'],
  description: 'A container without `resources.limits.cpu`.',
  remediation: 'Set `resources.limits.cpu` on every container (for example `cpu: 250m`), or give the namespace a LimitRange with defaults.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const value = valueAt(container, 'resources.limits.cpu');
      if (value !== undefined && value !== null && value !== '' && value !== 0) return pass;
      return fail(`container "${name}" sets no cpu limit: a runaway or hijacked process can take every core of the node`, `${path}.resources.limits.cpu`, { detail: name });
    }, ['containers', 'initContainers']),
};
