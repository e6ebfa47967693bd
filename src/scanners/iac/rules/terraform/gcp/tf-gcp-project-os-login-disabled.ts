import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without OS Login at project level, SSH access to VMs is managed with metadata keys that IAM does
 * not see, so removing someone from the project does not remove their SSH access.
 */
export const tfGcpProjectOsLoginDisabled: IacRule = {
  id: 'tf-gcp-project-os-login-disabled',
  title: 'Project metadata does not enable OS Login',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-4.4'],
  equivalents: ['CKV_GCP_33', 'AVD-GCP-0042'],
  description: 'A `google_compute_project_metadata` without `metadata = { enable-oslogin = "TRUE" }`.',
  remediation: 'Set `enable-oslogin = "TRUE"` in the project metadata.',
  format: 'terraform',
  resourceTypes: ['google_compute_project_metadata'],
  check: (metadata) =>
    expectAttribute(metadata, 'metadata.enable-oslogin', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'OS Login is not enabled for the project: SSH keys in metadata grant VM access that IAM cannot revoke or audit',
    }),
};
