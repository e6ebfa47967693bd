import type { SecretRule } from '../secret-rule.ts';

/**
 * A Braintree (PayPal) access token makes API calls for the merchant: charge saved payment
 * methods, refund, and read transaction history. Sandbox tokens are reported at low severity.
 */
export const braintreeAccessToken: SecretRule = {
  id: 'braintree-access-token',
  title: 'Braintree access token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'payments', 'braintree', 'paypal'],
  equivalents: ['BraintreePayments'],
  description: 'A Braintree / PayPal SDK access token (access_token$production$… or access_token$sandbox$…).',
  remediation: 'Revoke the token in the PayPal developer dashboard (or the Braintree control panel), then issue a new one into a secret store.',
  keywords: ['access_token$'],
  // access_token$, the environment, $, a 16-character merchant id, $, 32 hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>access_token\$(?<environment>production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})(?![A-Za-z0-9_])/,
  skipPlaceholderCheck: true,
  validate: (secret) => !/(.)\1{7}/.test(secret.slice(-32)),
  refine: (_secret, { groups }) => (groups.environment === 'sandbox' ? { severity: 'low', message: 'Braintree sandbox access token found' } : undefined),
};
