import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { podSpecOf } from '../../checks/pod-spec.ts';

/**
 * A pod without a security context runs with the runtime's defaults: as the image's user (often
 * root), without a seccomp filter, with no filesystem group set. The pod security context is where
 * these defaults are tightened once for every container.
 */
export const k8sPodSecurityContextMissing: IacRule = {
  id: 'k8s-pod-security-context-missing',
  title: 'Pod without a security context',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  tags: ['CWE-1188', 'CIS-K8S-5.7.3'],
  equivalents: ['CKV_K8S_29'],
  description: 'A pod spec without a (non-empty) `securityContext`.',
  remediation: 'Add a pod `securityContext` with at least `runAsNonRoot: true` and `seccompProfile: {type: RuntimeDefault}`.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return fail('the object has no pod spec with a security context: its containers run with the runtime\'s permissive defaults', 'spec');
    const context = pod.spec['securityContext'];
    if (isIacObject(context) && Object.keys(context).length > 0) return pass;
    return fail('the pod has no security context: its containers run with the runtime\'s permissive defaults (often root, no seccomp)', `${pod.path}.securityContext`);
  },
};
