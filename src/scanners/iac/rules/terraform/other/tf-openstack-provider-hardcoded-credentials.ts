import { judgeProviderSecrets } from '../../../checks/provider-credentials.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * An OpenStack password, token or application credential secret in the provider block logs in
 * as that user for anyone with the repository, a fork or the state: every project the user
 * belongs to is open to them.
 */
export const tfOpenstackProviderHardcodedCredentials: IacRule = {
  id: 'tf-openstack-provider-hardcoded-credentials',
  title: 'Hard-coded OpenStack credentials in the provider block',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_OPENSTACK_1'],
  description: 'A `provider "openstack"` block with a non-empty `password`, `token` or `application_credential_secret` written in the configuration or in a variable default.',
  remediation: 'Remove the secret from the provider block and rotate it; use `clouds.yaml` with `cloud = "name"`, or the `OS_PASSWORD` / `OS_APPLICATION_CREDENTIAL_SECRET` environment variables.',
  format: 'terraform',
  resourceTypes: ['provider.openstack'],
  check: (provider) =>
    judgeProviderSecrets(
      provider,
      [
        { name: 'password', what: 'password' },
        { name: 'token', what: 'token' },
        { name: 'application_credential_secret', what: 'application credential secret' },
      ],
      'anyone who can read the repository or the Terraform state can log in to the cloud as that user',
    ),
};
