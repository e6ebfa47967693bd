import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A content type says what a secret is (password, connection string, certificate), which is what
 * rotation, review and incident response rely on to find and replace it quickly.
 */
export const tfAzureKeyVaultSecretNoContentType: IacRule = {
  id: 'tf-azure-key-vault-secret-no-content-type',
  title: 'Key Vault secret without a content type',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault_secret'],
  tags: ['CWE-1059'],
  equivalents: ['CKV_AZURE_114', 'AVD-AZU-0015'],
  description: 'An `azurerm_key_vault_secret` without `content_type`.',
  remediation: 'Set `content_type` to what the secret holds, e.g. `content_type = "password"` or `"text/plain"`.',
  check: (secret) => checkPresent(secret, ['content_type'], 'the secret has no content type: responders cannot tell what it is when it must be rotated after a leak'),
};
