import { judgeProviderSecrets } from '../../../checks/provider-credentials.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The passphrase of the API signing key, written next to the key's path, leaves only the key
 * file between a reader of the repository and the tenancy; keys are copied around far more
 * than anyone tracks.
 */
export const tfOciProviderPrivateKeyPassword: IacRule = {
  id: 'tf-oci-provider-private-key-password',
  title: 'Hard-coded OCI signing key passphrase in the provider block',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_OCI_1'],
  description: 'A `provider "oci"` block with a non-empty `private_key_password` written in the configuration or in a variable default.',
  remediation: 'Remove `private_key_password` from the provider block; keep it in `~/.oci/config`, the `TF_VAR_` environment, or use instance or resource principals (`auth = "InstancePrincipal"`).',
  format: 'terraform',
  resourceTypes: ['provider.oci'],
  check: (provider) =>
    judgeProviderSecrets(provider, [{ name: 'private_key_password', what: 'signing key passphrase' }], 'anyone who also gets the key file can call the OCI API as that user'),
};
