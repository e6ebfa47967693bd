import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { asBoolean } from '../../iac-value.ts';
import { containersOf, podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * A Windows HostProcess container runs directly on the node as a host process, with the node's
 * network and filesystem: the Windows equivalent of a privileged container, and a full node
 * compromise for whoever controls it.
 */
export const k8sWindowsHostProcess: IacRule = {
  id: 'k8s-windows-host-process',
  title: 'Windows HostProcess container',
  severity: 'critical',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'CIS-K8S-5.2.11', 'pss-baseline'],
  equivalents: [],
  description: 'A pod or container with `securityContext.windowsOptions.hostProcess: true` (Pod Security Standards, baseline).',
  remediation: 'Remove `windowsOptions.hostProcess`; node administration belongs to the platform\'s own tooling, not to workloads.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const verdicts: IacVerdict[] = [];
    if (asBoolean(valueAt(pod.spec, 'securityContext.windowsOptions.hostProcess')) === true) {
      verdicts.push(fail('the pod runs as Windows host processes: whoever controls it controls the node', `${pod.path}.securityContext.windowsOptions.hostProcess`, { detail: 'pod' }));
    }
    for (const { container, path, name } of containersOf(pod)) {
      if (asBoolean(valueAt(container, 'securityContext.windowsOptions.hostProcess')) !== true) continue;
      verdicts.push(fail(`container "${name}" runs as a Windows host process: whoever controls it controls the node`, `${path}.securityContext.windowsOptions.hostProcess`, { detail: name }));
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
