import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Twitch OAuth token or client secret acts for the channel or app: post in chat, change
 * stream titles, run ads, or mint tokens for the app. Client ids have the same shape and are
 * public, so names that say "id" are left alone.
 */
export const twitchToken: SecretRule = {
  id: 'twitch-token',
  title: 'Twitch token or client secret',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'twitch'],
  equivalents: ['twitch-api-token', 'Twitch', 'TwitchAccessToken'],
  description: 'A 30-character Twitch OAuth token (optionally oauth:-prefixed) or client secret assigned to a name mentioning Twitch.',
  remediation: 'Revoke the token at https://id.twitch.tv/oauth2/revoke or create a new client secret in the Twitch developer console, and keep it in a secret store.',
  keywords: ['twitch'],
  // A key naming twitch, then an optional oauth: prefix and 30 lower-case base36 characters.
  pattern: vendorAssignmentPattern({ name: 'twitch', value: '(?:oauth:)?[a-z0-9]{30}' }),
  minEntropy: 3.5,
  validate: (secret, groups) =>
    (isCredentialName(groups) || secret.startsWith('oauth:')) &&
    !/(?:^|[^a-z])id\b|client_?id|clientid|username|channel/i.test(assignedNames(groups)) &&
    /[0-9]/.test(secret) &&
    /[a-z]/.test(secret),
};
