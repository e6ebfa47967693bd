import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { workloadKinds } from '../../checks/pod-spec.ts';
import { inSameNamespace, namespaceOf } from '../../checks/namespace.ts';

/**
 * A ResourceQuota caps what a whole namespace may consume. Without one, a runaway deployment, a
 * compromised CI token or a crafted request that makes an operator scale out can exhaust the
 * cluster's capacity and starve every other team.
 */
export const k8sNamespaceWithoutResourceQuota: IacRule = {
  id: 'k8s-namespace-without-resource-quota',
  title: 'Workload in a namespace without a ResourceQuota',
  severity: 'low',
  confidence: 'low',
  format: 'kubernetes',
  resourceTypes: workloadKinds.filter((kind) => kind !== 'PodTemplate'),
  tags: ['CWE-770'],
  equivalents: [],
  description: 'A workload whose namespace has no ResourceQuota among the scanned manifests (the same file, or another manifest in the same directory). Objects applied from elsewhere are not seen, hence low confidence.',
  remediation: 'Add a ResourceQuota to the namespace that caps total CPU, memory, pods and object counts.',
  check(workload, { graph }) {
    if (inSameNamespace(workload, graph.ofType('ResourceQuota')).length > 0) return pass;
    return fail(`namespace ${namespaceOf(workload)} has no ResourceQuota beside this workload: its pods can consume the cluster without a budget`);
  },
};
