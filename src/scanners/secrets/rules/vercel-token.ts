import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';

/**
 * A Vercel token deploys projects, reads their environment variables (often every backend key
 * the app uses) and changes domains for the scope it was created for.
 */
export const vercelToken: SecretRule = {
  id: 'vercel-token',
  title: 'Vercel token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud'],
  equivalents: ['vercel-api-token', 'VercelToken'],
  description: 'A Vercel credential with a documented prefix (vcp_ personal, vci_ integration, vca_ app access, vcr_ app refresh, vck_ API key), or a legacy 24-character token assigned to a Vercel token name.',
  remediation: 'Delete it at https://vercel.com/account/tokens (or the integration or app settings), rotate the environment variables it could read, and use OIDC for deployments.',
  keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_', 'vercel'],
  // vc + kind letter + _ + 24-80 alphanumerics; or a name with "vercel" and token/key, an assignment, and 24 alphanumerics.
  pattern: /(?<![A-Za-z0-9_])(?<secret>vc[pciark]_[A-Za-z0-9]{24,80})(?![A-Za-z0-9_])|vercel[\w.-]{0,20}?(?:token|key|auth)(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<legacy>[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/i,
  secretGroups: ['secret', 'legacy'],
  minEntropy: 3.8,
  validate: (secret, groups) => !isMetadataNameSuffix(groups.suffix) && /[0-9]/.test(secret) && /[a-z]/.test(secret.slice(4)) && /[A-Z]/.test(secret.slice(4)),
};
