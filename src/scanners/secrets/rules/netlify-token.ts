import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';

/**
 * A Netlify access token deploys sites, reads and changes environment variables, and manages
 * DNS for every team its owner belongs to.
 */
export const netlifyToken: SecretRule = {
  id: 'netlify-token',
  title: 'Netlify access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud'],
  equivalents: ['netlify-access-token', 'Netlify'],
  description: 'A Netlify personal access token: the nfp_ format, or a legacy 40-64 character token assigned to a Netlify token name.',
  remediation: 'Revoke it at https://app.netlify.com/user/applications#personal-access-tokens and review recent deploys and environment variable changes.',
  keywords: ['nfp_', 'netlify'],
  // nfp_ + 36 alphanumerics; or a name with "netlify" and token/key/auth, an assignment, and a 40-64 character base64url value.
  pattern: /(?<![A-Za-z0-9_])(?<secret>nfp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])|netlify[\w.-]{0,20}?(?:token|key|auth)(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<legacy>[A-Za-z0-9_-]{40,64})(?![A-Za-z0-9_-])/i,
  secretGroups: ['secret', 'legacy'],
  minEntropy: 3.8,
  validate: (secret, groups) => !isMetadataNameSuffix(groups.suffix) && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret.slice(4)),
};
