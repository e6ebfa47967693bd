import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { decidedByTemplate, GCP_VM_TYPES } from '../../../checks/gcp-instance-template.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * OS Login ties SSH access to IAM identities, so removing a person from IAM removes their access;
 * turning it off on one VM brings back metadata SSH keys, which outlive the people who added them.
 */
export const tfGcpComputeOsLoginDisabled: IacRule = {
  id: 'tf-gcp-compute-os-login-disabled',
  title: 'VM overrides OS Login to disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-4.4'],
  equivalents: ['CKV_GCP_34', 'AVD-GCP-0036'],
  description: 'A `google_compute_instance`, instance template or instance from template with `metadata = { enable-oslogin = false }`, overriding the project setting.',
  remediation: 'Remove `enable-oslogin` from the instance metadata (or set it to `"TRUE"`) and enable OS Login in project metadata.',
  format: 'terraform',
  resourceTypes: GCP_VM_TYPES,
  check: (vm) =>
    decidedByTemplate(vm, 'metadata.enable-oslogin') ??
    expectAttribute(vm, 'metadata.enable-oslogin', {
      accept: (value) => !isBoolean(false)(value),
      whenMissing: 'pass',
      message: 'OS Login is turned off for this VM: SSH keys in metadata grant access that IAM cannot revoke or audit',
    }),
};
