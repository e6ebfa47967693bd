import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject, type IacObject, type IacValue } from '../../iac-value.ts';
import { podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';
import { inSameNamespace, namespaceOf } from '../../checks/namespace.ts';

/** True when the policy's podSelector matches pods with these labels; a missing or empty selector matches every pod. */
function selects(spec: IacValue | undefined, labels: IacObject): boolean {
  const selector = isIacObject(spec) ? spec['podSelector'] : undefined;
  if (!isIacObject(selector)) return true;
  const matchLabels = isIacObject(selector['matchLabels']) ? selector['matchLabels'] : {};
  if (!Object.entries(matchLabels).every(([key, value]) => labels[key] === value)) return false;
  const expressions = Array.isArray(selector['matchExpressions']) ? selector['matchExpressions'] : [];
  return expressions.every((expression) => isIacObject(expression) && matchesExpression(expression, labels));
}

function matchesExpression(expression: IacObject, labels: IacObject): boolean {
  const key = String(expression['key']);
  const values = Array.isArray(expression['values']) ? expression['values'] : [];
  const has = Object.hasOwn(labels, key);
  switch (expression['operator']) {
    case 'In':
      return has && values.includes(labels[key]!);
    case 'NotIn':
      return !has || !values.includes(labels[key]!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/**
 * Kubernetes lets every pod talk to every other pod unless a NetworkPolicy selects it. An attacker
 * in one compromised pod can then reach every database, admin port and metadata endpoint in the
 * cluster; a policy per workload turns that flat network into the few paths the application uses.
 */
export const k8sMissingNetworkPolicy: IacRule = {
  id: 'k8s-missing-network-policy',
  title: 'Workload without a NetworkPolicy',
  severity: 'medium',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: workloadKinds.filter((kind) => kind !== 'PodTemplate'),
  tags: ['CWE-284', 'CIS-K8S-5.3.2'],
  equivalents: ['CKV2_K8S_6'],
  description: 'A workload whose pods no NetworkPolicy selects: none in the same namespace, in the same file or in another manifest of the same directory, has a `podSelector` matching the pod template\'s labels (an empty selector matches all). Policies applied from elsewhere are not seen, hence medium confidence.',
  remediation: 'Add a NetworkPolicy in the workload\'s namespace that selects its pods, starting from a default deny (`podSelector: {}` with `policyTypes: [Ingress, Egress]`) and allowing only the traffic it needs.',
  check(workload, { graph }) {
    const pod = podSpecOf(workload);
    if (!pod) return [];
    const namespace = namespaceOf(workload);
    const labels = isIacObject(pod.metadata?.['labels']) ? pod.metadata['labels'] : {};
    const covered = inSameNamespace(workload, graph.ofType('NetworkPolicy')).some((policy) => selects(policy.attributes['spec'], labels));
    if (covered) return pass;
    return fail(`no NetworkPolicy in namespace ${namespace} selects its pods: an attacker in any pod of the cluster can reach them, and they can reach everything`);
  },
};
