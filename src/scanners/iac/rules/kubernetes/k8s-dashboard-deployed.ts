import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { containersOf, podSpecOf, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * The Kubernetes dashboard is a web UI onto the cluster API. Deployed with a broad service account
 * (as in Tesla's 2018 cryptojacking incident) or exposed without authentication, it hands anyone who
 * reaches it control of the cluster.
 */
export const k8sDashboardDeployed: IacRule = {
  id: 'k8s-dashboard-deployed',
  title: 'Kubernetes dashboard deployed',
  severity: 'medium',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-306'],
  equivalents: ['CKV_K8S_33'],
  description: 'A workload that runs the Kubernetes dashboard: an image containing `kubernetes-dashboard` or `kubernetesui`, or pod labels `app` / `k8s-app` equal to `kubernetes-dashboard`.',
  remediation: 'Remove the dashboard, or run it only behind authenticated access (kubectl proxy, an identity-aware proxy) with a read-only service account.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    // The dashboard's images: named kubernetes-dashboard, or published by the kubernetesui organisation.
    const dashboard = containersOf(pod).find(({ container }) => typeof container['image'] === 'string' && /kubernetes-dashboard|kubernetesui/.test(container['image']));
    if (dashboard) return fail(`container "${dashboard.name}" runs the Kubernetes dashboard: whoever reaches it can act on the cluster with its service account`, `${dashboard.path}.image`, { detail: dashboard.name });
    if (valueAt(pod.metadata, 'labels.app') === 'kubernetes-dashboard' || valueAt(pod.metadata, 'labels.k8s-app') === 'kubernetes-dashboard') {
      return fail('runs the Kubernetes dashboard (by its labels): whoever reaches it can act on the cluster with its service account', `${pod.metadataPath}.labels`);
    }
    return pass;
  },
};
