import type { SecretRule } from '../secret-rule.ts';

/**
 * A Supabase personal access token manages every project of its owner through the Management
 * API (read database passwords and keys, change settings, delete projects); a secret API key
 * (sb_secret_) bypasses row-level security. Publishable keys (sb_publishable_) are public by
 * design and left alone; service_role JWTs are reported by the jwt rule.
 */
export const supabaseAccessToken: SecretRule = {
  id: 'supabase-access-token',
  title: 'Supabase access token or secret key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'database', 'supabase'],
  equivalents: ['SupabaseToken'],
  description: 'A Supabase personal access token (sbp_ + 40 hex characters) or secret API key (sb_secret_). Publishable keys are recognised and not reported.',
  remediation: 'Revoke the token at https://supabase.com/dashboard/account/tokens, or roll the secret key in the project API settings, and keep the new one in a secret store.',
  keywords: ['sbp_', 'sb_secret_', 'sb_publishable_'],
  // sbp_ and 40 hex characters; or sb_secret_ / sb_publishable_ and 28 to 64 base64url characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>sbp_[a-f0-9]{40}|sb_(?<kind>secret|publishable)_[A-Za-z0-9_-]{28,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: (_secret, groups) => groups.kind !== 'publishable',
};
