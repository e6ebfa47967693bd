import type { SecretRule } from '../secret-rule.ts';
import { isPlaceholder } from '../placeholders.ts';
import { vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * An X (Twitter) app-only bearer token reads public and protected data as the app and spends
 * its rate limits and paid API quota.
 */
export const twitterBearerToken: SecretRule = {
  id: 'twitter-bearer-token',
  title: 'X / Twitter bearer token',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'social', 'twitter'],
  equivalents: ['twitter-bearer-token', 'Twitter'],
  description: 'An X (Twitter) API app-only bearer token (a run of A characters followed by URL-encoded base64) assigned to a name mentioning Twitter or X.',
  remediation: 'Regenerate the bearer token in the X developer portal (Keys and tokens) and keep the new one in a secret store.',
  keywords: ['twitter', 'x_bearer', 'x-bearer', 'x_api', 'x-api'],
  /*
   * A key naming twitter or x_bearer / x_api, then 20 to 24 A characters (the zero-padded
   * prefix every app-only token has) and 60 to 140 characters of URL-encoded base64.
   */
  pattern: vendorAssignmentPattern({ name: String.raw`twitter|(?<![A-Za-z0-9])x[_.-](?:bearer|api)`, value: 'A{20,24}(?<body>[A-Za-z0-9%]{60,140})' }),
  // The A prefix looks like a placeholder; only the random body is judged.
  skipPlaceholderCheck: true,
  validate: (_secret, groups) => {
    const body = groups.body ?? '';
    return !isPlaceholder(body.replace(/^A+/, '')) && /[0-9]/.test(body) && /[a-z]/.test(body);
  },
};
