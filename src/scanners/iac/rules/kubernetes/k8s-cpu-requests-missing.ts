import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * Without a CPU request the scheduler places the pod as if it needed nothing, packing nodes until
 * real load makes every pod on them slow; under contention the container is the first to be
 * starved.
 */
export const k8sCpuRequestsMissing: IacRule = {
  id: 'k8s-cpu-requests-missing',
  title: 'Container without a CPU request',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-770'],
  equivalents: ['CKV_K8S_10'],
  description: 'A container without `resources.requests.cpu`.',
  remediation: 'Set `resources.requests.cpu` on every container (for example `cpu: 250m`), or give the namespace a LimitRange with defaults.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const value = valueAt(container, 'resources.requests.cpu');
      if (value !== undefined && value !== null && value !== '' && value !== 0) return pass;
      return fail(`container "${name}" sets no cpu request: the scheduler cannot reserve CPU for it, so busy neighbours starve it`, `${path}.resources.requests.cpu`, { detail: name });
    }, ['containers', 'initContainers']),
};
