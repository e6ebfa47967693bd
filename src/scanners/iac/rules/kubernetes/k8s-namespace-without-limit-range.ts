import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { workloadKinds } from '../../checks/pod-spec.ts';
import { inSameNamespace, namespaceOf } from '../../checks/namespace.ts';

/**
 * A LimitRange gives containers that set no requests or limits sensible defaults and caps what any
 * one container may ask for. Without one, a single manifest that forgets its limits (or an attacker
 * who can create pods) can take a whole node's CPU and memory.
 */
export const k8sNamespaceWithoutLimitRange: IacRule = {
  id: 'k8s-namespace-without-limit-range',
  title: 'Workload in a namespace without a LimitRange',
  severity: 'low',
  confidence: 'low',
  format: 'kubernetes',
  resourceTypes: workloadKinds.filter((kind) => kind !== 'PodTemplate'),
  tags: ['CWE-770'],
  equivalents: [],
  description: 'A workload whose namespace has no LimitRange among the scanned manifests (the same file, or another manifest in the same directory). Objects applied from elsewhere are not seen, hence low confidence.',
  remediation: 'Add a LimitRange to the namespace with `default` and `defaultRequest` values for CPU and memory (and `max` values), so containers that set none still get bounds.',
  check(workload, { graph }) {
    if (inSameNamespace(workload, graph.ofType('LimitRange')).length > 0) return pass;
    return fail(`namespace ${namespaceOf(workload)} has no LimitRange beside this workload: containers that set no limits run unbounded`);
  },
};
