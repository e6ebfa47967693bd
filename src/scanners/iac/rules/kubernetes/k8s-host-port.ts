import { blocksAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * A `hostPort` opens the container's port on the node's own address, outside any Service and
 * NetworkPolicy, so anything that can reach the node reaches the container directly.
 */
export const k8sHostPort: IacRule = {
  id: 'k8s-host-port',
  title: 'Container binds a host port',
  severity: 'medium',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'CIS-K8S-5.2.13', 'pss-baseline'],
  equivalents: ['CKV_K8S_26'],
  description: 'A container port with `hostPort` (Pod Security Standards, baseline).',
  remediation: 'Remove `hostPort` and expose the port through a Service (ClusterIP, or a LoadBalancer/Ingress for outside traffic).',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const index = blocksAt(container, 'ports').findIndex((port) => isIacObject(port) && Object.hasOwn(port, 'hostPort'));
      if (index === -1) return pass;
      return fail(`container "${name}" binds a port on the node's address: anyone who reaches the node reaches it, bypassing Services and NetworkPolicies`, `${path}.ports.${index}.hostPort`, { detail: name });
    }),
};
