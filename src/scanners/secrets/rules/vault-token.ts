import type { SecretRule } from '../secret-rule.ts';

/**
 * A Vault token reads every secret its policies allow, and can often create child tokens that
 * outlive it. Root and broad service tokens unlock the whole secret store.
 */
export const vaultToken: SecretRule = {
  id: 'vault-token',
  title: 'HashiCorp Vault token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'secrets-manager'],
  equivalents: ['vault-service-token', 'vault-batch-token', 'hashicorp-vault-token', 'VaultAuth'],
  description: 'A HashiCorp Vault service (hvs.), batch (hvb.) or recovery (hvr.) token, or a legacy s./b. token assigned to a Vault token name.',
  remediation: 'Revoke it with `vault token revoke` (or revoke its accessor), rotate the secrets it could read, and have workloads log in with an auth method instead of a static token.',
  keywords: ['hvs.', 'hvb.', 'hvr.', 'vault'],
  // hvs./hvb./hvr. + 24 to 512 base64url characters; or a Vault token name (VAULT_TOKEN, X-Vault-Token), an assignment, and s./b. + 24 alphanumerics.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hv[sbr]\.[A-Za-z0-9_-]{24,512})(?![A-Za-z0-9_-])|vault[\w.-]{0,20}?token["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<legacy>[sb]\.[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/i,
  secretGroups: ['secret', 'legacy'],
  minEntropy: 3.8,
  validate: (secret) => {
    const body = secret.slice(secret.indexOf('.') + 1);
    // Identifiers such as hvs.CreateTokenRequest2 are words and numbers; token bodies are random.
    if (/^(?:[A-Z]?[a-z]+|[0-9]+)+$/.test(body)) return false;
    return /[0-9]/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
};
