import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { podSpecOf } from '../../checks/pod-spec.ts';

/**
 * Every pod gets a token for its service account mounted at a well-known path unless told
 * otherwise. An attacker with code execution or a file-read bug in the pod reads it and calls the
 * Kubernetes API with whatever that account may do, which RBAC drift often makes a lot.
 */
export const k8sServiceAccountTokenAutomount: IacRule = {
  id: 'k8s-service-account-token-automount',
  title: 'Service account token mounted automatically',
  severity: 'low',
  confidence: 'medium',
  format: 'kubernetes',
  resourceTypes: ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  tags: ['CWE-522', 'CIS-K8S-5.1.6'],
  equivalents: ['CKV_K8S_38'],
  description: 'A pod spec without `automountServiceAccountToken: false`.',
  remediation: 'Set `automountServiceAccountToken: false` in the pod spec, and mount a token (a projected volume) only into pods that call the Kubernetes API.',
  check(resource) {
    const pod = podSpecOf(resource);
    // A spec that is not a mapping (a list, a typo in the indentation) is not something Kubernetes would run as written.
    if (!pod) return unknown('the object has no pod spec rampart can read', 'spec');
    if (pod.spec['automountServiceAccountToken'] === false) return pass;
    return fail('the pod gets its service account\'s API token mounted: code execution or a file read in it gives the attacker that account\'s Kubernetes API access', `${pod.path}.automountServiceAccountToken`);
  },
};
