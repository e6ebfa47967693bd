import type { SecretRule } from '../secret-rule.ts';

/**
 * The signing secret is what a webhook endpoint uses to tell real events from forged ones. With
 * it, anyone can send "payment succeeded" events your server will trust, and get orders
 * fulfilled without paying. Svix, and the services built on it, use the same whsec_ prefix.
 */
export const stripeWebhookSecret: SecretRule = {
  id: 'stripe-webhook-secret',
  title: 'Webhook signing secret (whsec_)',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'payments', 'stripe', 'webhook'],
  description: 'A webhook signing secret with the whsec_ prefix (Stripe endpoints and the Stripe CLI, Svix and services built on it).',
  remediation: 'Roll the endpoint secret in the Stripe dashboard (Developers > Webhooks) or the Svix app portal, and load the new one from a secret store.',
  keywords: ['whsec_'],
  // whsec_, then 32 to 88 base64 characters (Stripe: base62, Stripe CLI: hex, Svix: padded base64).
  pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,86}={0,2})(?![A-Za-z0-9_+/=])/,
  minEntropy: 3.5,
};
