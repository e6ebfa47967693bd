import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { containersOf, podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * Tiller, Helm v2's in-cluster server, usually runs with cluster-admin rights and listens on a
 * gRPC port with no authentication by default: any pod that reaches it can install charts that take
 * over the cluster. Helm v2 has been unsupported since 2020.
 */
export const k8sTillerDeployed: IacRule = {
  id: 'k8s-tiller-deployed',
  title: 'Helm v2 Tiller deployed',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-306'],
  equivalents: ['CKV_K8S_34'],
  description: 'A workload that runs Tiller, the server side of Helm v2: an image whose name contains `tiller`, or pod labels `app: helm` or `name: tiller`.',
  remediation: 'Remove Tiller and migrate to Helm 3, which has no in-cluster component.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const tiller = containersOf(pod).find(({ container }) => typeof container['image'] === 'string' && container['image'].includes('tiller'));
    if (tiller) return fail(`container "${tiller.name}" runs Helm v2 Tiller: any pod that reaches its unauthenticated port can install charts with its cluster-wide rights`, `${tiller.path}.image`, { detail: tiller.name });
    if (valueAt(pod.metadata, 'labels.app') === 'helm' || valueAt(pod.metadata, 'labels.name') === 'tiller') {
      return fail('runs Helm v2 Tiller (by its labels): any pod that reaches its unauthenticated port can install charts with its cluster-wide rights', `${pod.metadataPath}.labels`);
    }
    return pass;
  },
};
