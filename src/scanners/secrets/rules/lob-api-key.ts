import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Lob secret key sends letters, postcards and checks billed to the account and reads the
 * address book. Publishable keys (live_pub_, test_pub_) are public and left alone; test keys
 * rank low.
 */
export const lobApiKey: SecretRule = {
  id: 'lob-api-key',
  title: 'Lob API key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'lob'],
  equivalents: ['lob-api-key', 'Lob'],
  description: 'A Lob secret API key (live_ or test_ + 35 hex characters) assigned to a name mentioning Lob.',
  remediation: 'Roll the key in the Lob dashboard (Settings > API keys) and keep the new one in a secret store.',
  keywords: ['lob'],
  // A key naming lob, then live_ or test_, an optional pub_, and 31 to 35 hex characters.
  pattern: vendorAssignmentPattern({ name: String.raw`(?<![A-Za-z0-9])lob`, value: '(?:live|test)_(?:pub_)?[a-f0-9]{31,35}' }),
  minEntropy: 3,
  validate: (secret) => !secret.includes('_pub_') && /^(?:live|test)_[a-f0-9]{35}$/.test(secret),
  refine: (secret) => (secret.startsWith('test_') ? { severity: 'low', message: 'Lob test API key found' } : undefined),
};
