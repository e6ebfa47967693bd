import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { asBoolean } from '../../iac-value.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * A writable root filesystem lets an attacker who gets code running in the container drop tools,
 * replace binaries and persist changes for the life of the container; read-only roots turn most
 * post-exploitation steps into errors.
 */
export const k8sWritableRootFilesystem: IacRule = {
  id: 'k8s-writable-root-filesystem',
  title: 'Container root filesystem writable',
  severity: 'low',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-732'],
  equivalents: ['CKV_K8S_22'],
  description: 'A container without `securityContext.readOnlyRootFilesystem: true`.',
  remediation: 'Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where the application must write (`/tmp`, caches).',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) =>
      asBoolean(valueAt(container, 'securityContext.readOnlyRootFilesystem')) === true
        ? pass
        : fail(`container "${name}" has a writable root filesystem: an attacker in it can drop tools and replace binaries`, `${path}.securityContext.readOnlyRootFilesystem`, { detail: name }),
    ),
};
