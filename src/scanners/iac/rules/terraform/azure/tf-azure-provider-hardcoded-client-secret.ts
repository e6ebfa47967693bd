import { judgeProviderSecrets } from '../../../checks/provider-credentials.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A service principal's client secret in the `azurerm` provider block signs in as that principal
 * for anyone with the repository, a fork or the state; such principals usually hold Contributor
 * or Owner on whole subscriptions.
 */
export const tfAzureProviderHardcodedClientSecret: IacRule = {
  id: 'tf-azure-provider-hardcoded-client-secret',
  title: 'Hard-coded service principal secret in the azurerm provider block',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  // Checkov has no provider check for azurerm; the AWS one is CKV_AWS_41.
  equivalents: [],
  description: 'A `provider "azurerm"` (or `azuread`) block with a non-empty `client_secret` or `client_certificate_password` written in the configuration or in a variable default.',
  remediation: 'Remove `client_secret` from the provider block and rotate it; sign in with OIDC workload identity (`use_oidc = true`) or a managed identity (`use_msi = true`), or set `ARM_CLIENT_SECRET` in the environment.',
  format: 'terraform',
  resourceTypes: ['provider.azurerm', 'provider.azuread'],
  check: (provider) =>
    judgeProviderSecrets(
      provider,
      [
        { name: 'client_secret', what: 'client secret' },
        { name: 'client_certificate_password', what: 'client certificate password' },
      ],
      'anyone who can read the repository or the Terraform state can sign in as the service principal',
    ),
};
