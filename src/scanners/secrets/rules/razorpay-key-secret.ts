import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * The key secret pairs with a Razorpay key id (rzp_live_…, which is public) to capture and
 * refund payments and read orders and settlements.
 */
export const razorpayKeySecret: SecretRule = {
  id: 'razorpay-key-secret',
  title: 'Razorpay key secret',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-798', 'payments', 'razorpay'],
  equivalents: ['RazorPay'],
  description: 'A 24-character Razorpay key secret assigned to a name mentioning Razorpay and a secret. The key id (rzp_live_…) is public and not reported.',
  remediation: 'Regenerate the API key in the Razorpay dashboard (Account & Settings > API keys) and keep the new secret in a secret store.',
  keywords: ['razorpay', 'rzp_'],
  // A key naming razorpay or rzp_, then 24 base62 characters.
  pattern: vendorAssignmentPattern({ name: String.raw`razorpay|(?<![A-Za-z0-9])rzp[_.-]`, value: '[A-Za-z0-9]{24}' }),
  minEntropy: 3.5,
  validate: (secret, groups) => /secret/i.test(assignedNames(groups)) && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret),
};
