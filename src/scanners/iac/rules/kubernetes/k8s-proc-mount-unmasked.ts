import { valueAt } from '../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';
import { judgeContainers, workloadKinds } from '../../checks/pod-spec.ts';

/**
 * The runtime masks sensitive /proc paths (kcore, sysrq-trigger, keys …) inside containers.
 * `procMount: Unmasked` removes the masks, exposing kernel memory and controls to a process that
 * should never reach them.
 */
export const k8sProcMountUnmasked: IacRule = {
  id: 'k8s-proc-mount-unmasked',
  title: 'Container /proc mount unmasked',
  severity: 'high',
  confidence: 'high',
  format: 'kubernetes',
  resourceTypes: workloadKinds,
  tags: ['CWE-668', 'pss-baseline'],
  equivalents: [],
  description: 'A container with `securityContext.procMount` other than `Default` (Pod Security Standards, baseline).',
  remediation: 'Remove `securityContext.procMount` (or set it to `Default`).',
  check: (resource) =>
    judgeContainers(resource, ({ container, path, name }) => {
      const procMount = valueAt(container, 'securityContext.procMount');
      if (procMount === undefined || procMount === null || procMount === 'Default') return pass;
      return fail(`container "${name}" mounts /proc ${String(procMount)}: a compromised process reaches kernel interfaces the runtime normally hides`, `${path}.securityContext.procMount`, { detail: name });
    }),
};
