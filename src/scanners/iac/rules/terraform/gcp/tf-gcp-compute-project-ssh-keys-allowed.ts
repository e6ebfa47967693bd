import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { decidedByTemplate, GCP_VM_TYPES } from '../../../checks/gcp-instance-template.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Project-wide SSH keys open every VM in the project: one leaked key from any team member's laptop
 * is a shell on all of them.
 */
export const tfGcpComputeProjectSshKeysAllowed: IacRule = {
  id: 'tf-gcp-compute-project-ssh-keys-allowed',
  title: 'VM accepts project-wide SSH keys',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-4.3'],
  equivalents: ['CKV_GCP_32', 'AVD-GCP-0030'],
  description: 'A `google_compute_instance`, instance template or instance from template without `metadata = { block-project-ssh-keys = true }`.',
  remediation: 'Add `block-project-ssh-keys = true` to the instance `metadata` (or use OS Login).',
  format: 'terraform',
  resourceTypes: GCP_VM_TYPES,
  check: (vm) =>
    decidedByTemplate(vm, 'metadata.block-project-ssh-keys') ??
    expectAttribute(vm, 'metadata.block-project-ssh-keys', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'project-wide SSH keys are accepted: any key added at project level, or leaked from anyone who has one, opens this VM',
    }),
};
