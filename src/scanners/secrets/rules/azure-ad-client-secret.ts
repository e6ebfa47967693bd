import type { SecretRule } from '../secret-rule.ts';

/**
 * A Microsoft Entra ID (Azure AD) client secret signs in as its app registration and gets every
 * permission granted to it: often Microsoft Graph access to mail, files and users, or
 * Azure resource roles for a whole subscription.
 */
export const azureAdClientSecret: SecretRule = {
  id: 'azure-ad-client-secret',
  title: 'Microsoft Entra ID client secret',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'azure'],
  equivalents: ['azure-ad-client-secret', 'AzureEntraClientSecret', 'Azure'],
  description: 'A Microsoft Entra ID (Azure AD) application client secret in the current format: 3 characters, a digit, Q~, then 31 to 34 more.',
  remediation: 'Delete the secret under App registrations > Certificates & secrets, check the sign-in logs of the service principal, and prefer certificates or workload identity federation.',
  keywords: ['q~'],
  // 3 characters of the secret alphabet, one digit, the literal Q~, then 31 to 34 more.
  pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
  minEntropy: 3.8,
  // Random secrets mix cases and digits after the marker.
  validate: (secret) => /[a-z]/.test(secret.slice(6)) && /[A-Z]/.test(secret.slice(6)) && /[0-9]/.test(secret.slice(6)),
};
