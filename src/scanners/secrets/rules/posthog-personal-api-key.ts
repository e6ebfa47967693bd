import type { SecretRule } from '../secret-rule.ts';

/**
 * A PostHog personal API key reads the user's projects (events, recordings, persons with their
 * properties) and can change or delete them; project secret keys (phs_) read feature-flag
 * definitions. Project tokens (phc_) are public by design and left alone.
 */
export const posthogPersonalApiKey: SecretRule = {
  id: 'posthog-personal-api-key',
  title: 'PostHog personal API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'analytics', 'posthog'],
  equivalents: ['PosthogApp'],
  description: 'A PostHog personal API key (phx_) or project secret API key (phs_). Project API tokens (phc_) are recognised and not reported.',
  remediation: 'Delete the key in PostHog (Settings > Personal API keys, or the project secret key), create a new one and keep it in a secret store.',
  keywords: ['phx_', 'phs_', 'phc_'],
  // phx_, phs_ or phc_ then 40 to 50 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>(?<kind>ph[xsc])_[A-Za-z0-9]{40,50})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  validate: (_secret, groups) => groups.kind !== 'phc',
};
