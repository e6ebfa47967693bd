import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';
import { capabilityList, normalizeCapability } from '../../checks/capabilities.ts';

/**
 * CAP_SYS_ADMIN is "the new root": it allows mounting filesystems, creating namespaces and dozens of
 * other privileged operations, and it is the capability behind most published container escapes.
 */
export const k8sSysAdminCapability: IacRule = {
  id: 'k8s-sys-admin-capability',
  title: 'Container adds CAP_SYS_ADMIN',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-250', 'pss-baseline'],
  equivalents: ['CKV_K8S_39'],
  description: 'A container with `SYS_ADMIN` in `securityContext.capabilities.add`.',
  remediation: 'Remove `SYS_ADMIN` from `securityContext.capabilities.add`; mount filesystems through volumes or a CSI driver instead.',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) =>
      capabilityList(container, 'add').some((capability) => normalizeCapability(capability) === 'SYS_ADMIN')
        ? fail(`container "${name}" adds SYS_ADMIN: a compromised process can mount the host's disks and escape the container`, `${path}.securityContext.capabilities.add`, { detail: name })
        : pass,
    ),
};
