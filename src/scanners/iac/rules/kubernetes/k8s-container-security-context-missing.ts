import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { isIacObject } from '../../iac-value.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * Privilege escalation, capabilities and a read-only root filesystem can only be set per
 * container. A container without a security context keeps the runtime's defaults for all of them,
 * which are tuned for compatibility, not for containing an attacker.
 */
export const k8sContainerSecurityContextMissing: IacRule = {
  id: 'k8s-container-security-context-missing',
  title: 'Container without a security context',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-1188', 'CIS-K8S-5.7.3'],
  equivalents: ['CKV_K8S_30'],
  description: 'A container without a (non-empty) `securityContext`.',
  remediation: 'Give every container a `securityContext` with `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true` and `capabilities: {drop: [ALL]}`.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const context = container['securityContext'];
      if (isIacObject(context) && Object.keys(context).length > 0) return pass;
      return fail(`container "${name}" has no security context: it keeps the runtime's permissive defaults for privilege escalation, capabilities and its filesystem`, path, { detail: name });
    }, ['containers', 'initContainers']),
};
